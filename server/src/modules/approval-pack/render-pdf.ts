/**
 * The approval pack's documents as PDF (A4, PDFKit's built-in Helvetica). The built-in fonts know the WinAnsi
 * characters only (German umlauts, ß, „“, –, §, …); anything else is replaced so no text is silently dropped.
 * PDFKit (with fontkit, about 3 MB of sources and their objects) is loaded on the first PDF, not at the hub's start.
 */
import type { PackBlock, PackDocument } from '@buergerpunkt/contracts';

const replacements: Record<string, string> = { '→': '->', '≥': '>=', '≤': '<=', '×': 'x', '…': '...' };

/** Keeps Latin-1 and the WinAnsi extras; maps a few symbols; anything else becomes "?". */
export function toWinAnsi(text: string): string {
  return [...text]
    .map((ch) => {
      if (replacements[ch]) return replacements[ch];
      const code = ch.codePointAt(0)!;
      if (code === 10 || (code >= 32 && code <= 126) || (code >= 160 && code <= 255)) return ch;
      return '„“‚‘’–—•€™'.includes(ch) ? ch : '?';
    })
    .join('');
}

function writeBlock(pdf: PDFKit.PDFDocument, b: PackBlock): void {
  switch (b.kind) {
    case 'heading':
      pdf.moveDown(0.6).font('Helvetica-Bold').fontSize(13).text(toWinAnsi(b.text)).moveDown(0.3);
      return;
    case 'paragraph':
      pdf.font('Helvetica').fontSize(10).text(toWinAnsi(b.text), { paragraphGap: 6 });
      return;
    case 'list':
      pdf.font('Helvetica').fontSize(10);
      for (const item of b.items) pdf.text(toWinAnsi(`•  ${item}`), { indent: 0, paragraphGap: 3 });
      pdf.moveDown(0.3);
      return;
    case 'fields':
      for (const row of b.rows) {
        pdf
          .font('Helvetica-Bold')
          .fontSize(10)
          .text(toWinAnsi(`${row.label}: `), { continued: true });
        pdf.font('Helvetica').text(toWinAnsi(row.value), { paragraphGap: 3 });
      }
      pdf.moveDown(0.3);
      return;
    case 'table':
      // One block per row, each cell under its column name: readable on A4 whatever the column count.
      for (const row of b.rows) {
        pdf
          .font('Helvetica-Bold')
          .fontSize(10)
          .text(toWinAnsi(row[0] ?? ''), { paragraphGap: 1 });
        row.slice(1).forEach((value, i) => {
          pdf
            .font('Helvetica')
            .fontSize(10)
            .text(toWinAnsi(`${b.columns[i + 1]}: ${value}`), { indent: 12 });
        });
        pdf.moveDown(0.4);
      }
      return;
  }
}

export async function renderPdf(
  document: PackDocument,
  openPoints: readonly string[],
  openTitle: string,
): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 62, right: 62 },
    info: { Title: toWinAnsi(document.title), Creator: 'Bürgerpunkt' },
    lang: 'de-DE',
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.font('Helvetica-Bold').fontSize(17).text(toWinAnsi(document.title)).moveDown(0.5);
  for (const b of document.blocks) writeBlock(pdf, b);
  if (openPoints.length > 0) writeBlock(pdf, { kind: 'heading', text: openTitle });
  if (openPoints.length > 0) writeBlock(pdf, { kind: 'list', items: [...openPoints] });
  pdf.end();
  return done;
}
