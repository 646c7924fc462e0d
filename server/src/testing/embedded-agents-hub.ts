/** A test hub wired as `npm start` wires it: listening on a port, the box link, and a real agent per box over the hub's own WebSocket. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BoxLinkHub } from '../modules/boxes/box-link-hub.ts';
import { startEmbeddedAgents, type EmbeddedAgents } from '../sim/embedded-agents.ts';
import { seedTestHub, type SeededHub } from './fixtures.ts';
import { createTestHub } from './test-context.ts';

export interface EmbeddedAgentsHub {
  hub: SeededHub;
  agents: EmbeddedAgents;
  /** The hub's data folder, where the agents keep their journals. */
  dataDir: string;
  /** Stops the agents, the link and the hub, and removes the data folder. */
  close(): Promise<void>;
}

export async function startEmbeddedAgentsHub(): Promise<EmbeddedAgentsHub> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bp-embedded-'));
  const hub = await seedTestHub(await createTestHub({ config: { box: { simulated: true }, dataDir } }));
  const link = new BoxLinkHub(hub.ctx);
  hub.ctx.onBoxCommandsQueued = (boxId) => link.wake(boxId);
  const url = await hub.app.listen({ host: '127.0.0.1', port: 0 });
  const agents = await startEmbeddedAgents(hub.ctx, link, url);
  return {
    hub,
    agents,
    dataDir,
    close: async () => {
      await agents.stop();
      await link.stop();
      await hub.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
