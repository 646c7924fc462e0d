/**
 * The on-screen keyboard's layouts (German QWERTZ with umlauts and ß, and a number pad) and which kiosk fields get
 * which: text fields the German keys, phone and number fields the number pad, the pickup's keypad fields none.
 */
export type KeyboardKind = 'text' | 'number';
export type TypingTarget = HTMLInputElement | HTMLTextAreaElement;

export const layouts = {
  default: [
    '1 2 3 4 5 6 7 8 9 0 ß {bksp}',
    'q w e r t z u i o p ü',
    'a s d f g h j k l ö ä',
    '{shift} y x c v b n m , . -',
    '@ {space} {done}',
  ],
  shift: [
    '! " § $ % & / ( ) = ? {bksp}',
    'Q W E R T Z U I O P Ü',
    'A S D F G H J K L Ö Ä',
    '{shift} Y X C V B N M ; : _',
    '@ {space} {done}',
  ],
  number: ['1 2 3', '4 5 6', '7 8 9', '+ 0 {bksp}', '{space} {done}'],
};

const textTypes = new Set(['text', 'search', 'email', 'url', 'password']);
const numberTypes = new Set(['tel', 'number']);

/** The keyboard a focused element needs, or null: not a field, read-only, hidden, or typed on the pickup keypad. */
export function keyboardKind(element: EventTarget | null): KeyboardKind | null {
  const isInput = typeof HTMLInputElement !== 'undefined' && element instanceof HTMLInputElement;
  const isArea = typeof HTMLTextAreaElement !== 'undefined' && element instanceof HTMLTextAreaElement;
  if (!isInput && !isArea) return null;
  const field = element as TypingTarget;
  if (field.readOnly || field.disabled) return null;
  if (field.closest('[aria-hidden="true"]')) return null;
  const mode = field.getAttribute('inputmode');
  // The pickup's phone, code and date fields take their digits from the kiosk's own keypad.
  if (mode === 'none') return null;
  if (isArea) return 'text';
  const type = (field.getAttribute('type') ?? 'text').toLowerCase();
  if (numberTypes.has(type) || mode === 'numeric' || mode === 'tel' || mode === 'decimal') return 'number';
  return textTypes.has(type) ? 'text' : null;
}
