/**
 * GSM 03.38 (GSM-7) character set: which texts fit how many SMS segments. One character outside it (a
 * typographic quote, an emoji) switches the whole message to UCS-2 and more than halves the room.
 */
const basic =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Extension table characters: each costs two septets (escape + char). */
const extension = '^{}\\[~]|€\f';

const basicSet = new Set(basic);
const extensionSet = new Set(extension);

export function isGsm7(text: string): boolean {
  for (const ch of text) if (!basicSet.has(ch) && !extensionSet.has(ch)) return false;
  return true;
}

/** Septets a GSM-7 text needs; NaN where the text is not GSM-7. */
export function gsm7Length(text: string): number {
  let length = 0;
  for (const ch of text) {
    if (basicSet.has(ch)) length += 1;
    else if (extensionSet.has(ch)) length += 2;
    else return Number.NaN;
  }
  return length;
}

export interface SegmentInfo {
  encoding: 'GSM-7' | 'UCS-2';
  units: number;
  segments: number;
}

export function countSegments(text: string): SegmentInfo {
  if (isGsm7(text)) {
    const units = gsm7Length(text);
    return { encoding: 'GSM-7', units, segments: units <= 160 ? 1 : Math.ceil(units / 153) };
  }
  // UCS-2 counts UTF-16 code units: 70 in one segment, 67 per part when concatenated.
  const units = text.length;
  return { encoding: 'UCS-2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}
