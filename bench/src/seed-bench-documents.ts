/**
 * Puts documents straight into the state `notified` with known codes, each in its own compartment of a large
 * benchmark box that is open around the clock and marked connected (as if its agent were online), so the benchmark
 * measures the kiosk path and nothing before it.
 */
import type { AppContext } from '../../server/src/context.ts';
import { phoneHash, pickupCodeHash } from '../../server/src/modules/codes/pickup-codes.ts';

export interface BenchPickup {
  phone: string;
  code: string;
}

export async function seedBenchDocuments(ctx: AppContext, count: number): Promise<BenchPickup[]> {
  const now = ctx.clock.now().toISOString();
  const boxId = 'dokbox-hn';
  const key = ctx.config.secrets.codeKey;
  const pickups: BenchPickup[] = [];
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('boxes')
      .set({ link_connected: 1, link_changed_at: now })
      .where('id', '=', boxId)
      .execute();
    await trx.deleteFrom('box_opening_hours').where('box_id', '=', boxId).execute();
    for (let weekday = 1; weekday <= 7; weekday++) {
      await trx
        .insertInto('box_opening_hours')
        .values({ id: ctx.ids.newId(), box_id: boxId, weekday, opens: '00:00', closes: '23:59' })
        .execute();
    }
    const batch = 200;
    for (let start = 0; start < count; start += batch) {
      const compartments = [];
      const documents = [];
      for (let i = start; i < Math.min(count, start + batch); i++) {
        const phone = `+49151${String(10_000_000 + i).padStart(8, '0')}`;
        const code = String(100_000 + ((i * 7919) % 900_000));
        const compartmentId = `bench-${i}`;
        const documentId = `bench-doc-${i}`;
        compartments.push({
          id: compartmentId,
          box_id: boxId,
          number: 1000 + i,
          size: 'M',
          wheelchair_reachable: 0 as const,
          status: 'occupied',
          door: 'closed',
          sensor_occupied: 1 as const,
          document_id: documentId,
          updated_at: now,
        });
        documents.push({
          id: documentId,
          reference: `BENCH-${i}`,
          office_id: 'buergeramt-hn',
          type_id: 'driving_licence',
          holder_name: 'Benchmark',
          phone_e164: phone,
          phone_hash: phoneHash(key, phone),
          date_of_birth_hash: null,
          needs_wheelchair_access: 0 as const,
          proxy_note: null,
          state: 'notified',
          box_id: boxId,
          compartment_id: compartmentId,
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
          version: 1,
          language: 'de',
          created_at: now,
          updated_at: now,
        });
        pickups.push({ phone, code });
      }
      await trx.insertInto('compartments').values(compartments).execute();
      await trx.insertInto('documents').values(documents).execute();
    }
  });
  return pickups;
}
