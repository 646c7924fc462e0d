/**
 * A small SIP registrar and proxy over WebSocket (RFC 3261 messages, RFC 7118 transport, subprotocol `sip`) that the
 * red phone's tests talk to instead of the town's PBX. It speaks the real wire format: REGISTER with an MD5 digest
 * challenge (RFC 2617, qop=auth), INVITE challenged with 407 and then routed to the registered callee, or answered
 * 486 Busy Here (a busy target), 480 Temporarily Unavailable (a known account that is not registered) or 404 Not
 * Found; ACK, BYE, CANCEL and every other in-dialog request are proxied by the contact they name; OPTIONS to the
 * server itself is answered 200. It never invents media: the SDP offer and answer travel between the two user agents.
 * Not a production proxy: no UDP/TCP, no forking, no Record-Route, one registration per account.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** One parsed SIP message. Header names are kept lower-case in their long form; values in their order. */
export interface SipMessage {
  kind: 'request' | 'response';
  method: string;
  requestUri: string;
  status: number;
  reason: string;
  headers: Map<string, string[]>;
  body: string;
}

/** Compact header forms (RFC 3261 §7.3.3 and later extensions JsSIP may send). */
const compactForms: Record<string, string> = {
  v: 'via',
  f: 'from',
  t: 'to',
  i: 'call-id',
  m: 'contact',
  l: 'content-length',
  c: 'content-type',
  k: 'supported',
  e: 'content-encoding',
  s: 'subject',
  o: 'event',
  r: 'refer-to',
  b: 'referred-by',
  x: 'session-expires',
  u: 'allow-events',
};

/** Headers whose values may be comma-separated lists that stand for several header lines. */
const listHeaders = new Set(['via', 'route', 'record-route', 'contact', 'allow', 'supported', 'require']);

export class SipParseError extends Error {}

/** Splits at commas outside quotes and angle brackets (a display name or URI may contain commas). */
function splitList(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '"' && value[i - 1] !== '\\') quoted = !quoted;
    else if (!quoted && c === '<') depth++;
    else if (!quoted && c === '>') depth--;
    else if (!quoted && depth === 0 && c === ',') {
      parts.push(value.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(value.slice(start).trim());
  return parts.filter((p) => p.length > 0);
}

export function parseSipMessage(text: string): SipMessage {
  const headEnd = text.indexOf('\r\n\r\n');
  if (headEnd < 0) throw new SipParseError('no empty line after the headers');
  const lines = text.slice(0, headEnd).split('\r\n');
  const body = text.slice(headEnd + 4);
  const startLine = lines.shift() ?? '';
  const headers = new Map<string, string[]>();
  // Continuation lines (leading whitespace) belong to the header above them.
  const unfolded: string[] = [];
  for (const line of lines) {
    if (/^[ \t]/.test(line) && unfolded.length > 0) unfolded[unfolded.length - 1] += ` ${line.trim()}`;
    else unfolded.push(line);
  }
  for (const line of unfolded) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw new SipParseError(`malformed header line "${line}"`);
    const raw = line.slice(0, colon).trim().toLowerCase();
    const name = compactForms[raw] ?? raw;
    const value = line.slice(colon + 1).trim();
    const values = listHeaders.has(name) && value !== '*' ? splitList(value) : [value];
    headers.set(name, [...(headers.get(name) ?? []), ...values]);
  }
  const declared = headers.get('content-length')?.[0];
  if (declared === undefined) throw new SipParseError('Content-Length missing (required over WebSocket)');
  if (Number(declared) !== Buffer.byteLength(body, 'utf8'))
    throw new SipParseError(
      `Content-Length ${declared} but the body has ${Buffer.byteLength(body, 'utf8')} bytes`,
    );
  for (const required of ['via', 'from', 'to', 'call-id', 'cseq'])
    if (!headers.has(required)) throw new SipParseError(`${required} header missing`);

  const response = /^SIP\/2\.0 (\d{3}) (.*)$/.exec(startLine);
  if (response)
    return {
      kind: 'response',
      method: cseqOf(headers).method,
      requestUri: '',
      status: Number(response[1]),
      reason: response[2]!,
      headers,
      body,
    };
  const request = /^([A-Z]+) (\S+) SIP\/2\.0$/.exec(startLine);
  if (!request) throw new SipParseError(`malformed start line "${startLine}"`);
  if (cseqOf(headers).method !== request[1]) throw new SipParseError('CSeq method differs from the request');
  return {
    kind: 'request',
    method: request[1]!,
    requestUri: request[2]!,
    status: 0,
    reason: '',
    headers,
    body,
  };
}

