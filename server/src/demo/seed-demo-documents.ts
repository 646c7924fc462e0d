/**
 * Demo documents in every interesting state, made through the real lifecycle so the audit log and the SMS outbox
 * tell the same story: some waiting for registration or transport, three waiting in the box (their codes appear
 * in the demo outbox), one collected, one expired, one returned, one cancelled, one that needs staff to look.
 * All people and numbers are invented.
 */
import type { AppContext } from '../context.ts';
import type { Principal } from '../platform/principal.ts';
import { boxPrincipal, systemPrincipal, terminalPrincipal } from '../platform/principal.ts';
import { registerDocument } from '../modules/documents/register-document.ts';
import { transitionDocument } from '../modules/documents/transition-document.ts';
import { demoBox } from './demo-data.ts';
import { placeInCompartmentAndNotify } from './place-in-compartment.ts';

type DemoStory =
  'registered' | 'ready' | 'waiting' | 'picked_up' | 'expired' | 'returned' | 'cancelled' | 'reconcile';

export const demoDocuments: {
  holderName: string;
  typeId: string;
  phone: string;
  dateOfBirth?: string;
  /** The holder's previous document, where the clerk recorded it (the simulated reader reads L01X00T47). */
  oldDocumentNumber?: string;
  story: DemoStory;
  compartment?: number;
}[] = [
  {
    holderName: 'Renate Vogel',
    typeId: 'id_card',
    phone: '0170 1234501',
    dateOfBirth: '1956-04-02',
    story: 'registered',
  },
  {
    holderName: 'Klaus Brandt',
    typeId: 'passport',
    phone: '0170 1234502',
    dateOfBirth: '1949-11-23',
    story: 'ready',
  },
  {
    holderName: 'Erika Mustermann',
    typeId: 'id_card',
    phone: '0170 1234503',
    dateOfBirth: '1958-03-14',
    oldDocumentNumber: 'L01X00T47',
    story: 'waiting',
    compartment: 1,
  },
  {
    holderName: 'Hans Peters',
    typeId: 'driving_licence',
    phone: '0170 1234504',
    dateOfBirth: '1967-10-21',
    story: 'waiting',
    compartment: 5,
  },
  {
    holderName: 'Olena Kovalenko',
    typeId: 'residence_permit',
    phone: '0170 1234505',
    dateOfBirth: '1987-07-30',
    story: 'waiting',
    compartment: 9,
  },
  {
    holderName: 'Gisela Hoffmann',
    typeId: 'passport',
    phone: '0170 1234506',
    dateOfBirth: '1951-01-09',
    story: 'picked_up',
    compartment: 13,
  },
  {
    holderName: 'Jürgen Schulz',
    typeId: 'id_card',
    phone: '0170 1234507',
    dateOfBirth: '1962-05-17',
    story: 'expired',
    compartment: 17,
  },
  {
    holderName: 'Monika Richter',
    typeId: 'driving_licence',
    phone: '0170 1234508',
    dateOfBirth: '1975-02-26',
    story: 'cancelled',
  },
  {
    holderName: 'Peter Lange',
    typeId: 'passport',
    phone: '0170 1234509',
    dateOfBirth: '1944-12-01',
    story: 'returned',
    compartment: 21,
  },
  {
    holderName: 'Sabine Krüger',
    typeId: 'id_card',
    phone: '0170 1234510',
    dateOfBirth: '1970-09-05',
    story: 'reconcile',
    compartment: 3,
  },
];

export async function seedDemoDocuments(ctx: AppContext, terminalId: string): Promise<void> {
  const staff = await ctx.db.selectFrom('staff_users').select(['id', 'username']).execute();
  const principal = (username: 'clerk' | 'loader'): Principal => ({
    actor: { type: 'staff', id: staff.find((s) => s.username === username)?.id ?? null },
    triggers: [username],
  });
  const clerk = principal('clerk');
  const loader = principal('loader');
  const box = boxPrincipal(demoBox.id);
  let sequence = 0;
  for (const demo of demoDocuments) {
    sequence++;
    const registered = await registerDocument(
      ctx,
      {
        reference: `HN-DEMO-${String(sequence).padStart(4, '0')}`,
        officeId: demo.typeId === 'residence_permit' ? 'auslaenderbehoerde-ohv' : 'buergeramt-hn',
        typeId: demo.typeId,
        holderName: demo.holderName,
        phone: demo.phone,
        ...(demo.dateOfBirth ? { dateOfBirth: demo.dateOfBirth } : {}),
        ...(demo.oldDocumentNumber ? { oldDocumentNumber: demo.oldDocumentNumber } : {}),
      },
      clerk,
    );
    const documentId = registered.id;
    const at = ctx.clock.now().toISOString();
    await ctx.db.transaction().execute(async (trx) => {
      const move = (
        transition: Parameters<typeof transitionDocument>[1]['transition'],
        by: Principal,
        changes = {},
      ) => transitionDocument(trx, { documentId, transition, principal: by, at, changes });
      const freeCompartment = () =>
        trx
          .updateTable('compartments')
          .set({ status: 'free', document_id: null, sensor_occupied: 0, updated_at: at })
          .where('document_id', '=', documentId)
          .execute();
      if (demo.story === 'registered') return;
      if (demo.story === 'cancelled') return void (await move('cancel', clerk));
      if (demo.story === 'ready') return void (await move('prepare_transport', clerk));
      await placeInCompartmentAndNotify(trx, ctx, {
        documentId,
        boxId: demoBox.id,
        compartmentNumber: demo.compartment!,
        clerk,
        loader,
        at,
      });
      if (demo.story === 'picked_up') {
        await move('start_pickup', terminalPrincipal(terminalId), { code_hash: null });
        await freeCompartment();
        await move('complete_pickup', box, { issued_at: at });
      } else if (demo.story === 'reconcile') {
        await move('start_pickup', terminalPrincipal(terminalId), { code_hash: null });
        await move('flag_for_reconcile', box);
      } else if (demo.story === 'expired' || demo.story === 'returned') {
        await move('expire', systemPrincipal, { code_hash: null, expired_at: at });
        if (demo.story === 'returned') {
          await move('start_collecting', loader);
          await freeCompartment();
          await move('confirm_collected', box);
          await move('record_return', clerk);
        }
      }
    });
  }
}
