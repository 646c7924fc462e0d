/**
 * The text of a PDF that Chromium printed (Skia/PDF): enough to check in a test that a printed page says what it
 * should, without a PDF library. Reads the uncompressed object table, inflates FlateDecode streams, maps each font's
 * glyph codes back to text through its ToUnicode CMap and collects the strings shown with Tj/TJ, page by page.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const objects = new Map<number, PdfObject>();
  const text = pdf.toString('latin1');
  const header = /(\d+) 0 obj\s*/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(text))) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endobj', start);
    if (end < 0) break;
    const body = text.slice(start, end);
    const streamAt = body.indexOf('stream');
    let dict = body;
    let stream: Buffer | null = null;
    if (streamAt >= 0 && body.slice(0, streamAt).includes('/Length')) {
      dict = body.slice(0, streamAt);
      let dataStart = start + streamAt + 'stream'.length;
      if (text[dataStart] === '\r') dataStart++;
      if (text[dataStart] === '\n') dataStart++;
      const dataEnd = text.lastIndexOf('endstream', end);
      let raw = pdf.subarray(dataStart, dataEnd);
      while (raw.length > 0 && (raw.at(-1) === 0x0a || raw.at(-1) === 0x0d)) raw = raw.subarray(0, -1);
      stream = dict.includes('/FlateDecode') ? inflateSync(raw) : raw;
    }
    objects.set(Number(match[1]), { dict, stream });
    header.lastIndex = end;
  }
  return objects;
}

/** A font's code → text table from its ToUnicode CMap, and how many bytes one code takes. */
interface GlyphTable {
  width: number;
  map: Map<number, string>;
}

function utf16(hex: string): string {
  const units: number[] = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
}

function readCMap(cmap: string): GlyphTable {
  const map = new Map<number, string>();
  let width = 2;
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      width = src!.length / 2;
      map.set(parseInt(src!, 16), utf16(dst!));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dst] of block[1]!.matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g,
    )) {
      width = lo!.length / 2;
      const first = parseInt(dst!, 16);
      for (let code = parseInt(lo!, 16), n = 0; code <= parseInt(hi!, 16); code++, n++) {
        map.set(code, String.fromCharCode(first + n));
      }
    }
  }
  return { width, map };
}

function decodeHex(hex: string, table: GlyphTable | undefined): string {
  if (!table) return '';
  let out = '';
  const step = table.width * 2;
  for (let i = 0; i + step <= hex.length; i += step)
    out += table.map.get(parseInt(hex.slice(i, i + step), 16)) ?? '';
  return out;
}

/** The text of each page, in drawing order (runs joined without separators, so search with spaces removed). */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const tables = new Map<number, GlyphTable>();
  for (const [id, object] of objects) {
    const ref = /\/ToUnicode (\d+) 0 R/.exec(object.dict);
    const cmap = ref ? objects.get(Number(ref[1]))?.stream : undefined;
    if (cmap) tables.set(id, readCMap(cmap.toString('latin1')));
  }
  const pages: string[] = [];
  for (const object of objects.values()) {
    if (!/\/Type \/Page\b/.test(object.dict)) continue;
    const fonts = new Map<string, number>();
    const fontDict = /\/Font <<([\s\S]*?)>>/.exec(object.dict);
    for (const [, name, id] of fontDict?.[1]?.matchAll(/\/(\w+) (\d+) 0 R/g) ?? [])
      fonts.set(name!, Number(id));
    const contentIds = [
      ...(/\/Contents \[?([\d 0R\s]+)\]?/.exec(object.dict)?.[1] ?? '').matchAll(/(\d+) 0 R/g),
    ];
    let page = '';
    for (const [, contentId] of contentIds) {
      const content = objects.get(Number(contentId))?.stream?.toString('latin1') ?? '';
      let table: GlyphTable | undefined;
      for (const token of content.matchAll(
        /\/(\w+) [\d.]+ Tf|\[((?:[^\]])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g,
      )) {
        if (token[1]) table = tables.get(fonts.get(token[1]) ?? -1);
        else if (token[2] !== undefined) {
          for (const [, hex] of token[2].matchAll(/<([0-9a-fA-F]*)>/g)) page += decodeHex(hex!, table);
        } else if (token[3] !== undefined) page += decodeHex(token[3], table);
      }
    }
    pages.push(page);
  }
  return pages;
}
