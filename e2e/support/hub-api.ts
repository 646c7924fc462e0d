/**
 * Sets up what a browser test needs through the hub's real API (as staff would, or as the demo's simulated box
 * and SMS outbox allow): register a document, load it into the box, read the code the citizen got by SMS.
 */
import type { RunningHub } from './hub.ts';

export interface RegisteredDocument {
  id: string;
  reference: string;
  phone: string;
  state: string;
}

const tokens = new WeakMap<RunningHub, Map<string, string>>();
let counter = 0;

export class HubApi {
  readonly hub: RunningHub;

  constructor(hub: RunningHub) {
    this.hub = hub;
  }

  /** A session token for a demo staff account (logged in once per worker: login is rate-limited). */
  async tokenFor(username: string): Promise<string> {
    let perHub = tokens.get(this.hub);
    if (!perHub) tokens.set(this.hub, (perHub = new Map()));
    const cached = perHub.get(username);
    if (cached) return cached;
    // The login answer carries the session only in its cookie (never in the body).
    const response = await fetch(`${this.hub.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: this.hub.passwordOf(username) }),
    });
    if (!response.ok) throw new Error(`login ${username} → ${response.status}: ${await response.text()}`);
    const cookie = response.headers
      .getSetCookie()
      .map((line) => /^(?:__Host-)?bp_session=([^;]+)/.exec(line)?.[1])
      .find((value) => value !== undefined);
    if (!cookie) throw new Error(`login ${username}: no session cookie`);
    const token = decodeURIComponent(cookie);
    perHub.set(username, token);
    return token;
  }

  async request<T>(
    method: string,
    path: string,
    options: { body?: unknown; as?: string; headers?: Record<string, string> } = {},
  ): Promise<T> {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.as) headers.authorization = `Bearer ${await this.tokenFor(options.as)}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.hub.url}${path}`, {
      method,
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** A unique German mobile number per call, so tests never share a phone's guess budget. */
  uniquePhone(): string {
    counter++;
    const n = (process.pid % 1000) * 10_000 + (Date.now() % 10_000) + counter * 7;
    return `+49151${String(n).padStart(8, '0').slice(-8)}`;
  }

  async registerDocument(
    input: Partial<{ typeId: string; phone: string; dateOfBirth: string; holderName: string }> = {},
  ) {
    counter++;
    const phone = input.phone ?? this.uniquePhone();
    const document = await this.request<RegisteredDocument>('POST', '/api/v1/documents', {
      as: 'clerk',
      body: {
        reference: `E2E-${Date.now().toString(36)}-${counter}`,
        officeId: 'buergeramt-hn',
        typeId: input.typeId ?? 'civil_certificate',
        holderName: input.holderName ?? 'Erika Mustermann',
        phone,
        ...(input.dateOfBirth ? { dateOfBirth: input.dateOfBirth } : {}),
      },
    });
    return { ...document, phone };
  }

  /** Loads a registered document into the simulated box (loader unlocks, puts it in, closes): the SMS goes out. */
  async loadIntoBox(documentId: string, boxId = 'dokbox-hn'): Promise<number> {
    const loading = await this.request<{ compartment: { number: number } }>('POST', '/api/v1/loading', {
      as: 'loader',
      body: { documentId, boxId },
    });
    const number = loading.compartment.number;
    // Reading the simulated box first lets it carry out the queued unlock, so the door is open for `place`.
    await this.request('GET', `/api/v1/dev/simulator/boxes/${boxId}`);
    await this.simulator(boxId, number, 'place');
    await this.simulator(boxId, number, 'close');
    return number;
  }

  /**
   * A person's action at a simulated box. `oldDocument` (with `place`) lays an old identity document into a deposit
   * compartment as the box's simulated reader will read it: number, holder matching or not, unreadable.
   */
  async simulator(
    boxId: string,
    compartment: number,
    action: string,
    oldDocument?: { documentNumber?: string; holderMatches?: boolean; readable?: boolean },
  ): Promise<void> {
    await this.request('POST', `/api/v1/dev/simulator/boxes/${boxId}/compartments/${compartment}`, {
      body: { action, ...(oldDocument ? { oldDocument } : {}) },
    });
  }

  /**
   * A loader takes every old document out of a deposit compartment (collect, then the simulated hands take it out
   * and shut the door), so the next deposit finds the compartment empty. Nothing to collect is fine.
   */
  async emptyDepositCompartment(boxId = 'dokbox-hn', compartment = 16): Promise<void> {
    const url = `/api/v1/boxes/${boxId}/deposit-compartments/${compartment}/collect`;
    const response = await fetch(`${this.hub.url}${url}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await this.tokenFor('loader')}`,
        'content-type': 'application/json',
      },
      body: '{}',
    });
    if (response.status === 409) return;
    if (response.status !== 202) throw new Error(`collect: ${response.status} ${await response.text()}`);
    // Reading the simulated box first lets it carry out the queued unlock, so the door is open for `take`.
    await this.request('GET', `/api/v1/dev/simulator/boxes/${boxId}`);
    await this.simulator(boxId, compartment, 'take');
    await this.simulator(boxId, compartment, 'close');
  }

  /** The newest pickup code sent to a phone (from the demo's SMS outbox). */
  async latestCode(phone: string): Promise<string> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const outbox = await this.request<{ messages: { text: string }[] }>(
        'GET',
        `/api/v1/dev/outbox?to=${encodeURIComponent(phone)}&limit=5`,
      );
      const code = outbox.messages.map((m) => /\b(\d{6})\b/.exec(m.text)?.[1]).find(Boolean);
      if (code) return code;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`no SMS with a code reached ${phone}`);
  }

  /** A registered document, loaded and announced: what a citizen needs to collect it. */
  async documentReadyForPickup(input: Parameters<HubApi['registerDocument']>[0] = {}) {
    const document = await this.registerDocument(input);
    const compartment = await this.loadIntoBox(document.id);
    const code = await this.latestCode(document.phone);
    return { ...document, compartment, code };
  }

  /** The hub's local date (`YYYY-MM-DD`, Europe/Berlin) by the hub's own clock, which a test may have moved. */
  async hubToday(): Promise<string> {
    return (await this.request<{ date: string }>('GET', '/api/v1/zone/visits/today', { as: 'zone' })).date;
  }
}