function cseqOf(headers: Map<string, string[]>): { seq: number; method: string } {
  const match = /^(\d+)\s+([A-Z]+)$/.exec(headers.get('cseq')?.[0] ?? '');
  if (!match) throw new SipParseError('malformed CSeq');
  return { seq: Number(match[1]), method: match[2]! };
}

/** Writes a message; Content-Length is always computed from the body. */
export function serializeSipMessage(message: SipMessage): string {
  const start =
    message.kind === 'request'
      ? `${message.method} ${message.requestUri} SIP/2.0`
      : `SIP/2.0 ${message.status} ${message.reason}`;
  const lines = [start];
  for (const [name, values] of message.headers) {
    if (name === 'content-length') continue;
    for (const value of values) lines.push(`${canonicalName(name)}: ${value}`);
  }
  lines.push(`Content-Length: ${Buffer.byteLength(message.body, 'utf8')}`);
  return `${lines.join('\r\n')}\r\n\r\n${message.body}`;
}

function canonicalName(name: string): string {
  const special: Record<string, string> = {
    'call-id': 'Call-ID',
    cseq: 'CSeq',
    'www-authenticate': 'WWW-Authenticate',
  };
  return (
    special[name] ?? name.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase())
  );
}

export function header(message: SipMessage, name: string): string | undefined {
  return message.headers.get(name)?.[0];
}

/** `sip:user@host;params` (possibly inside `"Name" <…>;tag=…`) → the user part, or '' for none. */
export function uriUser(value: string): string {
  const inner = /<([^>]*)>/.exec(value)?.[1] ?? value.split(';')[0]!;
  const match = /^sips?:(?:([^@;>]+)@)?/.exec(inner.trim());
  return match?.[1] ? decodeURIComponent(match[1]) : '';
}

function paramOf(value: string, name: string): string | undefined {
  // Parameters after the URI (outside angle brackets).
  const outside = value.includes('>') ? value.slice(value.lastIndexOf('>') + 1) : value;
  return new RegExp(`;\\s*${name}=([^;,\\s]+)`, 'i').exec(outside)?.[1];
}

