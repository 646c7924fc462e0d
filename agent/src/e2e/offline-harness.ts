/**
 * The world of the offline pickup test (docs/offline.md): a hub that can be stopped and started again on the same
 * database and port (as a restarted hub process would: new app, new box link, new job runner, nothing kept in
 * memory), the Kerong CU16 line behind a pty, and the agent process with its offline kiosk API on loopback.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { JobRunner } from '../../../server/src/jobs/job-runner.ts';
import { jobDefinitions } from '../../../server/src/jobs/job-definitions.ts';
import { BoxLinkHub } from '../../../server/src/modules/boxes/box-link-hub.ts';
import { demoBox, seedTestHub, type SeededHub } from '../../../server/src/testing/fixtures.ts';
import { createTestHub } from '../../../server/src/testing/test-context.ts';
import { AgentProcess } from './e2e-harness.ts';

const hubConfig = {
  box: { linkHeartbeatSeconds: 1 },
  pickup: { unlockTimeoutSeconds: 20, doorOpenAlertSeconds: 600 },
};

export interface RestartableHub {
  /** The running hub (a new object after each restart). */
  hub: SeededHub;
  port: number;
  secret: string;
  clockOffsetMs: number;
  /** The hub's time now (its clock runs at real speed, also while the hub is stopped). */
  now(): string;
  stop(): Promise<void>;
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startRestartableHub(): Promise<RestartableHub> {
  const first = await seedTestHub(await createTestHub({ config: hubConfig }));
  const clocks = [first.clock];
  let last = Date.now();
  const clockOffsetMs = first.clock.now().getTime() - last;
  const ticker = setInterval(() => {
    const now = Date.now();
    for (const clock of clocks) clock.advance(now - last);
    last = now;
  }, 10);

  let current: SeededHub = first;
  let link: BoxLinkHub | undefined;
  let runner: JobRunner | undefined;
  let port = 0;
  let running = false;

  const run = async (hub: SeededHub) => {
    link = new BoxLinkHub(hub.ctx);
    runner = new JobRunner(hub.ctx, jobDefinitions);
    const [l, r] = [link, runner];
    hub.ctx.onBoxCommandsQueued = (boxId) => l.wake(boxId);
    hub.ctx.onJobsQueued = () => r.wake();
    await hub.app.listen({ host: '127.0.0.1', port });
    port = (hub.app.server.address() as { port: number }).port;
    link.start(200);
    runner.start();
    running = true;
  };
  await run(first);
  const issued = await first.app.inject({
    method: 'POST',
    url: `/api/v1/boxes/${demoBox.id}/agent-secret`,
    headers: first.staffHeaders.admin,
  });
  if (issued.statusCode !== 201) throw new Error(`issuing the agent secret failed: ${issued.body}`);

  const stop = async () => {
    if (!running) return;
    running = false;
    await runner?.stop();
    await link?.stop();
    await current.app.close();
  };

  const world: RestartableHub = {
    hub: first,
    port,
    secret: issued.json().secret as string,
    clockOffsetMs,
    now: () => first.clock.now().toISOString(),
    stop,
    restart: async () => {
      await stop();
      const next = await createTestHub({ config: hubConfig, sameDatabaseAs: first, now: world.now() });
      clocks.push(next.clock);
      // Sessions and the terminal key live in the database: the same headers work for the new process.
      current = Object.assign(next, {
        staffHeaders: first.staffHeaders,
        staffPrincipal: first.staffPrincipal,
        terminalHeaders: first.terminalHeaders,
      });
      world.hub = current;
      await run(current);
    },
    close: async () => {
      clearInterval(ticker);
      await stop();
      if (current !== first) await current.close();
      await first.database.destroy();
    },
  };
  return world;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The agent process with the offline kiosk API and a (simulated) camera for evidence images. */
export function offlineAgent(settings: {
  hub: RestartableHub;
  serialPath: string;
  dataDir: string;
  kioskPort: number;
  brakeFailures: number;
}): AgentProcess {
  const agent = new AgentProcess({
    hubPort: settings.hub.port,
    secret: settings.hub.secret,
    serialPath: settings.serialPath,
    dataDir: settings.dataDir,
    clockOffsetMs: settings.hub.clockOffsetMs,
  });
  const file = join(settings.dataDir, 'agent.json');
  const config = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  writeFileSync(
    file,
    JSON.stringify({
      ...config,
      mode: 'demo',
      camera: { kind: 'simulated' },
      offline: { kioskPort: settings.kioskPort, brakeFailures: settings.brakeFailures, graceSeconds: 2 },
    }),
  );
  return agent;
}

/** The kiosk talking to the agent's loopback API, as it does when the hub cannot be reached. */
export function agentKiosk(port: number, terminalKey: string) {
  const call = async (method: 'GET' | 'POST', path: string, body?: unknown) => {
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/kiosk${path}`, {
      method,
      headers: {
        'x-terminal-key': terminalKey,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
  };
  return {
    settings: () => call('GET', '/settings'),
    start: (phone: string, code: string) => call('POST', '/pickups', { phone, code }),
    check: (id: string, dob: { day: number; month: number; year: number }) =>
      call('POST', `/pickups/${id}/check`, dob),
    pinLetter: (id: string, received: boolean) => call('POST', `/pickups/${id}/pin-letter`, { received }),
    open: (id: string) => call('POST', `/pickups/${id}/open`, {}),
    status: (id: string) => call('GET', `/pickups/${id}`),
  };
}
