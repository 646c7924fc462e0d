/** The approval pack follows the configuration: retention, provider, measures and open points. */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApprovalPackView, PackBlock } from '@buergerpunkt/contracts';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { buildApprovalPack } from './build-approval-pack.ts';
import { renderMarkdown } from './render-markdown.ts';
import { toWinAnsi } from './render-pdf.ts';
import { writeApprovalPack } from './write-approval-pack.ts';
import { privacyFacts } from '../privacy/privacy-facts-routes.ts';

const now = new Date('2027-02-01T09:00:00.000Z');

const configOf = (env: Record<string, string> = {}) =>
  loadConfig({ BP_DATA_DIR: mkdtempSync(join(tmpdir(), 'bp-pack-')), ...env }, {}, { describeOnly: true });

function pack(env: Record<string, string> = {}): ApprovalPackView {
  return buildApprovalPack({ config: configOf(env), now, version: '9.9.9' });
}

const text = (blocks: PackBlock[]): string =>
  blocks
    .map((b) => {
      if (b.kind === 'heading' || b.kind === 'paragraph') return b.text;
      if (b.kind === 'list') return b.items.join('\n');
      if (b.kind === 'fields') return b.rows.map((r) => `${r.label}: ${r.value}`).join('\n');
      return [b.columns, ...b.rows].map((row) => row.join(' | ')).join('\n');
    })
    .join('\n');

const documentText = (p: ApprovalPackView, slug: string) =>
  text(p.documents.find((d) => d.slug === slug)!.blocks);

/** The deletion concept's row for the SMS processing. */
const smsDeletionRow = (p: ApprovalPackView) => {
  const table = p.documents
    .find((d) => d.slug === 'loeschkonzept')!
    .blocks.find((b): b is Extract<PackBlock, { kind: 'table' }> => b.kind === 'table')!;
  return table.rows.find((row) => row[0]!.startsWith('SMS-Benachrichtigung'))!;
};

