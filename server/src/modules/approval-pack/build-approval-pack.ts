/**
 * Builds the approval pack from the processing declarations and the running configuration: the record of
 * processing activities (Art. 30 GDPR), the technical and organisational measures (Art. 32), the deletion concept,
 * a draft impact assessment for the identity checks and evidence images (Art. 35), the SMS processor checklist
 * (Art. 28) and the accessibility statement. Every figure (retention, provider, measures on or off) comes from the
 * configuration, so the pack says what this installation does.
 */
import type { ApprovalPackView, PackBlock, PackDocument } from '@buergerpunkt/contracts';
import { DateTime } from 'luxon';
import type { Config } from '../../config.ts';
import { t } from '../../platform/i18n.ts';
import type {
  DataCategory,
  ProcessingDeclaration,
  RetentionPeriod,
  RetentionRule,
} from './processing-declaration.ts';
import { processingDeclarations } from './processing-register.ts';

const k = (key: string, params: Record<string, unknown> = {}) => t(`approvalPack.${key}`, params);

/** The last automatic accessibility run (the browser tests write it, see e2e/support/accessibility-run.ts). */
export interface AccessibilityRun {
  finishedAt: string;
  pages: number;
  violations: number;
  tool: string;
}

export interface ApprovalPackInput {
  config: Config;
  now: Date;
  version: string;
  accessibilityRun?: AccessibilityRun | null;
  declarations?: readonly ProcessingDeclaration[];
}

export function formatPeriod(period: RetentionPeriod): string {
  if ('hours' in period) return k('period.hours', { count: period.hours });
  if ('days' in period) return k('period.days', { count: period.days });
  if ('sessionHours' in period)
    return k('period.session', { hours: k('period.hours', { count: period.sessionHours }) });
  return k('period.unlimited');
}

function localDate(iso: Date | string, config: Config): string {
  const at = typeof iso === 'string' ? DateTime.fromISO(iso) : DateTime.fromJSDate(iso);
  return at.setZone(config.integration.registerTimezone).toFormat('dd.MM.yyyy, HH:mm');
}

function providerName(config: Config): string {
  const { provider } = config.sms;
  if (config.sms.processorName) return config.sms.processorName;
  if (provider === 'http') return k('providers.http', { url: config.sms.httpUrl ?? k('notSet') });
  if (provider === 'seven') return k('providers.seven', { url: config.sms.sevenBaseUrl });
  return k('providers.outbox');
}

const categoryNames = (categories: readonly DataCategory[]) => categories.map((c) => k(`category.${c}`));

function recipientsOf(declaration: ProcessingDeclaration, config: Config): string[] {
  const names = declaration.recipients.map((r) => k(`recipient.${r}`));
  if (declaration.sendsToSpecialistProcedure && config.integration.webhookUrl)
    names.push(k('recipient.specialistProcedure', { url: config.integration.webhookUrl }));
  return names;
}

function retentionLine(rule: RetentionRule): string {
  return `${categoryNames(rule.categories).join(', ')}: ${formatPeriod(rule.period)} ${k('deletion.after')} ${k(`after.${rule.after}`)}`;
}

export function openPoints(config: Config): string[] {
  const points: string[] = [];
  if (config.mode === 'demo') points.push(k('openPoints.demo'));
  if (!config.controller.name) points.push(k('openPoints.controllerName'));
  if (!config.controller.address) points.push(k('openPoints.controllerAddress'));
  if (!config.controller.email) points.push(k('openPoints.controllerEmail'));
  if (!config.controller.dataProtectionOfficer) points.push(k('openPoints.officer'));
  if (config.sms.provider === 'outbox') points.push(k('openPoints.smsOutbox'));
  return points;
}

function header(input: ApprovalPackInput): PackBlock[] {
  const { config } = input;
  const notSet = k('notSet');
  return [
    {
      kind: 'paragraph',
      text: k('generatedAt', {
        date: localDate(input.now, config),
        version: input.version,
        mode: k(`mode.${config.mode}`),
      }),
    },
    { kind: 'paragraph', text: k('draftNotice') },
    { kind: 'heading', text: k('controller.title') },
    {
      kind: 'fields',
      rows: [
        { label: k('controller.name'), value: config.controller.name ?? notSet },
        { label: k('controller.address'), value: config.controller.address ?? notSet },
        { label: k('controller.email'), value: config.controller.email ?? notSet },
        { label: k('controller.officer'), value: config.controller.dataProtectionOfficer ?? notSet },
      ],
    },
  ];
}

