/**
 * Alerts that reach people (issue 15), end to end on a real database: the rules find the conditions, the notifier
 * queues one job per recipient, and the job runner delivers them to a real SMTP server (`smtp-server`) and a local
 * webhook receiver that checks the Standard Webhooks signature. Repeats are folded, quiet hours hold messages back,
 * a failing webhook is retried. The clock is the test's.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { Webhook } from 'standardwebhooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jobDefinitions } from '../../jobs/job-definitions.ts';
import { JobRunner } from '../../jobs/job-runner.ts';
import { placeNotifiedDocument } from '../../modules/kiosk/kiosk-test-support.ts';
import { registerTestDocument, seedTestHub, type SeededHub } from '../../testing/fixtures.ts';
import { createTestHub } from '../../testing/test-context.ts';
import type { AlertProbes } from './alert-conditions.ts';
import { inQuietHours, notifyAlerts } from './notify-alerts.ts';

const webhookSecret = 'whsec_' + Buffer.from('alert-webhook-secret-for-tests-0123456789').toString('base64');

/** The receiver's check (signature, id, timestamp within 5 minutes of its clock), with its clock at the hub's. */
function verifyWebhook(hook: { headers: Record<string, string>; body: string }, now: Date): unknown {
  vi.useFakeTimers({ toFake: ['Date'], now });
  try {
    return new Webhook(webhookSecret).verify(hook.body, hook.headers);
  } finally {
    vi.useRealTimers();
  }
}

interface Mail {
  from: string;
  to: string[];
  raw: string;
}

