import type { AgentToHubMessage, HubToAgentMessage } from '@buergerpunkt/contracts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoBox } from '../../testing/fixtures.ts';
import type { BoxAttachment } from './box-link-hub.ts';
import {
  auditActions,
  command,
  compartment,
  createBoxTestHub,
  documentRow,
  documentState,
  loadAndNotify,
  requestLoading,
  startPickup,
  type BoxTestHub,
} from './box-test-support.ts';
import { registerTestDocument } from '../../testing/fixtures.ts';

/** A hand-driven agent: records what the hub sends, sends exactly what the test says (as JSON text). */
function fakeAgent(t: BoxTestHub) {
  const received: HubToAgentMessage[] = [];
  let closed = false;
  const attachment: BoxAttachment = t.sim.link.attach(demoBox.id, {
    send: (message) => received.push(JSON.parse(JSON.stringify(message)) as HubToAgentMessage),
    close: () => {
      closed = true;
    },
  });
  return {
    received,
    get closed() {
      return closed;
    },
    attachment,
    send(message: AgentToHubMessage | unknown) {
      attachment.receive(typeof message === 'string' ? message : JSON.stringify(message));
    },
    commands: () => received.filter((m) => m.kind === 'command'),
    receipts: () => received.filter((m) => m.kind === 'event_receipt').map((m) => m.eventId),
  };
}

