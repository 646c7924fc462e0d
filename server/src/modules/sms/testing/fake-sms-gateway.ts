/**
 * A fake SMS gateway for tests: a real HTTP server on 127.0.0.1 (random port) that speaks both wire formats the
 * hub uses, the generic one (POST /sms, docs/sms.md) and seven.io's (POST /api/sms). Like a real gateway it
 * "delivers" a message once per idempotency key (seven.io: refuses the same text to the same number again with
 * its reload-lock code 402). Tests script its answers: accept, fail with a status, or hold the request open after
 * accepting it, as a gateway does whose answer is lost.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type GatewayBehaviour =
  | { kind: 'accept' }
  | { kind: 'status'; status: number; body?: string; contentType?: string }
  /** Accepts (delivers) the message but never answers. */
  | { kind: 'hold' };

export interface RecordedRequest {
  path: string;
  method: string;
  headers: IncomingMessage['headers'];
  body: string;
  idempotencyKey: string | null;
}

export interface DeliveredSms {
  id: string;
  to: string;
  from: string;
  text: string;
  key: string;
}

export class FakeSmsGateway {
  readonly requests: RecordedRequest[] = [];
  /** Messages "handed to the network", by idempotency key (seven.io: by foreign_id). */
  readonly delivered = new Map<string, DeliveredSms>();
  readonly bearerToken = 'fake-gateway-token-0123456789';
  readonly sevenApiKey = 'fake-seven-api-key-0123456789';
  /** While true every request answers 503, as a gateway that is down (after the scripted answers are used up). */
  unavailable = false;
  #script: GatewayBehaviour[] = [];
  #waiters: { count: number; resolve: () => void }[] = [];
  #sockets = new Set<Socket>();
  #nextId = 1000;

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeSmsGateway> {
    const server = createServer();
    const gateway = new FakeSmsGateway(server);
    server.on('connection', (socket) => {
      gateway.#sockets.add(socket);
      socket.on('close', () => gateway.#sockets.delete(socket));
    });
    server.on('request', (request, response) => void gateway.#handle(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return gateway;
  }

  get url(): string {
    const address = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}`;
  }

  /** The next requests get these answers, in order; after that every request is accepted. */
  script(...behaviours: GatewayBehaviour[]): void {
    this.#script.push(...behaviours);
  }

  /** Resolves once at least `count` requests have arrived (in total). */
  waitForRequests(count: number): Promise<void> {
    if (this.requests.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push({ count, resolve }));
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const path = (request.url ?? '/').split('?')[0]!;
    const idempotencyKey =
      typeof request.headers['idempotency-key'] === 'string' ? request.headers['idempotency-key'] : null;
    this.requests.push({
      path,
      method: request.method ?? '',
      headers: request.headers,
      body,
      idempotencyKey,
    });
    for (const waiter of this.#waiters.filter((w) => this.requests.length >= w.count)) {
      this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
      waiter.resolve();
    }

    const behaviour =
      this.#script.shift() ?? (this.unavailable ? { kind: 'status', status: 503 } : { kind: 'accept' });
    if (behaviour.kind === 'status') {
      response.writeHead(behaviour.status, { 'content-type': behaviour.contentType ?? 'application/json' });
      response.end(behaviour.body ?? JSON.stringify({ error: `status_${behaviour.status}` }));
      return;
    }
    if (request.method === 'POST' && path === '/sms')
      return this.#generic(request, body, response, behaviour);
    if (request.method === 'POST' && path === '/api/sms') {
      this.#seven(request, body, response, behaviour);
      return;
    }
    response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not_found"}');
  }

  #generic(request: IncomingMessage, raw: string, response: ServerResponse, behaviour: GatewayBehaviour) {
    if (request.headers.authorization !== `Bearer ${this.bearerToken}`) {
      response.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"unauthorized"}');
      return;
    }
    const key = request.headers['idempotency-key'];
    let body: { to?: unknown; from?: unknown; text?: unknown; reference?: unknown };
    try {
      body = JSON.parse(raw);
    } catch {
      body = {};
    }
    if (typeof key !== 'string' || typeof body.to !== 'string' || typeof body.text !== 'string') {
      response.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"bad_request"}');
      return;
    }
    if (!/^\+[1-9]\d{6,14}$/.test(body.to)) {
      response.writeHead(422, { 'content-type': 'application/json' }).end('{"error":"invalid_recipient"}');
      return;
    }
    // Same key again: the first message's id, and no second SMS.
    const earlier = this.delivered.get(key);
    const message = earlier ?? {
      id: `gw-${this.#nextId++}`,
      to: body.to,
      from: String(body.from),
      text: body.text,
      key,
    };
    this.delivered.set(key, message);
    if (behaviour.kind === 'hold') return; // accepted, but the answer never comes
    response.writeHead(earlier ? 200 : 201, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ id: message.id }));
  }

  #seven(request: IncomingMessage, raw: string, response: ServerResponse, behaviour: GatewayBehaviour) {
    const reply = (text: string) => response.writeHead(200, { 'content-type': 'application/json' }).end(text);
    if (request.headers['x-api-key'] !== this.sevenApiKey) return reply('900');
    const form = new URLSearchParams(raw);
    const to = form.get('to');
    const text = form.get('text');
    const foreignId = form.get('foreign_id') ?? '';
    if (!to || !text) return reply('305');
    if (!/^\+?[1-9]\d{6,14}$/.test(to)) return reply('202');
    const earlier = [...this.delivered.values()].find((m) => m.to === to && m.text === text);
    if (earlier) return reply('402');
    const message = {
      id: String(77_000_000 + this.#nextId++),
      to,
      from: form.get('from') ?? '',
      text,
      key: foreignId,
    };
    this.delivered.set(foreignId || message.id, message);
    if (behaviour.kind === 'hold') return;
    reply(
      JSON.stringify({
        success: '100',
        total_price: 0.075,
        balance: 42.1,
        debug: 'false',
        sms_type: 'direct',
        messages: [
          {
            id: message.id,
            sender: message.from,
            recipient: to.replace(/^\+/, ''),
            text,
            encoding: 'gsm',
            label: null,
            parts: 1,
            price: 0.075,
            success: true,
            error: null,
            error_text: null,
          },
        ],
      }),
    );
  }
}
