/** The approval pack's documents as Markdown (one file per document). */
import type { PackBlock, PackDocument } from '@buergerpunkt/contracts';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function block(b: PackBlock): string {
  switch (b.kind) {
    case 'heading':
      return `## ${b.text}`;
    case 'paragraph':
      return b.text;
    case 'list':
      return b.items.map((item) => `- ${item}`).join('\n');
    case 'fields':
      return b.rows.map((row) => `- **${row.label}:** ${row.value}`).join('\n');
    case 'table':
      return [
        `| ${b.columns.map(cell).join(' | ')} |`,
        `| ${b.columns.map(() => '---').join(' | ')} |`,
        ...b.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
      ].join('\n');
  }
}

export function renderMarkdown(
  document: PackDocument,
  openPoints: readonly string[],
  openTitle: string,
): string {
  const parts = [`# ${document.title}`, ...document.blocks.map(block)];
  if (openPoints.length > 0) parts.push(`## ${openTitle}`, openPoints.map((p) => `- ${p}`).join('\n'));
  return `${parts.join('\n\n')}\n`;
}
