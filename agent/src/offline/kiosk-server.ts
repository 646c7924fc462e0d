/**
 * The kiosk's pickup API served by the agent (docs/offline.md): the same paths and bodies as the hub's
 * `/api/v1/kiosk/…`, on the kiosk PC's loopback (or the store network), answered only while the hub is away.
 * Errors are problem+json with the stable code and the German message from the contracts' catalogue.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { de } from '@buergerpunkt/contracts/i18n';
import type { AgentLogger } from '../logger.ts';
import { OfflineKioskError, type OfflinePickups } from './offline-pickups.ts';

const maxBodyBytes = 4096;

function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        reject(new OfflineKioskError(413, 'payload_too_large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (!text) return resolve({});
      try {
        const value: unknown = JSON.parse(text);
        if (value && typeof value === 'object' && !Array.isArray(value))
          resolve(value as Record<string, unknown>);
        else reject(new OfflineKioskError(400, 'validation_failed'));
      } catch {
        reject(new OfflineKioskError(400, 'validation_failed'));
      }
    });
    request.on('error', reject);
  });
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');
const int = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) ? value : undefined);

export class OfflineKioskServer {
  readonly #pickups: OfflinePickups;
  readonly #log: AgentLogger;
  #server: Server | undefined;

  constructor(pickups: OfflinePickups, log: AgentLogger) {
    this.#pickups = pickups;
    this.#log = log;
  }

  async listen(host: string, port: number): Promise<number> {
    const server = createServer((request, response) => void this.#handle(request, response));
    this.#server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    const bound = (server.address() as AddressInfo).port;
    this.#log.info({ host, port: bound }, 'offline kiosk API listening');
    return bound;
  }

  async close(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const send = (status: number, body?: unknown) => {
      response.writeHead(status, {
        'content-type': status >= 400 ? 'application/problem+json' : 'application/json',
        'cache-control': 'no-store',
      });
      response.end(body === undefined ? undefined : JSON.stringify(body));
    };
    try {
      const url = new URL(request.url ?? '/', 'http://agent');
      const method = request.method ?? 'GET';
      const path = url.pathname;
      const pickups = this.#pickups;
      if (method === 'GET' && path === '/api/v1/kiosk/offline') {
        return send(200, { offline: true, documents: pickups.usableCount() });
      }
      const key = request.headers['x-terminal-key'];
      const terminalId = pickups.terminalOf(typeof key === 'string' ? key : undefined);
      if (method === 'GET' && path === '/api/v1/kiosk/settings')
        return send(200, pickups.settings(terminalId));
      if (method === 'POST' && path === '/api/v1/kiosk/pickups') {
        const body = await readJson(request);
        return send(201, pickups.start(terminalId, { phone: str(body.phone), code: str(body.code) }));
      }
      const match =
        /^\/api\/v1\/kiosk\/pickups\/([A-Za-z0-9-]{1,64})(?:\/(check|pin-letter|open|cancel))?$/.exec(path);
      if (match) {
        const [, id, step] = match as unknown as [string, string, string | undefined];
        if (method === 'GET' && !step) return send(200, pickups.status(terminalId, id));
        if (method === 'POST' && step) {
          const body = await readJson(request);
          if (step === 'check')
            return send(
              200,
              pickups.check(terminalId, id, {
                day: int(body.day),
                month: int(body.month),
                year: int(body.year),
              }),
            );
          if (step === 'pin-letter') {
            if (typeof body.received !== 'boolean') throw new OfflineKioskError(400, 'validation_failed');
            return send(200, pickups.pinLetter(terminalId, id, body.received));
          }
          if (step === 'open') return send(200, await pickups.open(terminalId, id));
          pickups.cancel(terminalId, id);
          return send(204);
        }
      }
      throw new OfflineKioskError(404, 'route_not_found');
    } catch (error) {
      if (error instanceof OfflineKioskError) {
        const titles = de.errors as Record<string, string>;
        return send(error.status, {
          type: 'about:blank',
          status: error.status,
          code: error.code,
          title: titles[error.code] ?? titles.internal_error ?? error.code,
        });
      }
      this.#log.error({ err: error }, 'offline kiosk request failed');
      return send(500, {
        type: 'about:blank',
        status: 500,
        code: 'internal_error',
        title: 'Interner Fehler',
      });
    }
  }
}
