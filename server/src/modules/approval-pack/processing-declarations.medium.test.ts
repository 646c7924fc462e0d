/**
 * Every column that holds personal data (by its name) is declared by a processing declaration, on the real schema
 * of both databases; and `npm run admin -- approval-pack` as a process meets the bar.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAdminProcess } from '../../testing/run-cli-process.ts';
import { createTestHub, type TestHub } from '../../testing/test-context.ts';
import { processingDeclarations } from './processing-register.ts';

/** Column names that hold, or may hold, personal data: a new column named like this needs a declaration. */
const personalColumn =
  /^(name|display_name|username|holder_\w+|contact_\w+|recipient|phone\w*|\w*birth\w*|\w*number_(hash|masked)|ip_hash|text|body|body_sealed|note|\w+_note|image_sealed|payload|data|topic|reference|token_hash|password_hash|actor_id|user_id|\w+_by|\w+_by_cli|needs_\w+|consent_\w+|\w*matches)$/;

/** Columns named like personal data that are not, each with the reason. */
const notPersonal: Record<string, string> = {
  'offices.name': 'name of the authority',
  'document_types.name': 'name of a document type',
  'boxes.name': 'name of a box',
  'terminals.name': 'name of a kiosk terminal',
  'services.name': 'name of a public service',
  'api_tokens.name': 'name of an integration key',
  'tenants.name': 'name of a town or other body running a zone',
  'api_tokens.token_hash': 'hash of an integration key, no person',
  'zone_announcements.body': 'public announcement text',
  'suggestions.reference': 'public ticket number of a suggestion, no person',
  'suggestions.topic': 'topic chosen from a fixed list',
  'zone_visits.topic': 'topic chosen from a fixed list (anonymous tally)',
  'jobs.payload': 'ids of the work to do (e.g. an SMS id)',
  'box_commands.payload': 'compartment numbers and command parameters',
  'box_events.payload': 'door and sensor readings',
  'kiosk_pairings.ip_hash': 'address of a kiosk PC being paired, no citizen',
  'jobs.locked_by': 'id of the hub process running a job',
  'suggestions.contact_purged_at': 'when the contact data was purged',
};

let hub: TestHub | undefined;
afterEach(async () => {
  await hub?.close();
  hub = undefined;
});

describe('processing declarations', () => {
  it('declare every column that holds personal data, and only columns that exist', async () => {
    hub = await createTestHub();
    const tables = await hub.ctx.db.introspection.getTables();
    const existing = new Set(tables.flatMap((t) => t.columns.map((c) => `${t.name}.${c.name}`)));
    const declared = new Set(
      processingDeclarations.flatMap((d) =>
        Object.entries(d.stores).flatMap(([table, columns]) => columns.map((c) => `${table}.${c}`)),
      ),
    );

    const undeclared = [...existing]
      .filter((column) => personalColumn.test(column.split('.')[1]!))
      .filter((column) => !declared.has(column) && !(column in notPersonal))
      .sort();
    expect(
      undeclared,
      "personal data without a processing declaration (add it to the module's processing.ts)",
    ).toEqual([]);
    expect(
      [...declared].filter((column) => !existing.has(column)).sort(),
      'declared columns that do not exist',
    ).toEqual([]);
    expect(
      Object.keys(notPersonal)
        .filter((column) => !existing.has(column))
        .sort(),
    ).toEqual([]);
  });
});

describe('npm run admin -- approval-pack, as a process', () => {
  it('writes the pack stating the configured retention and naming seven as processor (the issue bar)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bp-approval-pack-'));
    const out = join(dir, 'pack');
    const result = await runAdminProcess(
      {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? dir,
        BP_DATA_DIR: join(dir, 'data'),
        BP_LOG_LEVEL: 'silent',
        BP_RETENTION__PERSONAL_DATA_HOURS: '7',
        BP_EVIDENCE_IMAGE__RETENTION_DAYS: '30',
        BP_SMS__PROVIDER: 'seven',
      },
      ['approval-pack', '--out', out],
    );
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('approval-pack: status=done files=12');

    const markdown = readdirSync(out).filter((file) => file.endsWith('.md'));
    const texts = markdown.map((file) => readFileSync(join(out, file), 'utf8'));
    expect(readdirSync(out).filter((file) => file.endsWith('.pdf'))).toHaveLength(6);
    expect(texts.filter((text) => text.includes('7 Stunden')).length).toBeGreaterThanOrEqual(1);
    expect(texts.filter((text) => text.includes('30 Tage')).length).toBeGreaterThanOrEqual(1);
    expect(texts.filter((text) => /seven/.test(text)).length).toBeGreaterThanOrEqual(1);
    const all = texts.join('\n');
    expect(all).toContain('**Auftragsverarbeiter:** seven communications');
    expect(all).not.toContain('23 Stunden');
  });

  it('refuses a call without --out with a usage error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bp-approval-pack-'));
    const result = await runAdminProcess(
      { PATH: process.env.PATH ?? '', HOME: dir, BP_DATA_DIR: dir, BP_LOG_LEVEL: 'silent' },
      ['approval-pack'],
    );
    expect(result.code).toBe(2);
    expect(result.err).toContain('--out is required');
  });
});
