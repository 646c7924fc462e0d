// The demo's story told from the demo data: the start banner and the outbox page name every document waiting in the
// box with the check the kiosk will ask for, so a newcomer is never asked for something printed nowhere.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { escapeHtml, renderOutboxPage } from '../modules/sms/outbox-page.ts';
import { demoDocumentTypes } from './demo-data.ts';
import { describeDemoChecks, describeDemoChecksGerman, demoPickups } from './demo-pickups.ts';
import { describeDemo } from './prepare-demo.ts';
import { demoDocuments } from './seed-demo-documents.ts';

const credentials = {
  staff: [{ username: 'admin', password: 'pw', roles: ['admin'] }],
  terminalKey: 'kiosk_key',
  terminalId: 't1',
  boxId: 'dokbox-hn',
};

describe('demo pickups', () => {
  it('are the demo documents waiting in the box, with their type policy and date of birth', () => {
    const pickups = demoPickups();
    const waiting = demoDocuments.filter((document) => document.story === 'waiting');
    expect(pickups.map((pickup) => pickup.phone)).toEqual(waiting.map((document) => document.phone));
    for (const [index, pickup] of pickups.entries()) {
      const document = waiting[index]!;
      const type = demoDocumentTypes.find((candidate) => candidate.id === document.typeId)!;
      expect(pickup).toMatchObject({
        typeName: type.name,
        check: type.policy.check,
        pinLetter: type.policy.pinLetter,
      });
      const [year, month, day] = document.dateOfBirth!.split('-');
      expect(pickup.dateOfBirth).toBe(`${day}.${month}.${year}`);
    }
    // The driving licence the README used to call "without extra check" asks for the date of birth.
    const licence = pickups.find((pickup) => pickup.phone === '0170 1234504')!;
    expect(describeDemoChecks(licence)).toBe('date of birth 21.10.1967');
  });

  it('opens the banner with the demo warning and lists every waiting document with its checks', () => {
    const banner = describeDemo('http://localhost:3000', credentials).split('\n');
    expect(banner[0]).toMatch(/^DEMO MODE: not for real documents/);
    expect(banner[1]).toContain('BP_MODE=production');
    expect(banner[1]).toContain('docs/installation.md');
    for (const pickup of demoPickups()) {
      const line = banner.find((candidate) => candidate.includes(pickup.phone));
      expect(line, pickup.phone).toBeDefined();
      expect(line).toContain(pickup.typeName);
      expect(line).toContain(describeDemoChecks(pickup));
      if (pickup.dateOfBirth) expect(line).toContain(pickup.dateOfBirth);
      if (pickup.pinLetter) expect(line).toContain('PIN letter');
    }
    // Without credentials (a restart that lost them) the warning still comes first.
    expect(describeDemo('http://localhost:3000', null).split('\n')[0]).toMatch(/^DEMO MODE/);
  });

  it('shows every demo document and its date of birth on the outbox page, next to the codes', () => {
    const html = renderOutboxPage([], 'Europe/Berlin', demoPickups());
    expect(html).toContain('Demo-Abholungen zum Ausprobieren');
    for (const pickup of demoPickups()) {
      expect(html).toContain(`<th scope="row">${pickup.phone}</th>`);
      expect(html).toContain(escapeHtml(describeDemoChecksGerman(pickup)));
      if (pickup.dateOfBirth) expect(html).toContain(`Geburtsdatum ${pickup.dateOfBirth}`);
    }
    expect(html).toContain('PIN-Briefs');
    expect(renderOutboxPage([])).not.toContain('Demo-Abholungen');
  });

  it('are listed in the README exactly as the banner lists them', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const rows = readme.split('\n').filter((line) => /^\| 0170 /.test(line));
    expect(
      rows.map((row) =>
        row
          .split('|')
          .map((cell) => cell.trim())
          .slice(1, 4),
      ),
    ).toEqual(
      demoPickups().map((pickup) => [
        pickup.phone,
        `${pickup.typeName} (${pickup.holderName}, compartment ${pickup.compartment})`,
        describeDemoChecks(pickup),
      ]),
    );
  });
});