describe('approval pack', () => {
  it('has the six documents, each with the controller and the generation stamp', () => {
    const p = pack();
    expect(p.documents.map((d) => d.slug)).toEqual([
      'verarbeitungsverzeichnis',
      'tom',
      'loeschkonzept',
      'dsfa-entwurf',
      'auftragsverarbeitung-sms',
      'barrierefreiheit',
    ]);
    for (const d of p.documents) expect(text(d.blocks)).toContain('Bürgerpunkt 9.9.9 (Demo-Betrieb)');
    expect(documentText(p, 'verarbeitungsverzeichnis')).toContain(
      'Abholung fertiger Dokumente an der DokBox',
    );
  });

  it('takes the retention from the configuration: changing it changes the deletion concept', () => {
    expect(smsDeletionRow(pack())[1]).toBe('23 Stunden');
    expect(smsDeletionRow(pack({ BP_RETENTION__PERSONAL_DATA_HOURS: '7' }))[1]).toBe('7 Stunden');
    expect(smsDeletionRow(pack({ BP_RETENTION__PERSONAL_DATA_HOURS: '1' }))[1]).toBe('1 Stunde');
    expect(documentText(pack({ BP_EVIDENCE_IMAGE__RETENTION_DAYS: '30' }), 'loeschkonzept')).toContain(
      'Nachweisbild der Abholung (Kamera der DokBox) | 30 Tage',
    );
    expect(documentText(pack(), 'loeschkonzept')).toContain(
      'Nachweisbild der Abholung (Kamera der DokBox) | 90 Tage',
    );
  });

  it('gives the public privacy page the same retention and processor as the pack (one source)', () => {
    const env = {
      BP_RETENTION__PERSONAL_DATA_HOURS: '7',
      BP_EVIDENCE_IMAGE__RETENTION_DAYS: '30',
      BP_RETENTION__REGISTER_DAYS: '400',
      BP_SMS__PROVIDER: 'seven',
    };
    const facts = privacyFacts({ config: configOf(env) });
    expect(facts).toMatchObject({
      personalDataHours: 7,
      evidenceImageDays: 30,
      registerDays: 400,
      smsProcessor: { provider: 'seven', name: 'seven communications GmbH & Co. KG (seven.io)' },
    });
    const deletion = documentText(pack(env), 'loeschkonzept');
    expect(deletion).toContain('Mobilnummer, Abholcode (nur als Schlüssel-Hash gespeichert)');
    expect(deletion).toMatch(/Name der Inhaberin oder des Inhabers, Vorgangsnummer der Behörde \| 400 Tage/);
    expect(privacyFacts({ config: configOf() })).toMatchObject({ personalDataHours: 23, registerDays: 365 });
    const named = configOf({
      BP_SMS__PROVIDER: 'http',
      BP_SMS__HTTP_URL: 'https://sms.example.org/send',
      BP_SMS__PROCESSOR_NAME: 'SMS GmbH, Berlin',
    });
    expect(privacyFacts({ config: named }).smsProcessor.name).toBe('SMS GmbH, Berlin');
    expect(
      documentText(buildApprovalPack({ config: named, now, version: '1' }), 'verarbeitungsverzeichnis'),
    ).toContain('Auftragsverarbeiter: SMS GmbH, Berlin');
  });

  it('names the configured SMS provider as processor, and none in the demo', () => {
    expect(documentText(pack(), 'auftragsverarbeitung-sms')).toContain('keiner (Demo');
    expect(pack().openPoints.join('\n')).toContain('Kein SMS-Anbieter eingestellt');
    const seven = pack({ BP_SMS__PROVIDER: 'seven' });
    expect(documentText(seven, 'auftragsverarbeitung-sms')).toContain('seven.io');
    expect(documentText(seven, 'verarbeitungsverzeichnis')).toContain(
      'Auftragsverarbeiter: seven communications',
    );
    expect(seven.openPoints.join('\n')).not.toContain('Kein SMS-Anbieter');
    const http = pack({ BP_SMS__PROVIDER: 'http', BP_SMS__HTTP_URL: 'https://sms.example.org/send' });
    expect(documentText(http, 'verarbeitungsverzeichnis')).toContain(
      'HTTP-Gateway https://sms.example.org/send',
    );
    expect(documentText(http, 'verarbeitungsverzeichnis')).not.toContain('seven');
  });

  it('lists missing controller settings as open points, and none once they are set', () => {
    expect(pack().openPoints.join('\n')).toContain('BP_CONTROLLER__DATA_PROTECTION_OFFICER');
    const complete = pack({
      BP_CONTROLLER__NAME: 'Stadt Hohen Neuendorf',
      BP_CONTROLLER__ADDRESS: 'Oranienburger Str. 2, 16540 Hohen Neuendorf',
      BP_CONTROLLER__EMAIL: 'datenschutz@hohen-neuendorf.example',
      BP_CONTROLLER__DATA_PROTECTION_OFFICER: 'dsb@hohen-neuendorf.example',
      BP_SMS__PROVIDER: 'seven',
    });
    expect(complete.openPoints).toEqual([
      'Die Einstellung ist der Demo-Betrieb: Für den Antrag die Produktiv-Einstellung verwenden.',
    ]);
    expect(documentText(complete, 'tom')).toContain('Stadt Hohen Neuendorf');
  });

  it('states which measures are on in this configuration', () => {
    expect(documentText(pack(), 'tom')).toMatch(/Verschlüsselung auf dem Transportweg \| ausgeschaltet/);
    expect(documentText(pack({ BP_PUBLIC_URL: 'https://buergerpunkt.example' }), 'tom')).toMatch(
      /Verschlüsselung auf dem Transportweg \| eingeschaltet/,
    );
    expect(documentText(pack(), 'tom')).toMatch(/Alarme an Menschen \| ausgeschaltet/);
    expect(documentText(pack(), 'tom')).toContain('argon2id-Hash gespeichert: 64 MiB Speicher, 3 Durchgänge');
    expect(documentText(pack({ BP_ACCOUNTS__PASSWORD_HASH_MEMORY_KIB: '47104' }), 'tom')).toContain('46 MiB');
  });

  it('says openly when no accessibility run is recorded, and reports the recorded one', () => {
    expect(documentText(pack(), 'barrierefreiheit')).toContain('Keine Prüfung aufgezeichnet');
    const config = loadConfig({ BP_DATA_DIR: mkdtempSync(join(tmpdir(), 'bp-pack-')) });
    const withRun = buildApprovalPack({
      config,
      now,
      version: '1',
      accessibilityRun: { finishedAt: '2027-01-31T17:05:00.000Z', pages: 212, violations: 0, tool: '4.10.2' },
    });
    expect(documentText(withRun, 'barrierefreiheit')).toContain(
      '31.01.2027, 18:05: 212 geprüfte Ansichten, 0 Verstöße',
    );
  });

  it('writes each document as Markdown and PDF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bp-pack-out-'));
    const files = await writeApprovalPack(pack({ BP_RETENTION__PERSONAL_DATA_HOURS: '7' }), dir);
    expect(files).toHaveLength(12);
    expect(readdirSync(dir).sort()).toEqual([...files].sort());
    expect(readFileSync(join(dir, '03-loeschkonzept.md'), 'utf8')).toContain('| 7 Stunden |');
    const pdf = readFileSync(join(dir, '03-loeschkonzept.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(2000);
  });

  it('renders tables in Markdown with escaped cells, and keeps German letters in the PDF font', () => {
    const md = renderMarkdown(
      { slug: 'tom', title: 'T', blocks: [{ kind: 'table', columns: ['a', 'b'], rows: [['x|y', 'z']] }] },
      [],
      'Offen',
    );
    expect(md).toContain('| x\\|y | z |');
    expect(toWinAnsi('Löschfrist ≥ 7 Tage – „gut“ → § 17 ✓')).toBe('Löschfrist >= 7 Tage – „gut“ -> § 17 ?');
  });
});