/** Quoted-printable body and encoded-word headers back to text, enough to read what nodemailer wrote. */
function readable(raw: string): string {
  const unfolded = raw.replace(/=\r?\n/g, '');
  const words = unfolded.replace(/=\?UTF-8\?Q\?(.*?)\?=/gi, (_, q: string) => q.replace(/_/g, ' '));
  return Buffer.from(
    words.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
}

describe('alert notifications by e-mail and webhook', () => {
  let hub: SeededHub;
  let smtp: SMTPServer;
  let receiver: Server;
  let mails: Mail[];
  let hooks: { headers: Record<string, string>; body: string }[];
  let hookAnswers: number[];
  let runner: JobRunner;
  let disk = { free: 50, total: 100 };
  const probes: AlertProbes = {
    disk: async () => disk,
    auditIntact: async () => ({ ok: true, problems: 0 }),
  };

  beforeEach(async () => {
    mails = [];
    hooks = [];
    hookAnswers = [];
    disk = { free: 50, total: 100 };
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('latin1')));
        stream.on('end', () => {
          mails.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: readable(raw),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        hooks.push({ headers: request.headers as Record<string, string>, body });
        response.statusCode = hookAnswers.shift() ?? 204;
        response.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const smtpPort = (smtp.server.address() as AddressInfo).port;
    const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/bp`;
    hub = await seedTestHub(
      await createTestHub({
        config: {
          alerts: {
            recipients: { default: ['it@stadt.example'], box_offline: ['zone@stadt.example', hookUrl] },
            smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
            emailFrom: 'Bürgerpunkt <bp@stadt.example>',
            webhookSecret,
            repeatMinutes: 60,
            boxOfflineMinutes: 10,
            quietHoursStart: '22:00',
            quietHoursEnd: '06:00',
          },
        },
      }),
    );
    runner = new JobRunner(hub.ctx, jobDefinitions);
  });

  afterEach(async () => {
    await hub.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    await new Promise((resolve) => receiver.close(resolve));
  });

  const at = (iso: string) => hub.clock.set(iso);
  const boxLink = (connected: boolean, changedMinutesAgo: number) =>
    hub.ctx.db
      .updateTable('boxes')
      .set({
        link_connected: connected ? 1 : 0,
        link_changed_at: new Date(hub.clock.now().getTime() - changedMinutesAgo * 60_000).toISOString(),
      })
      .where('id', '=', 'dokbox-hn')
      .execute();

  it('mails and signs a webhook per recipient, folds repeats and respects quiet hours', async () => {
    // Tuesday 10:00 in Berlin: the demo box is open; its agent has been gone for half an hour; the disk is full.
    at('2026-11-24T09:00:00Z');
    await boxLink(false, 30);
    disk = { free: 5, total: 100 };
    const first = await notifyAlerts(hub.ctx, probes);
    expect(first.notified.sort()).toEqual(['box_offline:dokbox-hn', 'disk_full']);
    expect(await runner.runDueJobs()).toBe(3);

    expect(mails.map((m) => m.to).sort()).toEqual([['it@stadt.example'], ['zone@stadt.example']]);
    const offlineMail = mails.find((m) => m.to[0] === 'zone@stadt.example')!;
    expect(offlineMail.from).toBe('bp@stadt.example');
    expect(offlineMail.raw).toContain('X-Buergerpunkt-Alert: box_offline:dokbox-hn');
    expect(offlineMail.raw).toMatch(/Subject: \[Bürgerpunkt\] DokBox .* ist nicht verbunden/);
    expect(mails.find((m) => m.to[0] === 'it@stadt.example')!.raw).toContain('fast voll: 5.0 % frei');

    expect(hooks).toHaveLength(1);
    const hook = hooks[0]!;
    // The receiver's check: signature, id and timestamp as Standard Webhooks define them (at the hub's clock).
    const verified = verifyWebhook(hook, hub.clock.now());
    expect(verified).toMatchObject({ type: 'alert.box_offline', data: { key: 'box_offline:dokbox-hn' } });
    expect(Number(hook.headers['webhook-timestamp'])).toBe(Date.parse('2026-11-24T09:00:00Z') / 1000);
    expect(() =>
      verifyWebhook({ ...hook, body: hook.body.replace('box_offline', 'box_online') }, hub.clock.now()),
    ).toThrow();

    // Still offline five minutes later: nothing new.
    at('2026-11-24T09:05:00Z');
    expect((await notifyAlerts(hub.ctx, probes)).notified).toEqual([]);
    disk = { free: 50, total: 100 };

    // The box comes back (and the disk has room again): one "resolved" message each, through the same channels.
    // Then the box drops and comes back twice within the hour: folded, nothing more sent…
    for (const minute of ['10', '25']) {
      at(`2026-11-24T09:${minute}:00Z`);
      await boxLink(true, 0);
      const back = await notifyAlerts(hub.ctx, probes);
      expect(back.conditions).toEqual([]);
      expect(back.resolved).toEqual(minute === '10' ? ['box_offline:dokbox-hn', 'disk_full'] : []);
      at(`2026-11-24T09:${Number(minute) + 12}:00Z`);
      await boxLink(false, 11);
      expect((await notifyAlerts(hub.ctx, probes)).notified).toEqual([]);
    }
    expect(await runner.runDueJobs()).toBe(3);
    expect(mails).toHaveLength(4);
    const resolvedMail = mails.slice(2).find((m) => m.to[0] === 'zone@stadt.example')!;
    expect(resolvedMail.raw).toMatch(/Behoben: DokBox .* ist nicht verbunden/);
    expect(resolvedMail.raw).toContain('X-Buergerpunkt-Alert: box_offline:dokbox-hn');
    expect(resolvedMail.raw).toContain('X-Buergerpunkt-Alert-State: resolved');
    expect(resolvedMail.raw).toContain('Besteht nicht mehr seit: 2026-11-24T09:10:00.000Z');
    expect(mails.slice(2).find((m) => m.to[0] === 'it@stadt.example')!.raw).toContain(
      'Behoben: Datenträger des Hubs fast voll',
    );
    expect(hooks).toHaveLength(2);
    expect(verifyWebhook(hooks[1]!, hub.clock.now())).toMatchObject({
      type: 'alert.box_offline.resolved',
      data: { key: 'box_offline:dokbox-hn', state: 'resolved', resolvedAt: '2026-11-24T09:10:00.000Z' },
    });
    // …until the hour since the last alert message is over: one message, saying how often it happened.
    at('2026-11-24T10:00:00Z');
    expect((await notifyAlerts(hub.ctx, probes)).notified).toEqual(['box_offline:dokbox-hn']);
    hookAnswers.push(503);
    expect(await runner.runDueJobs()).toBe(2);
    expect(mails).toHaveLength(5);
    expect(mails[4]!.raw).toContain('Seit der letzten Meldung 2-mal aufgetreten.');
    expect(mails[4]!.raw).toContain('X-Buergerpunkt-Alert-State: firing');
    // The webhook answered 503: retried with backoff under the same message id, and then delivered.
    expect(hooks).toHaveLength(3);
    at('2026-11-24T10:10:00Z');
    expect(await runner.runDueJobs()).toBe(1);
    expect(hooks).toHaveLength(4);
    expect(hooks[3]!.headers['webhook-id']).toBe(hooks[2]!.headers['webhook-id']);
    expect(verifyWebhook(hooks[3]!, hub.clock.now())).toMatchObject({
      type: 'alert.box_offline',
      text: expect.stringContaining('2-mal aufgetreten'),
      data: { state: 'firing' },
    });

    // Quiet hours (22:00–06:00 Berlin): the disk fills up at night; the message waits for the morning.
    disk = { free: 3, total: 100 };
    at('2026-11-24T22:30:00Z');
    expect(inQuietHours(hub.ctx, hub.clock.now())).toBe(true);
    const night = await notifyAlerts(hub.ctx, probes);
    expect(night.conditions).toContain('disk_full');
    expect(night.notified).toEqual([]);
    // The box's offline condition ended at closing time (it counts only while the box is open): that message also
    // waited for the morning.
    at('2026-11-25T05:01:00Z');
    const morning = await notifyAlerts(hub.ctx, probes);
    expect(morning.notified).toEqual(['disk_full']);
    expect(morning.resolved).toEqual(['box_offline:dokbox-hn']);
    expect(await runner.runDueJobs()).toBe(3);
    const diskMail = mails.slice(5).find((m) => m.to[0] === 'it@stadt.example')!;
    expect(diskMail.raw).toContain('fast voll: 3.0 % frei');
    expect(mails.slice(5).find((m) => m.to[0] === 'zone@stadt.example')!.raw).toContain(
      'X-Buergerpunkt-Alert-State: resolved',
    );

    const audited = await hub.ctx.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'alert.notification_queued')
      .orderBy('seq')
      .execute();
    expect(audited.map((a) => a.entity_id)).toEqual([
      'box_offline:dokbox-hn',
      'disk_full',
      'box_offline:dokbox-hn',
      'disk_full',
    ]);
  });

  it('sends a resolved message once per alert, holds it in the quiet hours, and drops it when the condition comes back', async () => {
    // 21:00 in Berlin (quiet hours from 22:00): the disk fills up, the alert goes out.
    at('2026-11-24T20:00:00Z');
    disk = { free: 4, total: 100 };
    expect((await notifyAlerts(hub.ctx, probes)).notified).toEqual(['disk_full']);
    // In the quiet hours it ends (nothing sent) and comes back before they are over.
    at('2026-11-24T21:30:00Z');
    disk = { free: 50, total: 100 };
    expect(await notifyAlerts(hub.ctx, probes)).toMatchObject({ conditions: [], resolved: [] });
    at('2026-11-24T22:00:00Z');
    disk = { free: 4, total: 100 };
    expect(await notifyAlerts(hub.ctx, probes)).toMatchObject({ notified: [], resolved: [] });
    // Morning: it still holds, so the alert is repeated and no "resolved" was ever sent.
    at('2026-11-25T05:01:00Z');
    expect(await notifyAlerts(hub.ctx, probes)).toMatchObject({ notified: ['disk_full'], resolved: [] });
    // It ends by day: one "resolved" message, and only one however often the pass runs.
    at('2026-11-25T08:00:00Z');
    disk = { free: 50, total: 100 };
    expect((await notifyAlerts(hub.ctx, probes)).resolved).toEqual(['disk_full']);
    at('2026-11-25T08:01:00Z');
    expect((await notifyAlerts(hub.ctx, probes)).resolved).toEqual([]);
    expect(await runner.runDueJobs()).toBe(3);
    // (The runner delivers due jobs in no particular order.)
    const stateOf = (m: Mail) => /X-Buergerpunkt-Alert-State: (\w+)/.exec(m.raw)?.[1];
    expect(mails.map(stateOf).sort()).toEqual(['firing', 'firing', 'resolved']);
    const resolved = mails.find((m) => stateOf(m) === 'resolved')!;
    expect(resolved.raw).toContain('Behoben: Datenträger des Hubs fast voll: 4.0 % frei');
    expect(resolved.raw).toContain('Besteht nicht mehr seit: 2026-11-25T08:00:00.000Z');
    const audited = await hub.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', 'disk_full')
      .orderBy('seq')
      .execute();
    expect(audited.map((a) => a.action)).toEqual([
      'alert.notification_queued',
      'alert.notification_queued',
      'alert.resolved_notification_queued',
    ]);
  });

  it('finds doors left open, SMS problems, full deposit compartments, reconcile cases and a broken audit chain', async () => {
    at('2026-11-24T09:00:00Z');
    await boxLink(true, 0);
    const now = hub.clock.now().toISOString();
    await hub.ctx.db
      .insertInto('alerts')
      .values(
        (['door_left_open', 'sms_failed'] as const).map((kind, i) => ({
          id: `alert-${i}`,
          kind,
          box_id: 'dokbox-hn',
          document_id: null,
          terminal_id: null,
          data: JSON.stringify(kind === 'door_left_open' ? { number: 12 } : {}),
          created_at: now,
          acknowledged_at: null,
          acknowledged_by: null,
          resolved_at: null,
          resolved_by: null,
        })),
      )
      .execute();
    // A code SMS that waits (no runner has sent it), every deposit compartment standing open, a reconcile case.
    await placeNotifiedDocument(hub, { compartmentNumber: 3 });
    await hub.ctx.db
      .updateTable('compartments')
      .set({ door: 'open' })
      .where('box_id', '=', 'dokbox-hn')
      .where('status', '=', 'deposit')
      .execute();
    const unclear = await registerTestDocument(hub, { reference: 'HN-RECONCILE-1' });
    await hub.ctx.db
      .updateTable('documents')
      .set({ state: 'needs_reconcile' })
      .where('id', '=', unclear.id)
      .execute();
    at('2026-11-24T09:20:00Z');
    const conditions = await notifyAlerts(hub.ctx, {
      ...probes,
      auditIntact: async () => ({ ok: false, problems: 2 }),
    });
    expect(conditions.conditions.sort()).toEqual([
      'audit_broken',
      'deposit_full:dokbox-hn',
      'door_left_open:dokbox-hn',
      'needs_reconcile',
      'sms_failing',
      'sms_stuck',
    ]);
    // Everything to the default recipient (the runner sends the waiting code SMS too).
    await runner.runDueJobs();
    expect(mails.map((m) => m.to)).toEqual(Array.from({ length: 6 }, () => ['it@stadt.example']));
    const texts = mails.map((m) => m.raw).join('\n');
    expect(texts).toContain('Fach 12 offen seit');
    expect(texts).toContain('Audit-Protokoll NICHT intakt (2 Problem(e))');
    expect(texts).toContain('HN-RECONCILE-1');
    expect(texts).toContain('1 SMS warten zu lange auf den Versand');
    expect(texts).toMatch(/Einwurffach für alte Ausweise voll/);
  });
});
