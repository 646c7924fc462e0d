/**
 * The agent's outbound link to the hub: one WebSocket (`ws`), authenticated with the box's secret in the
 * `Authorization` header, kept alive by pings (no pong in time: the link is dead and is dropped), and reconnected
 * with exponential backoff and full jitter so a hub restart is not met by every box at the same instant.
 *
 * Everything that crosses the link is checked against the protocol schemas; what the hub sends goes to the
 * controller, which journals before it answers.
 */
import { readFileSync } from 'node:fs';
import {
  HubToAgentMessageSchema,
  type AgentToHubMessage,
  type HubToAgentMessage,
} from '@buergerpunkt/contracts';
import { Value } from 'typebox/value';
import WebSocket from 'ws';
import type { AgentLogger } from './logger.ts';

export interface LinkSettings {
  url: string;
  secret: string;
  heartbeatIntervalMs: number;
  heartbeatTimeoutMs: number;
  reconnectMinMs: number;
  reconnectMaxMs: number;
  caFile?: string;
}

export interface LinkHandlers {
  /** The link is up: send the journal first. `send` is valid until `onDisconnected`. */
  onConnected(send: (message: AgentToHubMessage) => void): void;
  onMessage(message: HubToAgentMessage): void;
  onDisconnected(): void;
}

export type LinkState = 'connecting' | 'connected' | 'waiting' | 'stopped';

/** Full jitter: a random delay between 0 and the exponential step (never below `min`/4 to avoid a hot loop). */
export function backoffDelay(attempt: number, min: number, max: number, random = Math.random): number {
  const step = Math.min(max, min * 2 ** Math.min(attempt, 30));
  return Math.max(Math.floor(min / 4), Math.floor(random() * step));
}

/** Larger than any protocol message (a full status of 1000 compartments is ~70 kB). */
const maxMessageBytes = 256 * 1024;

export class HubLink {
  readonly #settings: LinkSettings;
  readonly #handlers: LinkHandlers;
  readonly #log: AgentLogger;
  readonly #ca: Buffer | undefined;
  #socket: WebSocket | undefined;
  #state: LinkState = 'waiting';
  #attempt = 0;
  #retryTimer: NodeJS.Timeout | undefined;
  #heartbeatTimer: NodeJS.Timeout | undefined;
  #pongTimer: NodeJS.Timeout | undefined;
  #lastRefusal: number | null = null;

  constructor(settings: LinkSettings, handlers: LinkHandlers, log: AgentLogger) {
    this.#settings = settings;
    this.#handlers = handlers;
    this.#log = log;
    this.#ca = settings.caFile ? readFileSync(settings.caFile) : undefined;
  }

  get state(): LinkState {
    return this.#state;
  }

  /** The HTTP status of the last refused handshake (401: wrong or rotated secret), null once connected. */
  get lastRefusal(): number | null {
    return this.#lastRefusal;
  }

  start(): void {
    if (this.#state === 'connecting' || this.#state === 'connected') return;
    this.#connect();
  }

  /** Drops the connection at once (as a dead network would) and reconnects after the backoff. */
  drop(): void {
    this.#socket?.terminate();
  }

  async stop(): Promise<void> {
    this.#state = 'stopped';
    clearTimeout(this.#retryTimer);
    this.#stopHeartbeat();
    const socket = this.#socket;
    if (!socket || socket.readyState === WebSocket.CLOSED) return;
    await new Promise<void>((resolve) => {
      socket.once('close', () => resolve());
      socket.close(1001, 'agent stopping');
      setTimeout(() => {
        socket.terminate();
        resolve();
      }, 1000).unref();
    });
  }

  #connect(): void {
    this.#state = 'connecting';
    const socket = new WebSocket(this.#settings.url, {
      headers: { authorization: `Bearer ${this.#settings.secret}` },
      handshakeTimeout: Math.max(1000, this.#settings.heartbeatTimeoutMs * 2),
      maxPayload: maxMessageBytes,
      perMessageDeflate: false,
      ...(this.#ca ? { ca: this.#ca } : {}),
    });
    this.#socket = socket;
    let connected = false;

    socket.on('unexpected-response', (_request, response) => {
      this.#lastRefusal = response.statusCode ?? null;
      this.#log.warn(
        { status: response.statusCode },
        response.statusCode === 401 ? 'hub refused the box secret' : 'hub refused the link',
      );
      response.resume();
      socket.terminate();
    });
    socket.on('open', () => {
      connected = true;
      this.#attempt = 0;
      this.#lastRefusal = null;
      this.#state = 'connected';
      this.#log.info({ url: this.#settings.url }, 'connected to the hub');
      this.#startHeartbeat(socket);
      this.#handlers.onConnected((message) => {
        if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
      });
    });
    socket.on('message', (data, isBinary) => {
      if (isBinary) return;
      const message = parseHubMessage(data.toString());
      if (!message) {
        this.#log.warn({}, 'invalid message from the hub dropped');
        return;
      }
      this.#handlers.onMessage(message);
    });
    socket.on('pong', () => {
      clearTimeout(this.#pongTimer);
      this.#pongTimer = undefined;
    });
    socket.on('error', (error) => {
      this.#log.debug({ err: error }, 'link error');
    });
    socket.on('close', (code) => {
      this.#stopHeartbeat();
      if (this.#socket === socket) this.#socket = undefined;
      if (connected) {
        this.#log.warn({ code }, 'link to the hub lost');
        this.#handlers.onDisconnected();
      }
      if (this.#state === 'stopped') return;
      this.#state = 'waiting';
      const delay = backoffDelay(
        this.#attempt++,
        this.#settings.reconnectMinMs,
        this.#settings.reconnectMaxMs,
      );
      this.#retryTimer = setTimeout(() => this.#connect(), delay);
    });
  }

  #startHeartbeat(socket: WebSocket): void {
    this.#stopHeartbeat();
    this.#heartbeatTimer = setInterval(() => {
      // One ping at a time: a ping still unanswered keeps its own deadline.
      if (socket.readyState !== WebSocket.OPEN || this.#pongTimer) return;
      this.#pongTimer = setTimeout(() => {
        this.#log.warn({}, 'no heartbeat answer from the hub: link dropped');
        socket.terminate();
      }, this.#settings.heartbeatTimeoutMs);
      socket.ping();
    }, this.#settings.heartbeatIntervalMs);
  }

  #stopHeartbeat(): void {
    clearInterval(this.#heartbeatTimer);
    clearTimeout(this.#pongTimer);
    this.#pongTimer = undefined;
  }
}

export function parseHubMessage(text: string): HubToAgentMessage | undefined {
  if (text.length > maxMessageBytes) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return Value.Check(HubToAgentMessageSchema, value) ? (value as HubToAgentMessage) : undefined;
}