function processingRecord(
  input: ApprovalPackInput,
  declarations: readonly ProcessingDeclaration[],
): PackBlock[] {
  const { config } = input;
  const none = k('record.none');
  const blocks: PackBlock[] = [{ kind: 'paragraph', text: k('record.intro') }];
  for (const declaration of declarations) {
    const rules = declaration.retention(config);
    blocks.push({ kind: 'heading', text: k(`processing.${declaration.id}.name`) });
    blocks.push({
      kind: 'fields',
      rows: [
        { label: k('record.purpose'), value: k(`processing.${declaration.id}.purpose`) },
        {
          label: k('record.legalBasis'),
          value: declaration.legalBases.map((basis) => k(`legalBasis.${basis}`)).join('; '),
        },
        { label: k('record.subjects'), value: declaration.subjects.map((s) => k(`subject.${s}`)).join(', ') },
        {
          label: k('record.categories'),
          value:
            declaration.categories.length > 0
              ? categoryNames(declaration.categories).join(', ')
              : k('record.noPersonalData'),
        },
        { label: k('record.recipients'), value: recipientsOf(declaration, config).join(', ') || none },
        { label: k('record.processors'), value: declaration.usesSmsProvider ? providerName(config) : none },
        {
          label: k('record.retention'),
          value: rules.length > 0 ? rules.map(retentionLine).join('; ') : none,
        },
        { label: k('record.measures'), value: k('record.measuresSee') },
      ],
    });
  }
  return blocks;
}

function alertChannels(config: Config): string {
  const targets = Object.values(config.alerts.recipients).flat();
  const channels = [
    ...(targets.some((to) => to.includes('@') && !/^https?:/.test(to)) ? [k('channels.email')] : []),
    ...(targets.some((to) => /^https?:/.test(to)) ? [k('channels.webhook')] : []),
  ];
  return channels.length > 0 ? channels.join(', ') : k('channels.none');
}

function technicalMeasures(input: ApprovalPackInput): PackBlock[] {
  const { config } = input;
  const state = (on: boolean) => (on ? k('on') : k('off'));
  const https = config.publicUrl.startsWith('https://');
  const rows: [string, boolean, Record<string, unknown>][] = [
    ['transport', https, { url: config.publicUrl }],
    ['codes', true, {}],
    ['smsSealing', true, {}],
    ['evidenceEncryption', true, { period: formatPeriod({ days: config.evidenceImage.retentionDays }) }],
    ['keys', config.mode === 'production', {}],
    ['roles', true, {}],
    [
      'passwords',
      true,
      {
        memoryMib: Math.round(config.accounts.passwordHashMemoryKib / 1024),
        passes: config.accounts.passwordHashPasses,
      },
    ],
    ['sso', config.oidc.enabled, {}],
    ['audit', true, {}],
    ['backups', true, {}],
    ['brakes', true, {}],
    [
      'alerts',
      Object.values(config.alerts.recipients).flat().length > 0,
      { channels: alertChannels(config) },
    ],
    ['retention', true, {}],
  ];
  return [
    { kind: 'paragraph', text: k('measures.intro') },
    {
      kind: 'table',
      columns: [k('measures.measure'), k('measures.state'), k('measures.detail')],
      rows: rows.map(([id, on, params]) => [k(`tom.${id}.name`), state(on), k(`tom.${id}.detail`, params)]),
    },
  ];
}

function deletionConcept(
  input: ApprovalPackInput,
  declarations: readonly ProcessingDeclaration[],
): PackBlock[] {
  const rows = declarations.flatMap((declaration) =>
    declaration
      .retention(input.config)
      .map((rule) => [
        `${k(`processing.${declaration.id}.name`)}: ${categoryNames(rule.categories).join(', ')}`,
        formatPeriod(rule.period),
        k(`after.${rule.after}`),
        k(`job.${rule.deletedBy}`),
      ]),
  );
  return [
    { kind: 'paragraph', text: k('deletion.intro') },
    {
      kind: 'table',
      columns: [k('deletion.category'), k('deletion.period'), k('deletion.after'), k('deletion.job')],
      rows,
    },
  ];
}