describe('box link: acknowledged, idempotent, validated', () => {
  let t: BoxTestHub;
  beforeEach(async () => {
    t = await createBoxTestHub();
  });
  afterEach(() => t.hub.close());

  it('processes a replayed event once and receipts every copy', async () => {
    const { hub, sim } = t;
    const { documentId, number } = await loadAndNotify(t);
    await startPickup(t, documentId, number);
    sim.box().take(number);
    await sim.settle();

    const agent = fakeAgent(t); // the box reconnects as a hand-driven agent
    await sim.settle();
    expect(sim.box().online).toBe(false); // the new connection replaced the simulated one
    const closed = {
      kind: 'event',
      eventId: 'evt-close-0001',
      type: 'door_closed',
      compartment: number,
      occupied: false,
      at: hub.clock.now().toISOString(),
    };
    agent.send(closed);
    agent.send(closed);
    await sim.settle();
    agent.send(closed);
    await sim.settle();

    expect(await documentState(hub, documentId)).toBe('picked_up');
    expect(
      (await auditActions(hub, documentId)).filter((a) => a === 'document.complete_pickup'),
    ).toHaveLength(1);
    // Processed once: one close audited for the pickup (plus the one that ended the loading).
    const closes = (await auditActions(hub, `${demoBox.id}-${number}`)).filter(
      (a) => a === 'compartment.door_closed',
    );
    expect(closes).toHaveLength(2);
    const stored = await hub.ctx.db
      .selectFrom('box_events')
      .select('id')
      .where('id', 'like', '%evt-close-0001')
      .execute();
    expect(stored).toHaveLength(1);
    expect(agent.receipts()).toEqual(['evt-close-0001', 'evt-close-0001', 'evt-close-0001']);
  });

  it('sends commands oldest first and resends the unacknowledged ones on a new connection only', async () => {
    const { hub, sim } = t;
    const first = fakeAgent(t);
    await sim.settle();
    const a = await registerTestDocument(hub);
    const b = await registerTestDocument(hub);
    hub.clock.advance(1000);
    expect((await requestLoading(hub, { documentId: a.id })).statusCode).toBe(200);
    hub.clock.advance(1000);
    expect((await requestLoading(hub, { documentId: b.id })).statusCode).toBe(200);
    await sim.settle();
    const unlocks = first.commands().filter((c) => c.type === 'unlock');
    expect(unlocks.map((c) => (c.type === 'unlock' ? c.compartment : 0))).toEqual([1, 2]);
    const ids = unlocks.map((c) => c.commandId);
    for (const id of ids) expect(await command(hub, id)).toMatchObject({ status: 'sent' });

    // A wake on the same connection sends nothing twice.
    sim.link.wake(demoBox.id);
    await sim.settle();
    expect(first.commands().filter((c) => c.type === 'unlock')).toHaveLength(2);

    const second = fakeAgent(t);
    await sim.settle();
    expect(first.closed).toBe(true);
    const resent = second.commands().filter((c) => c.type === 'unlock');
    expect(resent.map((c) => c.commandId)).toEqual(ids);

    // Acks: the first completes the command, a repeat or an unknown id changes nothing.
    second.send({ kind: 'ack', commandId: ids[0], ok: true });
    second.send({ kind: 'ack', commandId: ids[0], ok: false, fault: 'late' });
    second.send({ kind: 'ack', commandId: 'unknown-command-id', ok: false });
    await sim.settle();
    expect(await command(hub, ids[0]!)).toMatchObject({ status: 'done', result: '{"ok":true}' });
    expect(await documentState(hub, a.id)).toBe('loading');
    // Messages through the replaced connection are ignored.
    first.send({ kind: 'ack', commandId: ids[1], ok: false, fault: 'stale' });
    await sim.settle();
    expect(await command(hub, ids[1]!)).toMatchObject({ status: 'sent' });
  });

  it('resends a long backlog in pages, oldest first, and fails commands that are not protocol messages', async () => {
    const { hub, sim } = t;
    sim.box().disconnect();
    await sim.settle();
    const base = Date.parse('2026-11-24T08:00:00.000Z');
    const backlog = Array.from({ length: 450 }, (_, i) => ({
      id: `backlog-${String(i).padStart(4, '0')}`,
      box_id: demoBox.id,
      type: 'read_status',
      payload: '{}',
      document_id: null,
      status: 'sent',
      result: null,
      created_at: new Date(base + i * 1000).toISOString(),
      sent_at: new Date(base + i * 1000).toISOString(),
      completed_at: null,
    }));
    await hub.ctx.db.insertInto('box_commands').values(backlog).execute();
    await hub.ctx.db
      .insertInto('box_commands')
      .values({
        ...backlog[0]!,
        id: 'bad-unlock-1',
        type: 'unlock',
        payload: '{"compartment":5000}',
        status: 'pending',
      })
      .execute();
    const agent = fakeAgent(t);
    await sim.settle();
    const ids = agent.commands().map((c) => c.commandId);
    expect(ids.slice(0, 450)).toEqual(backlog.map((b) => b.id));
    expect(ids).toHaveLength(451); // and the read_status of this connection
    expect(ids).not.toContain('bad-unlock-1');
    expect(await command(hub, 'bad-unlock-1')).toMatchObject({ status: 'failed' });
    expect(JSON.parse((await command(hub, 'bad-unlock-1')).result!)).toEqual({
      ok: false,
      fault: 'invalid_command',
    });
  });

  it('lets the simulated box carry out a resent command once', async () => {
    const { hub, sim } = t;
    const { documentId, number } = await loadAndNotify(t);
    const commandId = await startPickup(t, documentId, number);
    expect(await command(hub, commandId)).toMatchObject({ status: 'done' });
    // The ack got lost on the way: the hub still thinks the command is only sent.
    await hub.ctx.db
      .updateTable('box_commands')
      .set({ status: 'sent', result: null, completed_at: null })
      .where('id', '=', commandId)
      .execute();
    sim.box().disconnect();
    sim.box().connect();
    await sim.settle();
    expect(
      sim
        .box()
        .executedCommandIds()
        .filter((id) => id === commandId),
    ).toHaveLength(1);
    expect(await command(hub, commandId)).toMatchObject({ status: 'done' });
    const openings = await hub.ctx.db
      .selectFrom('box_events')
      .select('id')
      .where('type', '=', 'door_opened')
      .execute();
    expect(openings).toHaveLength(2); // loading and pickup, not a third
    expect(await documentState(hub, documentId)).toBe('pickup_in_progress');
  });

  it('drops messages that are not protocol messages and keeps working', async () => {
    const { hub, sim } = t;
    const agent = fakeAgent(t);
    await sim.settle();
    const at = hub.clock.now().toISOString();
    const hostile: unknown[] = [
      'not json at all',
      '{"kind":"event"',
      '{}',
      'null',
      '42',
      JSON.stringify({ kind: 'ack', commandId: 'short', ok: true }),
      JSON.stringify({ kind: 'event', eventId: 'evt-bad-000001', type: 'door_opened', compartment: 0, at }),
      JSON.stringify({
        kind: 'event',
        eventId: 'evt-bad-000002',
        type: 'door_opened',
        compartment: 1,
        at: 'today',
      }),
      JSON.stringify({ kind: 'event', eventId: 'evt-bad-000003', type: 'explode', compartment: 1, at }),
      JSON.stringify({ kind: 'event', eventId: 'evt-bad-000004', type: 'fault', fault: 'x'.repeat(65), at }),
      JSON.stringify({ kind: 'command', commandId: 'evt-bad-000005', type: 'unlock', compartment: 1 }),
      `{"kind":"event","eventId":"${'e'.repeat(300_000)}"}`,
      { kind: 'ack', commandId: { $ne: null }, ok: true },
    ];
    for (const message of hostile) agent.attachment.receive(message);
    agent.send({
      kind: 'event',
      eventId: 'evt-unknown-compartment',
      type: 'door_opened',
      compartment: 999,
      at,
    });
    agent.send({ kind: 'event', eventId: 'evt-good-000001', type: 'door_opened', compartment: 5, at });
    await sim.settle();

    expect(agent.receipts()).toEqual(['evt-unknown-compartment', 'evt-good-000001']);
    const stored = await hub.ctx.db.selectFrom('box_events').select('id').execute();
    expect(stored.map((s) => s.id).sort()).toEqual(
      [`${demoBox.id}:evt-good-000001`, `${demoBox.id}:evt-unknown-compartment`].sort(),
    );
    expect(await compartment(hub, 5)).toMatchObject({ door: 'open' });
  });

  it('takes the box’s status reading on connect', async () => {
    const { hub, sim } = t;
    const agent = fakeAgent(t);
    await sim.settle();
    const read = agent.commands().find((c) => c.type === 'read_status');
    expect(read).toBeDefined();
    agent.send({
      kind: 'ack',
      commandId: read!.commandId,
      ok: true,
      statuses: [
        { compartment: 3, door: 'open', occupied: false },
        { compartment: 4, door: 'unknown', occupied: null },
      ],
    });
    await sim.settle();
    expect(await compartment(hub, 3)).toMatchObject({ door: 'open', sensor_occupied: 0 });
    expect((await compartment(hub, 3)).door_opened_at).not.toBeNull();
    expect(await compartment(hub, 4)).toMatchObject({ door: 'unknown', sensor_occupied: null });
    const box = await hub.ctx.db
      .selectFrom('boxes')
      .selectAll()
      .where('id', '=', demoBox.id)
      .executeTakeFirstOrThrow();
    expect(box.link_connected).toBe(1);
    agent.attachment.detach();
    await sim.settle();
    const after = await hub.ctx.db
      .selectFrom('boxes')
      .selectAll()
      .where('id', '=', demoBox.id)
      .executeTakeFirstOrThrow();
    expect(after.link_connected).toBe(0);
    const document = await registerTestDocument(hub);
    expect((await requestLoading(hub, { documentId: document.id })).json()).toMatchObject({
      code: 'box_offline',
    });
    expect((await documentRow(hub, document.id)).state).toBe('registered');
  });
});
