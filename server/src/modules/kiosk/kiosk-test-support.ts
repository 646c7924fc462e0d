/**
 * Test support for the kiosk's medium tests: a document put into the box and notified through the real lifecycle
 * (transitions + notifyDocument), and the code read back the way the citizen gets it: from the sealed SMS body.
 */
import { expect } from 'vitest';
import { demoBox, registerTestDocument, type SeededHub } from '../../testing/fixtures.ts';
import { unseal } from '../../platform/crypto.ts';
import { placeInCompartmentAndNotify } from '../../demo/place-in-compartment.ts';
import type { RegisterDocumentInput } from '../documents/register-document.ts';

/** Shared with every medium test; re-exported so the kiosk tests import their support from one place. */
export { documentRow } from '../../testing/fixtures.ts';

export interface NotifiedDocument {
  documentId: string;
  /** As the citizen types it. */
  phone: string;
  code: string;
  compartmentNumber: number;
}

/** Registers, loads into compartment `compartmentNumber` of the demo box and notifies a document. */
export async function placeNotifiedDocument(
  hub: SeededHub,
  options: Partial<RegisterDocumentInput> & { compartmentNumber?: number } = {},
): Promise<NotifiedDocument> {
  const { compartmentNumber = 7, ...input } = options;
  const registered = await registerTestDocument(hub, { typeId: 'civil_certificate', ...input });
  const at = hub.ctx.clock.now().toISOString();
  await hub.ctx.db.transaction().execute(async (trx) => {
    await placeInCompartmentAndNotify(trx, hub.ctx, {
      documentId: registered.id,
      boxId: demoBox.id,
      compartmentNumber,
      clerk: hub.staffPrincipal('clerk'),
      loader: hub.staffPrincipal('loader'),
      at,
    });
    // As if the box's agent were online; these tests read the queued unlock commands instead of a box.
    await trx
      .updateTable('boxes')
      .set({ link_connected: 1, link_changed_at: at })
      .where('id', '=', demoBox.id)
      .execute();
  });
  return {
    documentId: registered.id,
    phone: input.phone ?? '0151 23456789',
    code: await latestCode(hub, registered.id),
    compartmentNumber,
  };
}

/** Starts a pickup the way the kiosk does: the citizen's phone and code, sent with the test terminal's key. */
export function startKioskPickup(hub: SeededHub, phone: string, code: string) {
  return hub.app.inject({
    method: 'POST',
    url: '/api/v1/kiosk/pickups',
    headers: hub.terminalHeaders,
    payload: { phone, code },
  });
}

/** The code of the newest SMS to a document (ties broken by reading all: the tests advance the clock between). */
export async function latestCode(hub: SeededHub, documentId: string): Promise<string> {
  const rows = await hub.ctx.db
    .selectFrom('sms_messages')
    .select(['body_sealed', 'created_at'])
    .where('document_id', '=', documentId)
    .orderBy('created_at', 'desc')
    .execute();
  const newest = rows[0];
  expect(newest?.body_sealed, 'an SMS with a code').toBeTruthy();
  expect(
    rows.filter((r) => r.created_at === newest!.created_at),
    'one newest SMS',
  ).toHaveLength(1);
  const body = unseal(hub.config.secrets.smsSealKey, newest!.body_sealed!);
  const match = /(?<!\d)(\d{6})(?!\d)/.exec(body);
  expect(match, `a 6-digit code in "${body}"`).not.toBeNull();
  return match![1]!;
}

export async function smsCount(hub: SeededHub, documentId: string): Promise<number> {
  const rows = await hub.ctx.db
    .selectFrom('sms_messages')
    .select('id')
    .where('document_id', '=', documentId)
    .execute();
  return rows.length;
}
