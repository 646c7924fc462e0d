import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentStates } from '@buergerpunkt/contracts';
import { createTestHub } from '../../testing/test-context.ts';
import { registerTestDocument, seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { AppError } from '../../platform/errors.ts';
import type { Principal } from '../../platform/principal.ts';
import { verifyAuditLog } from '../audit/audit-service.ts';
import { transitions, type TransitionName } from './lifecycle.ts';
import { transitionDocument } from './transition-document.ts';
import { placeWaitingDocument } from '../../testing/waiting-document-fixture.ts';

const allTriggers: Principal = {
  actor: { type: 'system', id: null },
  triggers: ['admin', 'clerk', 'loader', 'integration', 'citizen', 'box', 'system'],
};

describe('transitionDocument on a real database', () => {
  let hub: SeededHub;
  beforeEach(async () => {
    hub = await seedTestHub(await createTestHub());
  });
  afterEach(() => hub.close());

  it('refuses every forbidden transition and leaves the document untouched', async () => {
    const document = await registerTestDocument(hub);
    for (const state of documentStates) {
      await hub.ctx.db.updateTable('documents').set({ state }).where('id', '=', document.id).execute();
      for (const name of Object.keys(transitions) as TransitionName[]) {
        if ((transitions[name].from as readonly string[]).includes(state)) continue;
        const attempt = hub.ctx.db.transaction().execute((trx) =>
          transitionDocument(trx, {
            documentId: document.id,
            transition: name,
            principal: allTriggers,
            at: 'x',
          }),
        );
        await expect(attempt, `${name} from ${state}`).rejects.toMatchObject({ status: 409 });
        const row = await hub.ctx.db
          .selectFrom('documents')
          .select('state')
          .where('id', '=', document.id)
          .executeTakeFirstOrThrow();
        expect(row.state).toBe(state);
      }
    }
  });

  it('refuses a permitted move by the wrong role with 403', async () => {
    const document = await registerTestDocument(hub);
    const attempt = hub.ctx.db.transaction().execute((trx) =>
      transitionDocument(trx, {
        documentId: document.id,
        transition: 'cancel',
        principal: hub.staffPrincipal('loader'),
        at: hub.ctx.clock.now().toISOString(),
      }),
    );
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ status: 403, code: 'transition_not_permitted' });
  });

  it('lets exactly one of two racing transitions win, and audits only the winner', async () => {
    const document = await registerTestDocument(hub);
    const at = hub.ctx.clock.now().toISOString();
    const move = (transition: TransitionName) =>
      hub.ctx.db.transaction().execute((trx) =>
        transitionDocument(trx, {
          documentId: document.id,
          transition,
          principal: hub.staffPrincipal('clerk'),
          at,
        }),
      );
    const results = await Promise.allSettled([move('cancel'), move('prepare_transport'), move('cancel')]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const audits = await hub.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', document.id)
      .execute();
    expect(audits.map((a) => a.action).filter((a) => a !== 'document.register')).toHaveLength(1);
    expect((await verifyAuditLog(hub.ctx.db)).ok).toBe(true);
  });

  it('serves the office actions over HTTP with roles and problem responses', async () => {
    const document = await registerTestDocument(hub);
    const asLoader = await hub.app.inject({
      method: 'POST',
      url: `/api/v1/documents/${document.id}/cancel`,
      headers: hub.staffHeaders.loader,
    });
    expect(asLoader.statusCode).toBe(403);
    const asClerk = await hub.app.inject({
      method: 'POST',
      url: `/api/v1/documents/${document.id}/cancel`,
      headers: hub.staffHeaders.clerk,
      payload: { note: 'Bürger holt am Schalter ab' },
    });
    expect(asClerk.statusCode).toBe(200);
    expect(asClerk.json()).toMatchObject({ state: 'cancelled', phoneMasked: '+49151****789' });
    const again = await hub.app.inject({
      method: 'POST',
      url: `/api/v1/documents/${document.id}/cancel`,
      headers: hub.staffHeaders.clerk,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'invalid_transition' });
  });

  it('registers over HTTP with phone validation and duplicate detection', async () => {
    const body = {
      reference: 'HN-2026-77777',
      officeId: 'buergeramt-hn',
      typeId: 'civil_certificate',
      holderName: 'Max Mustermann',
      phone: '+49 (0)170 1234567',
    };
    const created = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/documents',
      headers: hub.staffHeaders.clerk,
      payload: body,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ state: 'registered', phoneMasked: '+49170****567' });
    const duplicate = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/documents',
      headers: hub.staffHeaders.clerk,
      payload: body,
    });
    // The same registration again is the same document (issue 16); other content for the reference is refused.
    expect(duplicate.statusCode).toBe(200);
    expect(duplicate.json().id).toBe(created.json().id);
    const otherContent = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/documents',
      headers: hub.staffHeaders.clerk,
      payload: { ...body, holderName: 'Moritz Mustermann' },
    });
    expect(otherContent.json()).toMatchObject({ status: 409, code: 'duplicate_reference' });
    const landline = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/documents',
      headers: hub.staffHeaders.clerk,
      payload: { ...body, reference: 'HN-2026-77778', phone: '03303 5280' },
    });
    expect(landline.json()).toMatchObject({ status: 422, code: 'phone_not_mobile' });
    const badDate = await hub.app.inject({
      method: 'POST',
      url: '/api/v1/documents',
      headers: hub.staffHeaders.clerk,
      payload: { ...body, reference: 'HN-2026-77779', typeId: 'id_card', dateOfBirth: '1970-02-30' },
    });
    expect(badDate.statusCode).toBe(400);
  });

  it('lists documents with their compartment numbers and filters by state', async () => {
    const waiting = await placeWaitingDocument(hub, { compartmentNumber: 6 });
    const registered = await registerTestDocument(hub);
    const all = await hub.app.inject({ url: '/api/v1/documents', headers: hub.staffHeaders.zone });
    expect(all.statusCode).toBe(200);
    const byId = new Map(all.json().items.map((d: { id: string }) => [d.id, d]));
    expect(byId.get(waiting.id)).toMatchObject({
      state: 'notified',
      compartmentNumber: 6,
      boxId: 'dokbox-hn',
    });
    expect(byId.get(registered.id)).toMatchObject({ state: 'registered', compartmentNumber: null });
    const notified = await hub.app.inject({
      url: '/api/v1/documents?state=notified',
      headers: hub.staffHeaders.clerk,
    });
    expect(notified.json().items.map((d: { id: string }) => d.id)).toEqual([waiting.id]);
  });
});
