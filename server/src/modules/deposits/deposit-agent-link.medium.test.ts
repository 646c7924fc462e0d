/**
 * The old-document reader at the box over the real link: the hub listening on a port, the real box agent (journal,
 * controller, WebSocket) with the simulated board and the simulated reader, driven through the dev simulator
 * routes as the browser tests drive it. The reader's answer travels as a protocol ack and decides the pickup.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { latestCode } from '../kiosk/kiosk-test-support.ts';
import { demoBox } from '../../testing/fixtures.ts';
import {
  registerAndLoadOverHttp,
  startEmbeddedAgentsHub,
  type EmbeddedAgentsHub,
} from '../../testing/embedded-agents-hub.ts';

const devUrl = `/api/v1/dev/simulator/boxes/${demoBox.id}`;
const depositNumber = 16;

describe('old-document reader at the agent, over the real link', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await cleanup?.();
    cleanup = undefined;
  });

  async function demoHub(): Promise<EmbeddedAgentsHub> {
    const started = await startEmbeddedAgentsHub();
    cleanup = started.close;
    return started;
  }

  it('the agent reads the deposited document; a wrong one is refused, the holder’s own lets the door open', async () => {
    const { hub: h, dataDir } = await demoHub();
    const act = (number: number, body: object) =>
      h.app.inject({ method: 'POST', url: `${devUrl}/compartments/${number}`, payload: body });
    const policy = await h.app.inject({
      method: 'PATCH',
      url: '/api/v1/document-types/passport',
      headers: h.staffHeaders.admin,
      payload: { pickupPolicy: { check: 'old_document_scan', windowOpeningDays: null } },
    });
    expect(policy.statusCode, policy.body).toBe(200);
    const { documentId, number } = await registerAndLoadOverHttp(h, {
      reference: 'HN-2026-DEP-0001',
      typeId: 'passport',
      dateOfBirth: '1964-08-12',
      oldDocumentNumber: 'C01X00T47',
    });
    expect(number).not.toBe(depositNumber);
    // Reading the box first lets the agent carry out the queued unlock, so the door is open for `place`.
    expect((await h.app.inject({ url: devUrl })).json().compartments[number - 1].door).toBe('open');
    expect((await act(number, { action: 'place' })).statusCode).toBe(200);
    expect((await act(number, { action: 'close' })).statusCode).toBe(200);

    const kiosk = h.terminalHeaders;
    const started = await h.app.inject({
      method: 'POST',
      url: '/api/v1/kiosk/pickups',
      headers: kiosk,
      payload: { phone: '0151 23456789', code: await latestCode(h, documentId) },
    });
    expect(started.statusCode, started.body).toBe(201);
    const base = `/api/v1/kiosk/pickups/${started.json().pickupId}`;
    const post = (url: string, payload: object = {}) =>
      h.app.inject({ method: 'POST', url, headers: kiosk, payload });
    const status = async () => (await h.app.inject({ url: base, headers: kiosk })).json();

    // First attempt: another person's document goes in.
    expect((await post(`${base}/check`)).json()).toMatchObject({ phase: 'waiting_for_deposit' });
    expect((await h.app.inject({ url: devUrl })).json().compartments[depositNumber - 1].door).toBe('open');
    const wrong = await act(depositNumber, {
      action: 'place',
      oldDocument: { documentNumber: 'C01X00T99', holderMatches: false },
    });
    expect(wrong.statusCode, wrong.body).toBe(200);
    expect((await act(depositNumber, { action: 'close' })).statusCode).toBe(200);
    expect(await status()).toMatchObject({
      phase: 'waiting_for_check',
      deposit: { status: 'refused', refusal: 'mismatch', keptInBox: true },
    });
    expect((await post(`${base}/open`)).json().code).toBe('check_required');
    expect((await h.app.inject({ url: devUrl })).json().compartments[number - 1].door).toBe('closed');

    // Staff take the wrong document out (loader collection through the same box link).
    const collect = await h.app.inject({
      method: 'POST',
      url: `/api/v1/boxes/${demoBox.id}/deposit-compartments/${depositNumber}/collect`,
      headers: h.staffHeaders.loader,
      payload: {},
    });
    expect(collect.statusCode, collect.body).toBe(202);
    expect((await h.app.inject({ url: devUrl })).json().compartments[depositNumber - 1].door).toBe('open');
    expect((await act(depositNumber, { action: 'take' })).statusCode).toBe(200);
    expect((await act(depositNumber, { action: 'close' })).statusCode).toBe(200);

    // Second attempt: the holder's own old document.
    expect((await post(`${base}/check`)).json()).toMatchObject({ phase: 'waiting_for_deposit' });
    expect((await h.app.inject({ url: devUrl })).json().compartments[depositNumber - 1].door).toBe('open');
    expect(
      (
        await act(depositNumber, {
          action: 'place',
          oldDocument: { documentNumber: 'C01X00T47', holderMatches: true },
        })
      ).statusCode,
    ).toBe(200);
    expect((await act(depositNumber, { action: 'close' })).statusCode).toBe(200);
    expect(await status()).toMatchObject({
      status: 'ready',
      phase: 'ready',
      deposit: { status: 'deposited' },
    });
    const opened = await post(`${base}/open`);
    expect(opened.statusCode, opened.body).toBe(200);
    expect((await h.app.inject({ url: devUrl })).json().compartments[number - 1].door).toBe('open');
    expect((await act(number, { action: 'take' })).statusCode).toBe(200);
    expect((await act(number, { action: 'close' })).statusCode).toBe(200);
    expect((await status()).phase).toBe('done');

    const reads = await h.ctx.db
      .selectFrom('box_commands')
      .select(['type', 'status', 'result'])
      .where('type', '=', 'read_old_document')
      .orderBy('created_at')
      .execute();
    expect(reads.map((r) => [r.status, JSON.parse(r.result!)])).toEqual([
      ['done', { ok: true }],
      ['done', { ok: true }],
    ]);
    // The number read exists only masked and hashed at the hub, and nowhere in the agent's journal files.
    const agentDir = join(dataDir, 'agents', demoBox.id);
    for (const file of readdirSync(agentDir)) {
      expect(readFileSync(join(agentDir, file)).includes('C01X00T47'), file).toBe(false);
    }
  }, 180_000);

  it('the dev route lays an old document only with place', async () => {
    const { hub: h } = await demoHub();
    const refused = await h.app.inject({
      method: 'POST',
      url: `${devUrl}/compartments/${depositNumber}`,
      payload: { action: 'close', oldDocument: { documentNumber: 'C01X00T47' } },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('simulator_old_document_needs_place');
    const closedDoor = await h.app.inject({
      method: 'POST',
      url: `${devUrl}/compartments/${depositNumber}`,
      payload: { action: 'place', oldDocument: { documentNumber: 'C01X00T47' } },
    });
    expect(closedDoor.statusCode).toBe(409);
  }, 120_000);
});