function branchOf(via: string): string | undefined {
  return paramOf(via, 'branch');
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

/** Parses `Digest a="b", c=d` into its parameters. */
export function parseDigest(value: string): Record<string, string> {
  const params: Record<string, string> = {};
  const rest = value.replace(/^Digest\s+/i, '');
  for (const match of rest.matchAll(/([a-zA-Z-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g))
    params[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? '';
  return params;
}

/** The digest response RFC 2617 expects (MD5; with or without qop=auth). */
export function digestResponse(p: {
  username: string;
  realm: string;
  password: string;
  method: string;
  uri: string;
  nonce: string;
  qop?: string;
  nc?: string;
  cnonce?: string;
}): string {
  const ha1 = md5(`${p.username}:${p.realm}:${p.password}`);
  const ha2 = md5(`${p.method}:${p.uri}`);
  return p.qop === 'auth'
    ? md5(`${ha1}:${p.nonce}:${p.nc}:${p.cnonce}:auth:${ha2}`)
    : md5(`${ha1}:${p.nonce}:${ha2}`);
}

export interface SipLogEntry {
  direction: 'in' | 'out';
  /** Method of a request, or status plus method (`486 INVITE`) of a response. */
  summary: string;
  /** The account the socket registered as, if any. */
  peer: string | null;
  callId: string;
}

export interface SipTestServerOptions {
  /** The SIP domain and digest realm. */
  domain?: string;
  /** Accounts that may register: user → password. */
  accounts: Record<string, string>;
  /** Targets answered 486 Busy Here (may be changed while running). */
  busy?: Iterable<string>;
  /** Challenge INVITEs with 407 Proxy Authentication Required, as PBXs do (default true). */
  authenticateInvites?: boolean;
  port?: number;
}

interface Peer {
  socket: WebSocket;
  user: string | null;
}

interface ForwardedTransaction {
  /** The socket the request came from: the response goes back there. */
  origin: WebSocket;
  /** The forwarded INVITE (for the ACK this proxy owes a non-2xx final response, and CANCEL). */
  request: SipMessage;
  target: WebSocket;
  /** The branch the originator used (CANCEL names the INVITE by it). */
  originBranch: string;
}

export class SipWsTestServer {
  readonly domain: string;
  readonly busy: Set<string>;
  readonly log: SipLogEntry[] = [];
  private readonly accounts: Record<string, string>;
  private readonly authenticateInvites: boolean;
  private readonly http: Server;
  private readonly wss: WebSocketServer;
  private readonly peers = new Map<WebSocket, Peer>();
  /** Registered account → its socket and contact. */
  private readonly bindings = new Map<string, { socket: WebSocket; contact: string }>();
  /** The user part of every contact seen → the socket behind it (in-dialog requests name it). */
  private readonly contacts = new Map<string, WebSocket>();
  private readonly nonces = new Set<string>();
  private readonly forwarded = new Map<string, ForwardedTransaction>();
  private readonly listeners = new Set<() => void>();
  private readonly pages = new Map<string, string>();
  port = 0;

  constructor(private readonly options: SipTestServerOptions) {
    this.domain = options.domain ?? 'pbx.test';
    this.accounts = options.accounts;
    this.busy = new Set(options.busy ?? []);
    this.authenticateInvites = options.authenticateInvites ?? true;
    this.http = createServer((request, response) => {
      const page = this.pages.get(request.url ?? '');
      if (page) response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      else response.writeHead(426).end();
    });
    this.wss = new WebSocketServer({
      server: this.http,
      handleProtocols: (protocols) => (protocols.has('sip') ? 'sip' : false),
    });
    this.wss.on('connection', (socket) => this.accept(socket));
  }

  get url(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.http.once('error', reject);
      this.http.listen(this.options.port ?? 0, '127.0.0.1', () => resolve());
    });
    this.port = (this.http.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    for (const socket of this.peers.keys()) socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  /**
   * Serves an HTML page at `path` from this server's own origin (the browser tests' other user agent: a page on a
   * real loopback origin may open a WebSocket to loopback; an intercepted one is refused by local-network checks).
   */
  servePage(path: string, html: string): string {
    this.pages.set(path, html);
    return `http://127.0.0.1:${this.port}${path}`;
  }

  isRegistered(user: string): boolean {
    return this.bindings.has(user);
  }

  /** Resolves once `predicate` holds for the log (checked after every message). */
  async waitFor(predicate: (log: SipLogEntry[]) => boolean): Promise<void> {
    if (predicate(this.log)) return;
    await new Promise<void>((resolve) => {
      const check = () => {
        if (!predicate(this.log)) return;
        this.listeners.delete(check);
        resolve();
      };
      this.listeners.add(check);
    });
  }

  private accept(socket: WebSocket): void {
    const peer: Peer = { socket, user: null };
    this.peers.set(socket, peer);
    socket.on('message', (data, isBinary) => {
      const text = isBinary ? Buffer.from(data as Buffer).toString('utf8') : data.toString();
      // RFC 5626 keep-alive (CRLF) over WebSocket: nothing to do.
      if (text.trim() === '') return;
      let message: SipMessage;
      try {
        message = parseSipMessage(text);
      } catch (error) {
        this.badRequest(socket, text, (error as Error).message);
        return;
      }
      this.record('in', message, peer);
      try {
        if (message.kind === 'request') this.onRequest(message, peer);
        else this.onResponse(message);
      } finally {
        for (const listener of [...this.listeners]) listener();
      }
    });
    socket.on('close', () => {
      this.peers.delete(socket);
      for (const [user, binding] of this.bindings) if (binding.socket === socket) this.bindings.delete(user);
      for (const [user, owner] of this.contacts) if (owner === socket) this.contacts.delete(user);
    });
  }

  private record(direction: 'in' | 'out', message: SipMessage, peer: Peer | undefined): void {
    this.log.push({
      direction,
      summary: message.kind === 'request' ? message.method : `${message.status} ${message.method}`,
      peer: peer?.user ?? null,
      callId: header(message, 'call-id') ?? '',
    });
  }

  private send(socket: WebSocket, message: SipMessage): void {
    this.record('out', message, this.peers.get(socket));
    if (socket.readyState === socket.OPEN) socket.send(serializeSipMessage(message));
  }

  /** A response to `request` with its Via, From, To (plus a tag when given), Call-ID and CSeq. */
  private respond(
    socket: WebSocket,
    request: SipMessage,
    status: number,
    reason: string,
    extra: [string, string][] = [],
  ): void {
    const headers = new Map<string, string[]>();
    for (const name of ['via', 'from', 'to', 'call-id', 'cseq'])
      headers.set(name, [...(request.headers.get(name) ?? [])]);
    const to = header(request, 'to')!;
    if (status > 100 && !/;\s*tag=/i.test(to))
      headers.set('to', [`${to};tag=${randomBytes(6).toString('hex')}`]);
    headers.set('server', ['buergerpunkt-sip-test-server']);
    for (const [name, value] of extra) headers.set(name, [...(headers.get(name) ?? []), value]);
    this.send(socket, {
      kind: 'response',
      method: request.method,
      requestUri: '',
      status,
      reason,
      headers,
      body: '',
    });
  }

  private badRequest(socket: WebSocket, text: string, why: string): void {
    // A response needs the request's headers; without them the only honest answer is to drop it.
    try {
      const lines = text.split('\r\n');
      const headers = new Map<string, string[]>();
      for (const line of lines.slice(1)) {
        const colon = line.indexOf(':');
        if (colon <= 0) continue;
        const raw = line.slice(0, colon).trim().toLowerCase();
        const name = compactForms[raw] ?? raw;
        if (['via', 'from', 'to', 'call-id', 'cseq'].includes(name))
          headers.set(name, [...(headers.get(name) ?? []), line.slice(colon + 1).trim()]);
      }
      if (!/^[A-Z]+ /.test(lines[0] ?? '') || headers.size < 5) return;
      const method = /^[A-Z]+/.exec(lines[0]!)![0];
      this.respond(
        socket,
        { kind: 'request', method, requestUri: '', status: 0, reason: '', headers, body: '' },
        400,
        `Bad Request (${why})`.slice(0, 120),
      );
    } catch {
      // nothing sensible to answer
    }
  }

  private challenge(socket: WebSocket, request: SipMessage, proxy: boolean): void {
    const nonce = randomBytes(16).toString('hex');
    this.nonces.add(nonce);
    this.respond(
      socket,
      request,
      proxy ? 407 : 401,
      proxy ? 'Proxy Authentication Required' : 'Unauthorized',
      [
        [
          proxy ? 'proxy-authenticate' : 'www-authenticate',
          `Digest realm="${this.domain}", nonce="${nonce}", algorithm=MD5, qop="auth"`,
        ],
      ],
    );
  }

  /** The account the request proves it is, or null (wrong or missing credentials). */
  private authenticated(request: SipMessage, proxy: boolean): string | null {
    const value = header(request, proxy ? 'proxy-authorization' : 'authorization');
    if (!value) return null;
    const p = parseDigest(value);
    const password = p.username ? this.accounts[p.username] : undefined;
    if (password === undefined || p.realm !== this.domain || !p.nonce || !this.nonces.has(p.nonce))
      return null;
    if (p.algorithm && p.algorithm.toUpperCase() !== 'MD5') return null;
    const expected = digestResponse({
      username: p.username!,
      realm: this.domain,
      password,
      method: request.method,
      uri: p.uri ?? '',
      nonce: p.nonce,
      qop: p.qop,
      nc: p.nc,
      cnonce: p.cnonce,
    });
    return expected === p.response ? p.username! : null;
  }

  private onRequest(request: SipMessage, peer: Peer): void {
    const contact = header(request, 'contact');
    if (contact && contact !== '*') {
      const user = uriUser(contact);
      if (user) this.contacts.set(user, peer.socket);
    }
    const targetUser = uriUser(request.requestUri);
    const toServer = targetUser === '';

    if (request.method === 'REGISTER') return this.onRegister(request, peer);
    if (request.method === 'ACK') return this.onAck(request, peer);
    if (request.method === 'CANCEL') return this.onCancel(request, peer);
    if (request.method === 'OPTIONS' && toServer)
      return this.respond(peer.socket, request, 200, 'OK', [
        ['allow', 'INVITE, ACK, CANCEL, BYE, OPTIONS, REGISTER'],
        ['accept', 'application/sdp'],
      ]);

    const inDialog = /;\s*tag=/i.test(header(request, 'to') ?? '');
    if (request.method === 'INVITE' && !inDialog) return this.onNewInvite(request, peer);

    // In-dialog requests (BYE, re-INVITE, INFO, …) and requests to a contact: route by the contact they name.
    const target = this.contacts.get(targetUser) ?? this.bindings.get(targetUser)?.socket;
    if (!target) return this.respond(peer.socket, request, 481, 'Call/Transaction Does Not Exist');
    this.forward(request, peer.socket, target);
  }

  private onRegister(request: SipMessage, peer: Peer): void {
    const user = this.authenticated(request, false);
    if (!user) return this.challenge(peer.socket, request, false);
    if (uriUser(header(request, 'to')!) !== user)
      return this.respond(peer.socket, request, 403, 'Forbidden (To is not the authenticated account)');
    const contact = header(request, 'contact');
    if (!contact) return this.respond(peer.socket, request, 200, 'OK');
    const expires = Number(paramOf(contact, 'expires') ?? header(request, 'expires') ?? 600);
    if (contact === '*' || expires === 0) {
      this.bindings.delete(user);
      if (peer.user === user) peer.user = null;
      return this.respond(peer.socket, request, 200, 'OK');
    }
    peer.user = user;
    this.bindings.set(user, { socket: peer.socket, contact });
    const bare = contact.replace(/;\s*expires=[^;]*/i, '');
    this.respond(peer.socket, request, 200, 'OK', [
      ['contact', `${bare};expires=${expires}`],
      ['expires', String(expires)],
    ]);
  }

  private onNewInvite(request: SipMessage, peer: Peer): void {
    if (this.authenticateInvites && !this.authenticated(request, true))
      return this.challenge(peer.socket, request, true);
    const target = uriUser(request.requestUri);
    this.respond(peer.socket, request, 100, 'Trying');
    if (this.busy.has(target)) return this.respond(peer.socket, request, 486, 'Busy Here');
    const binding = this.bindings.get(target);
    if (!binding) {
      return target in this.accounts
        ? this.respond(peer.socket, request, 480, 'Temporarily Unavailable')
        : this.respond(peer.socket, request, 404, 'Not Found');
    }
    this.forward(request, peer.socket, binding.socket);
  }

  /** Sends a request on to `target` with this proxy's Via on top; the response will come back the same way. */
  private forward(request: SipMessage, origin: WebSocket, target: WebSocket): void {
    const branch = `z9hG4bK${randomBytes(8).toString('hex')}`;
    const headers = new Map(request.headers);
    headers.set('via', [`SIP/2.0/WS ${this.domain};branch=${branch}`, ...(request.headers.get('via') ?? [])]);
    const maxForwards = Number(header(request, 'max-forwards') ?? 70);
    headers.set('max-forwards', [String(maxForwards - 1)]);
    headers.delete('proxy-authorization');
    // Route headers naming this proxy are consumed here.
    headers.delete('route');
    const forwarded: SipMessage = { ...request, headers };
    if (request.method !== 'ACK')
      this.forwarded.set(branch, {
        origin,
        request: forwarded,
        target,
        originBranch: branchOf(header(request, 'via')!) ?? '',
      });
    this.send(target, forwarded);
  }

  private onResponse(response: SipMessage): void {
    const [ours, ...rest] = response.headers.get('via') ?? [];
    const branch = ours ? branchOf(ours) : undefined;
    const transaction = branch ? this.forwarded.get(branch) : undefined;
    // A response to a request this proxy made itself (the 200 to its CANCEL) ends here.
    if (!transaction || transaction.request.method !== response.method) return;
    const headers = new Map(response.headers);
    headers.set('via', rest);
    if (response.status >= 200) {
      this.forwarded.delete(branch!);
      // A non-2xx final response to an INVITE is acknowledged hop by hop: this proxy owes the callee its ACK.
      if (response.method === 'INVITE' && response.status >= 300) this.ackDownstream(transaction, response);
    }
    this.send(transaction.origin, { ...response, headers });
  }

  private ackDownstream(transaction: ForwardedTransaction, response: SipMessage): void {
    const invite = transaction.request;
    const headers = new Map<string, string[]>();
    headers.set('via', [invite.headers.get('via')![0]!]);
    headers.set('max-forwards', ['70']);
    headers.set('from', [header(invite, 'from')!]);
    headers.set('to', [header(response, 'to')!]);
    headers.set('call-id', [header(invite, 'call-id')!]);
    headers.set('cseq', [`${cseqOf(invite.headers).seq} ACK`]);
    this.send(transaction.target, {
      kind: 'request',
      method: 'ACK',
      requestUri: invite.requestUri,
      status: 0,
      reason: '',
      headers,
      body: '',
    });
  }

  private onAck(request: SipMessage, peer: Peer): void {
    // An ACK for a 2xx is end to end and names the callee's contact: send it on. An ACK to a non-2xx response
    // names the request URI of the INVITE and ends here (hop by hop; this proxy acknowledged the callee itself).
    const target = this.contacts.get(uriUser(request.requestUri));
    if (target && target !== peer.socket) this.forward(request, peer.socket, target);
  }

  private onCancel(request: SipMessage, peer: Peer): void {
    const branch = branchOf(header(request, 'via')!);
    const entry = [...this.forwarded.entries()].find(
      ([, t]) => t.originBranch === branch && t.request.method === 'INVITE',
    );
    this.respond(peer.socket, request, 200, 'OK');
    if (!entry) return;
    const [ourBranch, transaction] = entry;
    const invite = transaction.request;
    const headers = new Map<string, string[]>();
    headers.set('via', [`SIP/2.0/WS ${this.domain};branch=${ourBranch}`]);
    headers.set('max-forwards', ['70']);
    headers.set('from', [header(invite, 'from')!]);
    headers.set('to', [header(invite, 'to')!]);
    headers.set('call-id', [header(invite, 'call-id')!]);
    headers.set('cseq', [`${cseqOf(invite.headers).seq} CANCEL`]);
    this.send(transaction.target, {
      kind: 'request',
      method: 'CANCEL',
      requestUri: invite.requestUri,
      status: 0,
      reason: '',
      headers,
      body: '',
    });
  }
}

/** Starts a test SIP server (see the file's first comment). */
export async function startSipWsTestServer(options: SipTestServerOptions): Promise<SipWsTestServer> {
  return new SipWsTestServer(options).start();
}
