/**
 * A QR code drawn with Unicode half blocks for a terminal window (two modules per character row). Light modules
 * and the quiet zone are drawn as blocks, which reads right on the usual dark terminal background; phone cameras
 * also read the inverted code on a light one.
 */
import qrcode from 'qrcode-generator';

const quietZone = 2;

export function renderQrForTerminal(text: string): string[] {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  const light = (row: number, column: number) => {
    const r = row - quietZone;
    const c = column - quietZone;
    if (r < 0 || c < 0 || r >= size || c >= size) return true;
    return !qr.isDark(r, c);
  };
  const total = size + 2 * quietZone;
  const lines: string[] = [];
  for (let row = 0; row < total; row += 2) {
    let line = '';
    for (let column = 0; column < total; column++) {
      const top = light(row, column);
      const bottom = row + 1 < total ? light(row + 1, column) : false;
      line += top && bottom ? '█' : top ? '▀' : bottom ? '▄' : ' ';
    }
    lines.push(line);
  }
  return lines;
}
