/**
 * A fake camera for Chromium (`--use-file-for-fake-video-capture`): a Y4M video whose picture is a QR code of the
 * given text, so the office's camera scanner can be tested with a real decode in a real browser.
 */
import { writeFileSync } from 'node:fs';
import qrcode from 'qrcode-generator';

export function writeQrVideo(path: string, text: string): void {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const modules = qr.getModuleCount();
  const width = 640;
  const height = 480;
  const scale = Math.floor((height - 40) / (modules + 8));
  const size = (modules + 8) * scale;
  const left = Math.floor((width - size) / 2);
  const top = Math.floor((height - size) / 2);
  const luma = Buffer.alloc(width * height, 235); // white
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const row = Math.floor(y / scale) - 4;
      const column = Math.floor(x / scale) - 4;
      const dark = row >= 0 && column >= 0 && row < modules && column < modules && qr.isDark(row, column);
      if (dark) luma[(top + y) * width + left + x] = 16;
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(path, Buffer.concat([header, frame, frame]));
}
