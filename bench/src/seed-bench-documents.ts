/**
 * Sets the hub up the way a large deployment looks, then puts documents straight into the state `notified` with
 * known codes. Nothing of the hub is switched off:
 * - `boxes` boxes, each a copy of the demo box (the `demo-24` layout with its deposit compartment, in service,
 *   open around the clock, marked connected as if its agent were online), each with its own paired kiosk terminal.
 *   One terminal serves one citizen at a time in real life, so the per-terminal brakes (throttle row, guess
 *   budgets) see what they would see at a real box.
 * - The documents cycle through the demo's document types and keep each type's pickup policy as registration
 *   copies it (`documentPolicyColumns`): date of birth, old document or date of birth (answered with the date),
 *   PIN letter for the ID card, no check for a civil-status certificate. Each has a date-of-birth hash, so the
 *   kiosk's check can be answered like a citizen does.
 * Pickups are returned interleaved over the boxes, so concurrent workers stand at different kiosks.
 */
import type { Insertable } from 'kysely';
import type { AppContext } from '../../server/src/context.ts';
import type { CompartmentsTable, DocumentsTable } from '../../server/src/db/schema.ts';
import { layoutRows, presetLayout } from '../../server/src/modules/boxes/box-layouts.ts';
import { dateOfBirthHash, phoneHash, pickupCodeHash } from '../../server/src/modules/codes/pickup-codes.ts';
import { documentPolicyColumns } from '../../server/src/modules/document-types/pickup-policy.ts';
import { sha256Hex } from '../../server/src/platform/crypto.ts';

export interface BenchPickup {
  terminalKey: string;
  phone: string;
  code: string;
  /** The holder's date of birth as the kiosk's three fields take it. */
  dateOfBirth: { day: number; month: number; year: number };
}

const demoBoxId = 'dokbox-hn';
/** The demo box's compartments that take documents (the deposit compartment never does). */
const layout = layoutRows(presetLayout('demo-24'));

export function compartmentsPerBox(): number {
  return layout.filter((c) => c.status === 'free').length;
}

export async function seedBenchDocuments(
  ctx: AppContext,
  count: number,
): Promise<{ pickups: BenchPickup[]; boxes: number }> {
  const now = ctx.clock.now().toISOString();
  const key = ctx.config.secrets.codeKey;
  const usable = layout.filter((c) => c.status === 'free');
  const boxes = Math.max(1, Math.ceil(count / usable.length));
  const demoBox = await ctx.db
    .selectFrom('boxes')
    .selectAll()
    .where('id', '=', demoBoxId)
    .executeTakeFirstOrThrow();
  const types = await ctx.db
    .selectFrom('document_types')
    .select(['id', 'pickup_check', 'window_opening_days', 'pin_letter_required', 'evidence_image_required'])
    .select(['four_eyes_loading'])
    .orderBy('id')
    .execute();
  const terminalKeys: string[] = [];
  const dateOfBirth = { day: 17, month: 5, year: 1980 };
  const pickups: BenchPickup[] = new Array(count);

  await ctx.db.transaction().execute(async (trx) => {
    const batch = 100;
    for (let first = 0; first < boxes; first += batch) {
      const last = Math.min(boxes, first + batch);
      const boxRows = [];
      const hourRows = [];
      const terminalRows = [];
      for (let b = first; b < last; b++) {
        const boxId = `bench-box-${b}`;
        boxRows.push({
          ...demoBox,
          id: boxId,
          name: `Bench-Box ${b}`,
          in_service: 1 as const,
          link_connected: 1 as const,
          link_changed_at: now,
          link_heartbeat_at: now,
          created_at: now,
        });
        for (let weekday = 1; weekday <= 7; weekday++)
          hourRows.push({ id: ctx.ids.newId(), box_id: boxId, weekday, opens: '00:00', closes: '23:59' });
        const terminalKey = `kiosk_bench_${String(b).padStart(6, '0')}_${'k'.repeat(20)}`;
        terminalKeys[b] = terminalKey;
        terminalRows.push({
          id: `bench-terminal-${b}`,
          name: `Bench-Kiosk ${b}`,
          box_id: boxId,
          key_hash: sha256Hex(terminalKey),
          created_at: now,
        });
      }
      await trx.insertInto('boxes').values(boxRows).execute();
      await trx.insertInto('box_opening_hours').values(hourRows).execute();
      await trx.insertInto('terminals').values(terminalRows).execute();
    }

    // Box b holds the documents b, b + boxes, b + 2·boxes …; its deposit compartment and free slots stay empty.
    for (let b = 0; b < boxes; b += 20) {
      const compartments: Insertable<CompartmentsTable>[] = [];
      const documents: Insertable<DocumentsTable>[] = [];
      for (let box = b; box < Math.min(boxes, b + 20); box++) {
        const boxId = `bench-box-${box}`;
        layout.forEach((c) => {
          const slot = usable.indexOf(c);
          const i = slot < 0 ? -1 : box + slot * boxes;
          const documentId = i >= 0 && i < count ? `bench-doc-${i}` : null;
          compartments.push({
            id: `${boxId}-${c.number}`,
            box_id: boxId,
            ...c,
            status: documentId ? 'occupied' : c.status,
            door: 'closed',
            sensor_occupied: documentId ? (1 as const) : (0 as const),
            document_id: documentId,
            updated_at: now,
          });
          if (!documentId) return;
          const type = types[i % types.length]!;
          const phone = `+49151${String(10_000_000 + i).padStart(8, '0')}`;
          const code = String(100_000 + ((i * 7919) % 900_000));
          documents.push({
            id: documentId,
            reference: `BENCH-${i}`,
            office_id: 'buergeramt-hn',
            type_id: type.id,
            holder_name: 'Benchmark',
            phone_e164: phone,
            phone_hash: phoneHash(key, phone),
            date_of_birth_hash: dateOfBirthHash(key, documentId, '1980-05-17'),
            needs_wheelchair_access: 0 as const,
            proxy_note: null,
            state: 'notified',
            box_id: boxId,
            compartment_id: `${boxId}-${c.number}`,
            code_hash: pickupCodeHash(key, phone, code),
            code_issued_at: now,
            code_failed_attempts: 0,
            code_locked: 0 as const,
            check_failed_attempts: 0,
            resends_today: 0,
            resend_day: null,
            notified_at: now,
            reminder_sent_at: null,
            expired_at: null,
            issued_at: null,
            final_at: null,
            purged_at: null,
            ...documentPolicyColumns(type, ctx.config.pickup.windowOpeningDays),
            version: 1,
            language: 'de',
            created_at: now,
            updated_at: now,
          });
          pickups[i] = { terminalKey: terminalKeys[box]!, phone, code, dateOfBirth };
        });
      }
      await trx.insertInto('compartments').values(compartments).execute();
      for (let d = 0; d < documents.length; d += 200)
        await trx
          .insertInto('documents')
          .values(documents.slice(d, d + 200))
          .execute();
    }
  });
  return { pickups, boxes };
}
