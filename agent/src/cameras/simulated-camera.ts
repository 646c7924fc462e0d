/**
 * The demo's and the tests' camera: a real, small JPEG (320×240) that shows what it is of — box id, compartment
 * and time in large pixel letters over a drawn compartment — so an auditor (and a test) can tell images apart.
 * Pixels are drawn here; `sharp` only encodes them.
 */
import type { Camera, CapturedImage, CaptureContext } from './camera.ts';

const width = 320;
const height = 240;

/** A 5×7 pixel font, column by column, bit 0 = top row (the classic LCD font). */
const glyphs: Record<string, readonly number[]> = {
  '0': [0x3e, 0x51, 0x49, 0x45, 0x3e],
  '1': [0x00, 0x42, 0x7f, 0x40, 0x00],
  '2': [0x42, 0x61, 0x51, 0x49, 0x46],
  '3': [0x21, 0x41, 0x45, 0x4b, 0x31],
  '4': [0x18, 0x14, 0x12, 0x7f, 0x10],
  '5': [0x27, 0x45, 0x45, 0x45, 0x39],
  '6': [0x3c, 0x4a, 0x49, 0x49, 0x30],
  '7': [0x01, 0x71, 0x09, 0x05, 0x03],
  '8': [0x36, 0x49, 0x49, 0x49, 0x36],
  '9': [0x06, 0x49, 0x49, 0x29, 0x1e],
  A: [0x7e, 0x11, 0x11, 0x11, 0x7e],
  B: [0x7f, 0x49, 0x49, 0x49, 0x36],
  C: [0x3e, 0x41, 0x41, 0x41, 0x22],
  D: [0x7f, 0x41, 0x41, 0x22, 0x1c],
  E: [0x7f, 0x49, 0x49, 0x49, 0x41],
  F: [0x7f, 0x09, 0x09, 0x09, 0x01],
  G: [0x3e, 0x41, 0x49, 0x49, 0x7a],
  H: [0x7f, 0x08, 0x08, 0x08, 0x7f],
  I: [0x00, 0x41, 0x7f, 0x41, 0x00],
  J: [0x20, 0x40, 0x41, 0x3f, 0x01],
  K: [0x7f, 0x08, 0x14, 0x22, 0x41],
  L: [0x7f, 0x40, 0x40, 0x40, 0x40],
  M: [0x7f, 0x02, 0x0c, 0x02, 0x7f],
  N: [0x7f, 0x04, 0x08, 0x10, 0x7f],
  O: [0x3e, 0x41, 0x41, 0x41, 0x3e],
  P: [0x7f, 0x09, 0x09, 0x09, 0x06],
  Q: [0x3e, 0x41, 0x51, 0x21, 0x5e],
  R: [0x7f, 0x09, 0x19, 0x29, 0x46],
  S: [0x46, 0x49, 0x49, 0x49, 0x31],
  T: [0x01, 0x01, 0x7f, 0x01, 0x01],
  U: [0x3f, 0x40, 0x40, 0x40, 0x3f],
  V: [0x1f, 0x20, 0x40, 0x20, 0x1f],
  W: [0x3f, 0x40, 0x38, 0x40, 0x3f],
  X: [0x63, 0x14, 0x08, 0x14, 0x63],
  Y: [0x07, 0x08, 0x70, 0x08, 0x07],
  Z: [0x61, 0x51, 0x49, 0x45, 0x43],
  '-': [0x08, 0x08, 0x08, 0x08, 0x08],
  _: [0x40, 0x40, 0x40, 0x40, 0x40],
  ':': [0x00, 0x36, 0x36, 0x00, 0x00],
  '.': [0x00, 0x60, 0x60, 0x00, 0x00],
  ' ': [0x00, 0x00, 0x00, 0x00, 0x00],
};
const unknownGlyph = [0x7f, 0x41, 0x41, 0x41, 0x7f];

type Rgb = readonly [number, number, number];

class Canvas {
  readonly pixels = Buffer.alloc(width * height * 3);

  set(x: number, y: number, [r, g, b]: Rgb): void {
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    const i = (y * width + x) * 3;
    this.pixels[i] = r;
    this.pixels[i + 1] = g;
    this.pixels[i + 2] = b;
  }

  rect(x0: number, y0: number, w: number, h: number, colour: Rgb): void {
    for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) this.set(x, y, colour);
  }

  /** Text in the pixel font, each font pixel `scale`×`scale`; characters it lacks are drawn as a box. */
  text(x0: number, y0: number, text: string, scale: number, colour: Rgb): void {
    let x = x0;
    for (const char of text.toUpperCase()) {
      const columns = glyphs[char] ?? unknownGlyph;
      columns.forEach((bits, column) => {
        for (let row = 0; row < 7; row++) {
          if (bits & (1 << row)) this.rect(x + column * scale, y0 + row * scale, scale, scale, colour);
        }
      });
      x += 6 * scale;
    }
  }
}

/** The picture as raw RGB pixels (exported for the unit test, which reads the text back from it). */
export function drawEvidencePicture(context: CaptureContext): Buffer {
  const canvas = new Canvas();
  // A dim, slightly graded background, as a camera inside a locker would see it.
  for (let y = 0; y < height; y++) {
    const shade = 40 + Math.round((y / height) * 30);
    canvas.rect(0, y, width, 1, [shade, shade + 6, shade + 14]);
  }
  // The open compartment: a lighter frame with a dark inside.
  canvas.rect(20, 20, width - 40, height - 40, [150, 150, 140]);
  canvas.rect(28, 28, width - 56, height - 56, [25, 28, 34]);
  const iso = context.at.toISOString();
  const lines: [string, number][] = [
    [context.boxId.slice(0, 13), 3],
    [`FACH ${context.compartment}`, 4],
    [iso.slice(0, 10), 3],
    [`${iso.slice(11, 19)} UTC`, 3],
  ];
  let y = 42;
  for (const [text, scale] of lines) {
    canvas.text(40, y, text, scale, [255, 255, 255]);
    y += 7 * scale + 12;
  }
  return canvas.pixels;
}

export class SimulatedCamera implements Camera {
  /** Images taken so far (tests look at them). */
  captures = 0;

  async capture(context: CaptureContext): Promise<CapturedImage> {
    const raw = drawEvidencePicture(context);
    // Loaded on the first picture, not at start: libvips costs about 28 MB of memory.
    const { default: sharp } = await import('sharp');
    const bytes = await sharp(raw, { raw: { width, height, channels: 3 } })
      .jpeg({ quality: 80 })
      .toBuffer();
    this.captures++;
    return { contentType: 'image/jpeg', bytes: new Uint8Array(bytes) };
  }
}
