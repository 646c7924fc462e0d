// docs/configuration.md is generated from the schema: every key with its variable, default and description, and the
// committed file is what the generator writes (the same comparison `npm run check` makes).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { envVarOf, productionRules } from '../config.ts';
import {
  configSections,
  formattedConfigReference,
  referencePath,
  renderConfigReference,
} from './config-reference.ts';

const allKeys = () => configSections().flatMap((section) => section.keys);

describe('configuration reference', () => {
  it('lists a key with its type, default, environment variable and description', () => {
    const reference = renderConfigReference();
    expect(reference).toContain(
      '| `sms.provider` | one of `outbox`, `http`, `seven` | `outbox` | `BP_SMS__PROVIDER` | `outbox` (demo only',
    );
    expect(reference).toContain(
      '| `pickup.windowOpeningDays` | integer 1–60 | `10` | `BP_PICKUP__WINDOW_OPENING_DAYS` |',
    );
    expect(reference).toContain(
      '| `secrets.codeKey` | string, ≥ 32 characters | unset | `BP_SECRETS__CODE_KEY` |',
    );
    expect(reference).toContain('| `port` | integer 0–65535 | `3000` | `PORT` |');
    // A pipe inside a pattern does not split the table cell.
    expect(reference).toContain('`^(sqlite:\\|postgres(ql)?://)`');
  });

  it('describes every key and section, and names every key with its variable', () => {
    const reference = renderConfigReference();
    const keys = allKeys();
    expect(keys.length).toBeGreaterThan(90);
    for (const key of keys) {
      expect(key.node.description, key.path).toMatch(/\S{3}/);
      expect(reference).toContain(`| \`${key.path}\` |`);
      expect(reference).toContain(`\`${envVarOf(key.path)}\``);
    }
    for (const section of configSections().slice(1)) expect(section.description, section.path!).toBeTruthy();
  });

  it('lists every production requirement, each on a key of the schema', () => {
    const reference = renderConfigReference();
    const paths = new Set(allKeys().map((key) => key.path));
    for (const rule of productionRules) {
      expect(paths.has(rule.key), rule.key).toBe(true);
      expect(reference).toContain(`| \`${rule.key}\` | \`${envVarOf(rule.key)}\` | ${rule.requirement} |`);
    }
  });

  it('is committed as generated (run `npm run docs:config` after changing the schema)', async () => {
    expect(readFileSync(referencePath, 'utf8')).toBe(await formattedConfigReference());
  });
});
