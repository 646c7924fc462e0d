/**
 * Demo data for zone operations (`npm start`): a week of tally taps, suggestions in every moderation state (some
 * published with answers, one with invented contact data), one answered call for staff, an announcement and the
 * zone's staffed hours. Times are relative to now, in the zone's time zone; all people are invented.
 */
import { randomInt } from 'node:crypto';
import { DateTime } from 'luxon';
import type { AppContext } from '../../context.ts';
import { recordAudit, systemActor } from '../audit/audit-service.ts';
import { raiseAlert } from '../alerts/raise-alert.ts';
import { suggestionReference } from './suggestion-rules.ts';
import type { VisitRow } from './visits-repository.ts';

/** Tally taps: days before today, local hour, age group, topic. 12 taps on 5 of the last 6 days. */
export const demoVisits: readonly [number, number, string, string][] = [
  [1, 10, '65_plus', 'dokbox'],
  [1, 10, '50_64', 'dokbox'],
  [1, 11, 'under_30', 'map'],
  [1, 15, '65_plus', 'service_115'],
  [2, 11, '30_49', 'tour'],
  [2, 16, '65_plus', 'dokbox'],
  [3, 10, '50_64', 'suggestion'],
  [4, 12, '30_49', 'dokbox'],
  [4, 12, 'under_30', 'other'],
  [4, 17, '65_plus', 'service_115'],
  [6, 10, '65_plus', 'dokbox'],
  [6, 18, '50_64', 'map'],
];

/** Suggestions: days before now, status, text, answer, published, contact. */
export const demoSuggestions: readonly {
  daysAgo: number;
  status: string;
  text: string;
  answer: string | null;
  published: boolean;
  contact?: { name: string; email: string };
}[] = [
  {
    daysAgo: 20,
    status: 'implemented',
    text: 'Eine Sitzbank neben der DokBox wäre schön, damit man beim Warten nicht stehen muss.',
    answer: 'Danke! Seit dieser Woche steht dort eine Bank.',
    published: true,
  },
  {
    daysAgo: 12,
    status: 'answered',
    text: 'Könnte der Kiosk auch größere Schrift anbieten?',
    answer: 'Gute Idee. Wir prüfen mit dem Hersteller eine Zoom-Taste.',
    published: true,
  },
  {
    daysAgo: 9,
    status: 'declined',
    text: 'Die DokBox sollte auch Pakete annehmen.',
    answer: 'Die DokBox ist nur für Dokumente der Stadt da; für Pakete gibt es Packstationen.',
    published: true,
  },
  {
    daysAgo: 3,
    status: 'in_review',
    text: 'Bitte am Samstag länger öffnen, ich arbeite unter der Woche.',
    answer: null,
    published: false,
    contact: { name: 'Max Beispiel', email: 'max.beispiel@example.org' },
  },
  {
    daysAgo: 1,
    status: 'received',
    text: 'Am Eingang fehlt ein Hinweisschild zur Servicezone.',
    answer: null,
    published: false,
  },
];

const answered = ['answered', 'implemented', 'declined'];

export async function seedDemoZone(ctx: AppContext): Promise<void> {
  const tz = ctx.config.zone.timezone;
  const now = ctx.clock.now();
  const at = now.toISOString();
  const zoneUser = await ctx.db
    .selectFrom('staff_users')
    .select('id')
    .where('username', '=', 'zone')
    .executeTakeFirst();
  const today = DateTime.fromJSDate(now, { zone: tz }).startOf('day');

  const visits: VisitRow[] = demoVisits.map(([daysAgo, hour, ageGroup, topic], i) => {
    const local = today.minus({ days: daysAgo }).set({ hour, minute: 5 + i });
    return {
      id: ctx.ids.newId(),
      recorded_by: zoneUser?.id ?? 'demo',
      tapped_at: local.toUTC().toJSDate().toISOString(),
      local_date: local.toISODate()!,
      local_hour: hour,
      age_group: ageGroup,
      topic,
      created_at: local.toUTC().toJSDate().toISOString(),
      undone_at: null,
    };
  });

  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('zone_visits').values(visits).execute();
    let n = 0;
    for (const s of demoSuggestions) {
      n++;
      const created = DateTime.fromJSDate(now).minus({ days: s.daysAgo }).toJSDate().toISOString();
      const answeredAt = answered.includes(s.status)
        ? DateTime.fromJSDate(now)
            .minus({ days: s.daysAgo - 1 })
            .toJSDate()
            .toISOString()
        : null;
      await trx
        .insertInto('suggestions')
        .values({
          id: ctx.ids.newId(),
          reference: suggestionReference(() => randomInt(0, 1_000_000) / 1_000_000),
          text: s.text,
          topic: null,
          source: n % 2 === 0 ? 'kiosk' : 'site',
          terminal_id: null,
          ip_hash: null,
          contact_name: s.contact?.name ?? null,
          contact_email: s.contact?.email ?? null,
          contact_phone: null,
          contact_consent_at: s.contact ? created : null,
          contact_purged_at: null,
          status: s.status,
          public_answer: s.answer,
          published: s.published ? 1 : 0,
          status_changed_at: answeredAt ?? created,
          answered_at: answeredAt,
          created_at: created,
          updated_at: answeredAt ?? created,
          version: 0,
        })
        .execute();
    }
    // One call for staff yesterday, taken on after 90 seconds and closed.
    const called = today.minus({ days: 1 }).set({ hour: 11 }).toUTC();
    const alertId = await raiseAlert(trx, ctx, called.toJSDate().toISOString(), {
      kind: 'call_staff',
      data: { reason: 'help', source: 'kiosk' },
    });
    const taken = called.plus({ seconds: 90 }).toJSDate().toISOString();
    await trx
      .updateTable('alerts')
      .set({
        acknowledged_at: taken,
        acknowledged_by: zoneUser?.id ?? null,
        resolved_at: taken,
        resolved_by: zoneUser?.id ?? null,
      })
      .where('id', '=', alertId)
      .execute();

    await trx
      .insertInto('zone_announcements')
      .values({
        id: ctx.ids.newId(),
        title: 'Vorlesestunde in der Servicezone',
        body: 'Jeden Donnerstag um 16 Uhr lesen Ehrenamtliche für Kinder vor.',
        valid_from: today.minus({ days: 7 }).toISODate()!,
        valid_to: today.plus({ days: 30 }).toISODate()!,
        created_by: zoneUser?.id ?? null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const hours = [2, 4].flatMap((weekday) => [
      { weekday, opens: '10:00', closes: '13:00' },
      { weekday, opens: '14:00', closes: '18:00' },
    ]);
    await trx
      .insertInto('zone_opening_hours')
      .values(
        [...hours, { weekday: 6, opens: '10:00', closes: '14:00' }].map((h) => ({
          id: ctx.ids.newId(),
          ...h,
        })),
      )
      .execute();
    await recordAudit(trx, at, {
      actor: systemActor,
      action: 'zone.demo_seed',
      entityType: 'zone',
      entityId: null,
      data: { visits: visits.length, suggestions: demoSuggestions.length },
    });
  });
}
