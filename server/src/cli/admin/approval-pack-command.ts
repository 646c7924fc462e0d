/**
 * `approval-pack --out DIR`: the records for the data-protection officer, generated from the running configuration
 * and the processing declarations (server/src/modules/approval-pack/). Needs no database; a provider's missing
 * credentials do not stop it (it only describes the configuration).
 */
import { resolve } from 'node:path';
import { buildApprovalPack } from '../../modules/approval-pack/build-approval-pack.ts';
import { readAccessibilityRun } from '../../modules/approval-pack/accessibility-run.ts';
import { writeApprovalPack } from '../../modules/approval-pack/write-approval-pack.ts';
import { buildInfo } from '../../platform/build-info.ts';
import { systemClock } from '../../platform/clock.ts';
import { exitOk, exitUsage, parseCommandArgs, required, type AdminConfigCommand } from './command.ts';

export const approvalPackCommand: AdminConfigCommand = {
  name: 'approval-pack',
  summary:
    'write the data-protection records (Art. 30/32/35 GDPR, deletion concept, SMS processor, BITV) into DIR',
  usage: [
    'approval-pack --out DIR [--accessibility-run FILE]',
    '',
    'Writes Markdown and PDF files in German, generated from this configuration: the record of processing',
    'activities, the technical and organisational measures, the deletion concept, a draft impact assessment, the',
    'SMS processor checklist and the accessibility statement (with the last run recorded by the browser tests,',
    'default artifacts/accessibility-run.json). Missing controller settings are listed as open points.',
  ].join('\n'),
  async runWithConfig(ctx, args) {
    const { values } = parseCommandArgs(args, {
      out: { type: 'string' },
      'accessibility-run': { type: 'string' },
    });
    const out = resolve(required(values, 'out'));
    const config = ctx.loadConfig({ describeOnly: true });
    if (!config) return exitUsage;
    const runFile = values['accessibility-run'];
    const pack = buildApprovalPack({
      config,
      now: systemClock.now(),
      version: buildInfo.version,
      accessibilityRun: readAccessibilityRun(typeof runFile === 'string' ? resolve(runFile) : undefined),
    });
    const files = await writeApprovalPack(pack, out);
    for (const file of files) ctx.out(`  ${file}`);
    for (const point of pack.openPoints) ctx.err(`Offener Punkt: ${point}`);
    ctx.out(
      `approval-pack: status=done files=${files.length} open_points=${pack.openPoints.length} dir=${out}`,
    );
    return exitOk;
  },
};
