/** Writes the approval pack into a folder: each document as Markdown and as PDF, numbered in reading order. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApprovalPackView } from '@buergerpunkt/contracts';
import { t } from '../../platform/i18n.ts';
import { renderMarkdown } from './render-markdown.ts';
import { renderPdf } from './render-pdf.ts';

export async function writeApprovalPack(pack: ApprovalPackView, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const openTitle = t('approvalPack.openPoints.title');
  const written: string[] = [];
  for (const [index, document] of pack.documents.entries()) {
    const base = `${String(index + 1).padStart(2, '0')}-${document.slug}`;
    writeFileSync(join(dir, `${base}.md`), renderMarkdown(document, pack.openPoints, openTitle));
    writeFileSync(join(dir, `${base}.pdf`), await renderPdf(document, pack.openPoints, openTitle));
    written.push(`${base}.md`, `${base}.pdf`);
  }
  return written;
}
