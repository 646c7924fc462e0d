/**
 * The monthly report for the town council: the month's statistics, the audit log's head at the time (printed, so
 * a later rewrite of the log can be detected against the paper), and CSV exports of its tables. CSV uses `;` as
 * separator and a UTF-8 byte-order mark so German spreadsheet programs open it correctly.
 */
import type { MonthlyReport, MonthlyReportTable } from '@buergerpunkt/contracts';
import type { AppContext } from '../../context.ts';
import { csvLine } from '../../platform/csv.ts';
import { t } from '../../platform/i18n.ts';
import { readAuditHeadForReport } from './stats-repository.ts';
import { statsForPeriod } from './zone-stats.ts';
import { monthPeriod } from './zone-time.ts';

export async function monthlyReport(ctx: AppContext, month: string): Promise<MonthlyReport> {
  const timezone = ctx.config.zone.timezone;
  const [stats, auditHead] = await Promise.all([
    statsForPeriod(ctx.db, monthPeriod(month, timezone), timezone),
    readAuditHeadForReport(ctx.db),
  ]);
  return {
    month,
    townName: ctx.config.townName,
    generatedAt: ctx.clock.now().toISOString(),
    stats,
    auditHead,
  };
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  const lines = [header, ...rows].map((row) => csvLine(row, ';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const h = (key: string) => t(`zone.csv.${key}`);

export function monthlyReportCsv(report: MonthlyReport, table: MonthlyReportTable): string {
  const s = report.stats;
  switch (table) {
    case 'visits_by_day':
      return toCsv(
        [h('date'), h('visits')],
        s.visits.byDay.map((d) => [d.date, d.count]),
      );
    case 'visits_by_hour':
      return toCsv(
        [h('hour'), h('visits')],
        s.visits.byHour.map((d) => [d.hour, d.count]),
      );
    case 'visits_by_topic':
      return toCsv(
        [h('topic'), h('visits')],
        s.visits.byTopic.map((d) => [t(`zone.visitTopics.${d.topic}`), d.count]),
      );
    case 'visits_by_age_group':
      return toCsv(
        [h('ageGroup'), h('visits')],
        s.visits.byAgeGroup.map((d) => [t(`zone.ageGroups.${d.ageGroup}`), d.count]),
      );
    case 'documents_by_day':
      return toCsv(
        [h('date'), h('registered'), h('loaded'), h('pickedUp'), h('expired'), h('returned')],
        s.documents.byDay.map((d) => [d.date, d.registered, d.loaded, d.pickedUp, d.expired, d.returned]),
      );
    case 'summary':
      return toCsv(
        [h('figure'), h('value')],
        [
          [h('visits'), s.visits.total],
          [h('registered'), s.documents.totals.registered],
          [h('loaded'), s.documents.totals.loaded],
          [h('pickedUp'), s.documents.totals.pickedUp],
          [h('expired'), s.documents.totals.expired],
          [h('returned'), s.documents.totals.returned],
          [h('loadToPickupMedianSeconds'), s.loadToPickup.medianSeconds],
          [h('loadToPickupP90Seconds'), s.loadToPickup.p90Seconds],
          [h('smsDelivered'), s.sms.delivered],
          [h('smsFailed'), s.sms.failed],
          [h('suggestions'), s.suggestions.total],
          ...s.suggestions.byStatus.map(
            (b) => [`${h('suggestions')}: ${t(`zone.suggestionStatuses.${b.status}`)}`, b.count] as const,
          ),
          [h('callStaff'), s.callStaff.total],
          [h('callStaffMedianSeconds'), s.callStaff.responseTime.medianSeconds],
          [h('callStaffP90Seconds'), s.callStaff.responseTime.p90Seconds],
          [h('auditHead'), report.auditHead ? `${report.auditHead.seq} ${report.auditHead.hash}` : null],
        ],
      );
  }
}