function impactAssessment(
  input: ApprovalPackInput,
  declarations: readonly ProcessingDeclaration[],
): PackBlock[] {
  const period = formatPeriod({ days: input.config.evidenceImage.retentionDays });
  const risky = declarations.filter((d) => d.highRisk);
  return [
    { kind: 'paragraph', text: k('impact.intro') },
    { kind: 'heading', text: k('impact.description') },
    {
      kind: 'list',
      items: risky.map(
        (d) =>
          `${k(`processing.${d.id}.name`)}: ${k(`processing.${d.id}.purpose`)} (${categoryNames(d.categories).join(', ')}; ${d
            .retention(input.config)
            .map(retentionLine)
            .join('; ')})`,
      ),
    },
    { kind: 'heading', text: k('impact.necessity') },
    { kind: 'paragraph', text: k('necessity') },
    { kind: 'heading', text: k('impact.risks') },
    {
      kind: 'table',
      columns: [k('impact.risk'), k('impact.measures'), k('impact.residual')],
      rows: (['wrongPerson', 'guessing', 'imageMisuse', 'emptyCompartment'] as const).map((id) => [
        k(`impactRows.${id}.risk`),
        k(`impactRows.${id}.measures`, { period }),
        k(`impactRows.${id}.residual`),
      ]),
    },
  ];
}

function processorChecklist(input: ApprovalPackInput): PackBlock[] {
  const { config } = input;
  return [
    { kind: 'paragraph', text: k('processor.intro') },
    {
      kind: 'fields',
      rows: [
        { label: k('processor.provider'), value: providerName(config) },
        { label: k('processor.data'), value: k('processorData', { sender: config.sms.sender }) },
      ],
    },
    { kind: 'heading', text: k('processor.check') },
    {
      kind: 'list',
      items: (['contract', 'location', 'deletion', 'toms', 'content'] as const).map(
        (id) => `[ ] ${k(`processorItems.${id}`, { sender: config.sms.sender })}`,
      ),
    },
  ];
}

function accessibilityStatement(input: ApprovalPackInput): PackBlock[] {
  const run = input.accessibilityRun;
  const contact = input.config.controller.email ?? k('notSet');
  return [
    { kind: 'paragraph', text: k('accessibility.intro') },
    {
      kind: 'fields',
      rows: [
        {
          label: k('accessibility.lastRun'),
          value: run
            ? k('accessibility.lastRunValue', {
                date: localDate(run.finishedAt, input.config),
                pages: run.pages,
                violations: run.violations,
                tool: run.tool,
              })
            : k('accessibility.noRun'),
        },
      ],
    },
    { kind: 'paragraph', text: k('accessibility.method') },
    { kind: 'paragraph', text: k('accessibility.feedback', { contact }) },
  ];
}

export function buildApprovalPack(input: ApprovalPackInput): ApprovalPackView {
  const declarations = input.declarations ?? processingDeclarations;
  const document = (slug: PackDocument['slug'], titleKey: string, body: PackBlock[]): PackDocument => ({
    slug,
    title: k(`files.${titleKey}`),
    blocks: [...header(input), ...body],
  });
  return {
    generatedAt: input.now.toISOString(),
    openPoints: openPoints(input.config),
    documents: [
      document('verarbeitungsverzeichnis', 'processingRecord', processingRecord(input, declarations)),
      document('tom', 'technicalMeasures', technicalMeasures(input)),
      document('loeschkonzept', 'deletionConcept', deletionConcept(input, declarations)),
      document('dsfa-entwurf', 'impactAssessment', impactAssessment(input, declarations)),
      document('auftragsverarbeitung-sms', 'processorChecklist', processorChecklist(input)),
      document('barrierefreiheit', 'accessibilityStatement', accessibilityStatement(input)),
    ],
  };
}
