/**
 * Issue 14: one loader alone could open any occupied compartment from the back office, with no second person and
 * no alert. Now an occupied compartment needs a second, different loader's login in the same request, or an admin;
 * each such opening raises an alert, and the audit entry names both people and the reason.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoBox } from '../../testing/fixtures.ts';
import { hashPassword } from '../accounts/passwords.ts';
import { alerts, compartment, createBoxTestHub, loadAndNotify, type BoxTestHub } from './box-test-support.ts';

describe('remote opening of an occupied compartment', () => {
  let t: BoxTestHub;
  beforeEach(async () => {
    t = await createBoxTestHub();
    await t.hub.ctx.db
      .insertInto('staff_users')
      .values({
        id: 'second-loader-id',
        username: 'loader3',
        display_name: 'Lena Zweite (Test)',
        password_hash: await hashPassword('second-loader-pass'),
        roles: JSON.stringify(['loader']),
        office_id: null,
        active: 1,
        created_at: t.hub.ctx.clock.now().toISOString(),
      })
      .execute();
  });
  afterEach(() => t.hub.close());

  const open = (number: number, headers: Record<string, string>, payload: Record<string, unknown>) =>
    t.hub.app.inject({
      method: 'POST',
      url: `/api/v1/boxes/${demoBox.id}/compartments/${number}/open`,
      headers,
      payload,
    });
  const unlocks = (number: number) =>
    t.hub.ctx.db
      .selectFrom('box_commands')
      .select('id')
      .where('type', '=', 'unlock')
      .where('payload', '=', JSON.stringify({ compartment: number }))
      .where('document_id', 'is', null)
      .execute();
  const remoteOpenAudits = (compartmentId: string) =>
    t.hub.ctx.db
      .selectFrom('audit_log')
      .select(['actor_id', 'data'])
      .where('action', '=', 'compartment.remote_open')
      .where('entity_id', '=', compartmentId)
      .orderBy('seq')
      .execute();

  it('refuses a loader alone, with a clear code, and opens nothing', async () => {
    const { hub } = t;
    const loaded = await loadAndNotify(t);
    const alone = await open(loaded.number, hub.staffHeaders.loader, { reason: 'Fach prüfen' });
    expect(alone.statusCode).toBe(409);
    expect(alone.json().code).toBe('second_loader_required');
    const self = await open(loaded.number, hub.staffHeaders.loader, {
      reason: 'Fach prüfen',
      secondLoader: { username: 'loader', password: 'loader-password-for-tests' },
    });
    expect(self.json().code).toBe('second_loader_same_account');
    const wrong = await open(loaded.number, hub.staffHeaders.loader, {
      reason: 'Fach prüfen',
      secondLoader: { username: 'loader3', password: 'nicht-richtig' },
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().code).toBe('second_loader_invalid');
    expect(await unlocks(loaded.number)).toHaveLength(0);
    expect(await alerts(hub, 'occupied_compartment_opened')).toHaveLength(0);
    // The refused second login is recorded (it feeds the wait after repeated refusals).
    const refusals = await hub.ctx.db
      .selectFrom('audit_log')
      .select('data')
      .where('action', '=', 'loading.four_eyes_refused')
      .execute();
    expect(refusals.map((r) => JSON.parse(r.data!).reason)).toEqual([
      'second_loader_required',
      'second_loader_same_account',
      'second_loader_invalid',
    ]);
  });

  it('opens with a second loader, raises an alert and audits both people and the reason', async () => {
    const { hub } = t;
    const loaded = await loadAndNotify(t);
    const opened = await open(loaded.number, hub.staffHeaders.loader, {
      reason: 'Kundin vor Ort, Code verloren',
      secondLoader: { username: 'loader3', password: 'second-loader-pass' },
    });
    expect(opened.statusCode, opened.body).toBe(202);
    expect(await unlocks(loaded.number)).toHaveLength(1);
    const [alert, ...more] = await alerts(hub, 'occupied_compartment_opened');
    expect(more).toHaveLength(0);
    expect(alert).toMatchObject({ box_id: demoBox.id, document_id: loaded.documentId, resolved_at: null });
    const loaderId = hub.staffPrincipal('loader').actor.id;
    expect(JSON.parse(alert!.data)).toMatchObject({
      number: loaded.number,
      reason: 'Kundin vor Ort, Code verloren',
      openedBy: loaderId,
      secondLoader: 'second-loader-id',
    });
    const [audit] = await remoteOpenAudits((await compartment(hub, loaded.number)).id);
    expect(audit!.actor_id).toBe(loaderId);
    expect(JSON.parse(audit!.data!)).toMatchObject({
      reason: 'Kundin vor Ort, Code verloren',
      occupied: true,
      openedBy: loaderId,
      secondLoader: 'second-loader-id',
      documentId: loaded.documentId,
    });
  });

  it('lets an admin open alone, still with an alert; an empty compartment needs neither', async () => {
    const { hub } = t;
    const loaded = await loadAndNotify(t);
    const byAdmin = await open(loaded.number, hub.staffHeaders.admin, { reason: 'Kontrolle durch Leitung' });
    expect(byAdmin.statusCode, byAdmin.body).toBe(202);
    const raised = await alerts(hub, 'occupied_compartment_opened');
    expect(raised).toHaveLength(1);
    expect(JSON.parse(raised[0]!.data)).toMatchObject({
      openedBy: hub.staffPrincipal('admin').actor.id,
      secondLoader: null,
    });

    const empty = loaded.number === 5 ? 6 : 5;
    expect((await compartment(hub, empty)).document_id).toBeNull();
    const service = await open(empty, hub.staffHeaders.loader, { reason: 'Fach nach Reinigung prüfen' });
    expect(service.statusCode, service.body).toBe(202);
    expect(await alerts(hub, 'occupied_compartment_opened')).toHaveLength(1);
    const [audit] = await remoteOpenAudits((await compartment(hub, empty)).id);
    expect(JSON.parse(audit!.data!)).toMatchObject({ occupied: false, secondLoader: null });
  });
});
