/** A test hub wired as `npm start` wires it: listening on a port, the box link, and a real agent per box over the hub's own WebSocket. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BoxLinkHub } from '../modules/boxes/box-link-hub.ts';
import { startEmbeddedAgents, type EmbeddedAgents } from '../sim/embedded-agents.ts';
import { demoBox, seedTestHub, type SeededHub } from './fixtures.ts';
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

/**
 * The clerk registers a document over HTTP (office fields: reference, type, holder, phone, date of birth …) and the
 * loader asks for its loading into the demo box; returns the document and the compartment the hub chose.
 */
export async function registerAndLoadOverHttp(
  hub: SeededHub,
  document: Record<string, unknown>,
): Promise<{ documentId: string; number: number }> {
  const registered = await hub.app.inject({
    method: 'POST',
    url: '/api/v1/documents',
    headers: hub.staffHeaders.clerk,
    payload: {
      officeId: 'buergeramt-hn',
      holderName: 'Erika Mustermann',
      phone: '0151 23456789',
      ...document,
    },
  });
  if (registered.statusCode !== 201) throw new Error(`registration refused: ${registered.body}`);
  const documentId = registered.json().id as string;
  const loading = await hub.app.inject({
    method: 'POST',
    url: '/api/v1/loading',
    headers: hub.staffHeaders.loader,
    payload: { documentId, boxId: demoBox.id },
  });
  if (loading.statusCode !== 200) throw new Error(`loading refused: ${loading.body}`);
  return { documentId, number: loading.json().compartment.number as number };
}
