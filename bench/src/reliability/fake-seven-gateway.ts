/**
 * The SMS gateway of the reliability harness: a real HTTP server speaking seven.io's wire format (POST /api/sms,
 * `X-Api-Key`, form body `to`, `text`, `from`, `foreign_id`; JSON answer with `success: "100"`, see
 * server/src/modules/sms/providers/seven-provider.ts), including seven.io's reload lock: the same text to the same
 * number within 180 s is not sent again and answers the bare code `402`. While `down` it answers HTTP 503, as a
 * gateway in maintenance does. It counts what it hands to the network, by the hub's message id (`foreign_id`).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface HandedOver {
  foreignId: string;
  to: string;
  text: string;
  at: number;
}

const reloadLockMs = 180_000;

export class FakeSevenGateway {
  readonly apiKey = 'reliability-seven-api-key-0123456789';
  readonly handedOver: HandedOver[] = [];
  /** Requests refused by the reload lock, by foreign_id (the hub asked again for a text already sent). */
  readonly reloadLocked: { foreignId: string; firstForeignId: string }[] = [];
  requests = 0;
  refusedWhileDown = 0;
  down = false;
  readonly #sockets = new Set<Socket>();
  #nextId = 7_000_000;

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeSevenGateway> {
    const server = createServer();
    const gateway = new FakeSevenGateway(server);
    server.on('connection', (socket) => {
      gateway.#sockets.add(socket);
      socket.on('close', () => gateway.#sockets.delete(socket));
    });
    server.on('request', (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        gateway.requests++;
        const reply = (status: number, body: string) =>
          response.writeHead(status, { 'content-type': 'application/json' }).end(body);
        if (request.method !== 'POST' || request.url?.split('?')[0] !== '/api/sms') return reply(404, '{}');
        if (gateway.down) {
          gateway.refusedWhileDown++;
          return reply(503, '{"error":"maintenance"}');
        }
        if (request.headers['x-api-key'] !== gateway.apiKey) return reply(200, '900');
        const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
        const to = form.get('to') ?? '';
        const text = form.get('text') ?? '';
        const foreignId = form.get('foreign_id') ?? '';
        if (!to || !text) return reply(200, '301');
        const now = Date.now();
        const earlier = gateway.handedOver.findLast(
          (m) => m.to === to && m.text === text && now - m.at < reloadLockMs,
        );
        if (earlier) {
          gateway.reloadLocked.push({ foreignId, firstForeignId: earlier.foreignId });
          return reply(200, '402');
        }
        gateway.handedOver.push({ foreignId, to, text, at: now });
        const id = String(gateway.#nextId++);
        reply(
          200,
          JSON.stringify({
            success: '100',
            total_price: 0.075,
            balance: 100,
            debug: 'false',
            sms_type: 'direct',
            messages: [
              {
                id,
                sender: form.get('from'),
                recipient: to,
                text,
                encoding: 'gsm',
                parts: 1,
                price: 0.075,
                success: true,
                error: null,
                error_text: null,
              },
            ],
          }),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return gateway;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The newest text handed over to a number. */
  lastTextTo(to: string): string | undefined {
    return this.handedOver.findLast((m) => m.to === to)?.text;
  }

  countTo(to: string): number {
    return this.handedOver.filter((m) => m.to === to).length;
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
