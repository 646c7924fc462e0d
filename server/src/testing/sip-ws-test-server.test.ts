/**
 * The red phone's test SIP server speaks SIP as a PBX would: proven here with two hand-written user agents that put
 * raw SIP text on a WebSocket (subprotocol `sip`) and read what comes back.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import {
  digestResponse,
  header,
  parseDigest,
  parseSipMessage,
  serializeSipMessage,
  startSipWsTestServer,
  type SipMessage,
  type SipWsTestServer,
} from './sip-ws-test-server.ts';

const domain = 'pbx.test';
const accounts = { kiosk: 'kiosk-secret', '115': 'centre-secret' };

/** A minimal user agent: writes requests, answers requests, and collects what it receives. */
class RawAgent {
  readonly received: SipMessage[] = [];
  private waiters: { match: (m: SipMessage) => boolean; resolve: (m: SipMessage) => void }[] = [];
  readonly contactUser = `c${randomBytes(4).toString('hex')}`;
  private cseq = 1;

  private constructor(
    readonly socket: WebSocket,
    readonly user: string,
  ) {
    socket.on('message', (data) => {
      const message = parseSipMessage(data.toString());
      const waiter = this.waiters.find((w) => w.match(message));
      if (waiter) {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        waiter.resolve(message);
      } else this.received.push(message);
    });
  }

  static async connect(url: string, user: string): Promise<RawAgent> {
    const socket = new WebSocket(url, 'sip');
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    expect(socket.protocol).toBe('sip');
    return new RawAgent(socket, user);
  }

  next(match: (m: SipMessage) => boolean): Promise<SipMessage> {
    const already = this.received.find(match);
    if (already) {
      this.received.splice(this.received.indexOf(already), 1);
      return Promise.resolve(already);
    }
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }

  response(status: number, method: string): Promise<SipMessage> {
    return this.next((m) => m.kind === 'response' && m.status === status && m.method === method);
  }

  request(method: string): Promise<SipMessage> {
    return this.next((m) => m.kind === 'request' && m.method === method);
  }

  send(message: SipMessage): void {
    this.socket.send(serializeSipMessage(message));
  }

  build(
    method: string,
    uri: string,
    opts: {
      to?: string;
      callId?: string;
      extra?: [string, string][];
      body?: string;
      cseq?: number;
      branch?: string;
    },
  ): SipMessage {
    const headers = new Map<string, string[]>([
      [
        'via',
        [
          `SIP/2.0/WS ${this.contactUser}.invalid;branch=${opts.branch ?? `z9hG4bK${randomBytes(6).toString('hex')}`}`,
        ],
      ],
      ['max-forwards', ['70']],
      ['to', [opts.to ?? `<sip:${this.user}@${domain}>`]],
      ['from', [`"${this.user}" <sip:${this.user}@${domain}>;tag=${this.user}tag`]],
      ['call-id', [opts.callId ?? randomBytes(8).toString('hex')]],
      ['cseq', [`${opts.cseq ?? this.cseq++} ${method}`]],
      ['contact', [`<sip:${this.contactUser}@${this.contactUser}.invalid;transport=ws>`]],
    ]);
    for (const [name, value] of opts.extra ?? []) headers.set(name, [value]);
    return {
      kind: 'request',
      method,
      requestUri: uri,
      status: 0,
      reason: '',
      headers,
      body: opts.body ?? '',
    };
  }

  /** Answers a received request (Via, From, To with our tag, Call-ID, CSeq copied). */
  answer(request: SipMessage, status: number, reason: string, body = ''): SipMessage {
    const headers = new Map<string, string[]>();
    for (const name of ['via', 'from', 'call-id', 'cseq']) headers.set(name, request.headers.get(name)!);
    headers.set('to', [`${header(request, 'to')!};tag=${this.user}tag`]);
    headers.set('contact', [`<sip:${this.contactUser}@${this.contactUser}.invalid;transport=ws>`]);
    const response: SipMessage = {
      kind: 'response',
      method: request.method,
      requestUri: '',
      status,
      reason,
      headers,
      body,
    };
    this.send(response);
    return response;
  }

  authorization(challenge: SipMessage, method: string, uri: string, password: string): string {
    const p = parseDigest(
      header(challenge, challenge.status === 401 ? 'www-authenticate' : 'proxy-authenticate')!,
    );
    const cnonce = randomBytes(4).toString('hex');
    const response = digestResponse({
      username: this.user,
      realm: p.realm!,
      password,
      method,
      uri,
      nonce: p.nonce!,
      qop: 'auth',
      nc: '00000001',
      cnonce,
    });
    return `Digest username="${this.user}", realm="${p.realm}", nonce="${p.nonce}", uri="${uri}", response="${response}", algorithm=MD5, qop=auth, nc=00000001, cnonce="${cnonce}"`;
  }

  async register(password: string): Promise<SipMessage> {
    const callId = randomBytes(8).toString('hex');
    this.send(this.build('REGISTER', `sip:${domain}`, { callId, extra: [['expires', '600']] }));
    const challenge = await this.response(401, 'REGISTER');
    this.send(
      this.build('REGISTER', `sip:${domain}`, {
        callId,
        extra: [
          ['expires', '600'],
          ['authorization', this.authorization(challenge, 'REGISTER', `sip:${domain}`, password)],
        ],
      }),
    );
    return this.next((m) => m.kind === 'response' && m.method === 'REGISTER' && m.status !== 100);
  }

  /** INVITE with an answered 407 challenge; resolves with the authenticated INVITE that was sent. */
  async invite(target: string, body: string): Promise<SipMessage> {
    const callId = randomBytes(8).toString('hex');
    const uri = `sip:${target}@${domain}`;
    const to = `<${uri}>`;
    const first = this.build('INVITE', uri, {
      to,
      callId,
      body,
      extra: [['content-type', 'application/sdp']],
    });
    this.send(first);
    const challenge = await this.response(407, 'INVITE');
    // The ACK to the 407 (same branch as the INVITE, hop by hop).
    this.send(
      this.build('ACK', uri, {
        to: header(challenge, 'to')!,
        callId,
        cseq: Number(header(first, 'cseq')!.split(' ')[0]),
        branch: /branch=([^;]+)/.exec(header(first, 'via')!)![1],
      }),
    );
    const invite = this.build('INVITE', uri, {
      to,
      callId,
      body,
      extra: [
        ['content-type', 'application/sdp'],
        ['proxy-authorization', this.authorization(challenge, 'INVITE', uri, accounts.kiosk)],
      ],
    });
    this.send(invite);
    return invite;
  }

  close(): void {
    this.socket.close();
  }
}

const offer =
  'v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 9 RTP/AVP 0\r\n';

let server: SipWsTestServer;
const agents: RawAgent[] = [];
async function agent(user: string): Promise<RawAgent> {
  const a = await RawAgent.connect(server.url, user);
  agents.push(a);
  return a;
}

beforeEach(async () => {
  server = await startSipWsTestServer({ domain, accounts, busy: ['busy'] });
});
afterEach(async () => {
  for (const a of agents.splice(0)) a.close();
  await server.close();
});

describe('SIP messages', () => {
  it('parses compact and folded headers, lists and the body by Content-Length, and writes them back', () => {
    const text =
      'INVITE sip:115@pbx.test SIP/2.0\r\n' +
      'v: SIP/2.0/WS a.invalid;branch=z9hG4bK1, SIP/2.0/WS b.invalid;branch=z9hG4bK2\r\n' +
      'f: "Kiosk, Bürgerpunkt" <sip:kiosk@pbx.test>;tag=1\r\n' +
      't: <sip:115@pbx.test>\r\n' +
      'i: abc\r\n' +
      'CSeq: 7 INVITE\r\n' +
      'Subject: a\r\n  folded\r\n' +
      'l: 4\r\n\r\nv=0\n';
    const message = parseSipMessage(text);
    expect(message.method).toBe('INVITE');
    expect(message.headers.get('via')).toHaveLength(2);
    expect(header(message, 'from')).toBe('"Kiosk, Bürgerpunkt" <sip:kiosk@pbx.test>;tag=1');
    expect(header(message, 'subject')).toBe('a folded');
    expect(message.body).toBe('v=0\n');
    expect(parseSipMessage(serializeSipMessage(message))).toEqual(message);
  });

  it('refuses a message whose Content-Length does not match its body, or without one', () => {
    const head =
      'OPTIONS sip:pbx.test SIP/2.0\r\nVia: SIP/2.0/WS x;branch=z9hG4bK1\r\nFrom: <sip:a@b>;tag=1\r\nTo: <sip:pbx.test>\r\nCall-ID: 1\r\nCSeq: 1 OPTIONS\r\n';
    expect(() => parseSipMessage(`${head}Content-Length: 5\r\n\r\nabc`)).toThrow(/Content-Length 5/);
    expect(() => parseSipMessage(`${head}\r\n`)).toThrow(/Content-Length missing/);
  });

  it('computes the RFC 2617 digest (the example of section 3.5)', () => {
    expect(
      digestResponse({
        username: 'Mufasa',
        realm: 'testrealm@host.com',
        password: 'Circle Of Life',
        method: 'GET',
        uri: '/dir/index.html',
        nonce: 'dcd98b7102dd2f0e8b11d0f600bfb0c093',
        qop: 'auth',
        nc: '00000001',
        cnonce: '0a4f113b',
      }),
    ).toBe('6629fae49393a05397450978507c4ef1');
  });
});

describe('registration', () => {
  it('challenges a REGISTER with a digest and accepts the right password, echoing the contact', async () => {
    const kiosk = await agent('kiosk');
    const ok = await kiosk.register(accounts.kiosk);
    expect(ok.status).toBe(200);
    expect(header(ok, 'contact')).toContain(`sip:${kiosk.contactUser}@`);
    expect(header(ok, 'contact')).toContain(';expires=600');
    expect(server.isRegistered('kiosk')).toBe(true);
  });

  it('challenges again for a wrong password and does not register', async () => {
    const kiosk = await agent('kiosk');
    const answer = await kiosk.register('wrong');
    expect(answer.status).toBe(401);
    expect(server.isRegistered('kiosk')).toBe(false);
  });

  it('forgets a registration when its socket closes', async () => {
    const kiosk = await agent('kiosk');
    await kiosk.register(accounts.kiosk);
    kiosk.close();
    await new Promise<void>((resolve) => kiosk.socket.once('close', () => resolve()));
    await server.waitFor(() => !server.isRegistered('kiosk'));
    expect(server.isRegistered('kiosk')).toBe(false);
  });

  it('answers OPTIONS to itself with what it allows', async () => {
    const kiosk = await agent('kiosk');
    kiosk.send(kiosk.build('OPTIONS', `sip:${domain}`, {}));
    const ok = await kiosk.response(200, 'OPTIONS');
    expect(header(ok, 'allow')).toContain('INVITE');
  });
});

describe('calls', () => {
  it('routes an INVITE to the registered callee, relays 180/200 back, the ACK and the BYE on', async () => {
    const centre = await agent('115');
    expect((await centre.register(accounts['115'])).status).toBe(200);
    const kiosk = await agent('kiosk');
    await kiosk.register(accounts.kiosk);

    const invite = await kiosk.invite('115', offer);
    await kiosk.response(100, 'INVITE');
    const incoming = await centre.request('INVITE');
    expect(incoming.body).toBe(offer);
    expect(incoming.headers.get('via')).toHaveLength(2);
    expect(header(incoming, 'proxy-authorization')).toBeUndefined();
    expect(header(incoming, 'max-forwards')).toBe('69');

    centre.answer(incoming, 180, 'Ringing');
    const ringing = await kiosk.response(180, 'INVITE');
    expect(ringing.headers.get('via')).toEqual(invite.headers.get('via'));
    centre.answer(incoming, 200, 'OK', offer);
    const ok = await kiosk.response(200, 'INVITE');
    expect(ok.body).toBe(offer);

    const callId = header(invite, 'call-id')!;
    const remoteTarget = /<([^>]+)>/.exec(header(ok, 'contact')!)![1]!;
    kiosk.send(
      kiosk.build('ACK', remoteTarget, {
        to: header(ok, 'to')!,
        callId,
        cseq: Number(header(invite, 'cseq')!.split(' ')[0]),
      }),
    );
    expect(header(await centre.request('ACK'), 'call-id')).toBe(callId);

    kiosk.send(kiosk.build('BYE', remoteTarget, { to: header(ok, 'to')!, callId }));
    const bye = await centre.request('BYE');
    centre.answer(bye, 200, 'OK');
    expect((await kiosk.response(200, 'BYE')).status).toBe(200);
    expect(
      server.log.filter((e) => e.callId === callId && e.direction === 'in').map((e) => e.summary),
    ).toEqual(['INVITE', 'ACK', 'INVITE', '180 INVITE', '200 INVITE', 'ACK', 'BYE', '200 BYE']);
  });

  it('answers 486 Busy Here for a busy target, 480 for an account not registered, 404 for an unknown one', async () => {
    const kiosk = await agent('kiosk');
    await kiosk.invite('busy', offer);
    expect(
      (await kiosk.next((m) => m.kind === 'response' && m.status >= 400 && m.status !== 407)).status,
    ).toBe(486);
    await kiosk.invite('115', offer);
    const unavailable = await kiosk.next((m) => m.kind === 'response' && m.status >= 400 && m.status !== 407);
    expect(unavailable.status).toBe(480);
    expect(header(unavailable, 'to')).toMatch(/;tag=/);
    await kiosk.invite('999', offer);
    expect(
      (await kiosk.next((m) => m.kind === 'response' && m.status >= 400 && m.status !== 407)).status,
    ).toBe(404);
  });

  it('an INVITE without credentials never reaches the callee', async () => {
    const centre = await agent('115');
    await centre.register(accounts['115']);
    const kiosk = await agent('kiosk');
    kiosk.send(kiosk.build('INVITE', `sip:115@${domain}`, { to: `<sip:115@${domain}>`, body: offer }));
    expect((await kiosk.response(407, 'INVITE')).status).toBe(407);
    expect(centre.received.filter((m) => m.method === 'INVITE')).toEqual([]);
  });

  it('relays CANCEL to the ringing callee and its 487 back, acknowledging the callee itself', async () => {
    const centre = await agent('115');
    await centre.register(accounts['115']);
    const kiosk = await agent('kiosk');
    const invite = await kiosk.invite('115', offer);
    const incoming = await centre.request('INVITE');
    centre.answer(incoming, 180, 'Ringing');
    await kiosk.response(180, 'INVITE');

    const cancel = kiosk.build('CANCEL', invite.requestUri, {
      to: header(invite, 'to')!,
      callId: header(invite, 'call-id')!,
      cseq: Number(header(invite, 'cseq')!.split(' ')[0]),
      branch: /branch=([^;]+)/.exec(header(invite, 'via')!)![1],
    });
    kiosk.send(cancel);
    await kiosk.response(200, 'CANCEL');
    const forwardedCancel = await centre.request('CANCEL');
    centre.answer(forwardedCancel, 200, 'OK');
    centre.answer(incoming, 487, 'Request Terminated');
    expect((await kiosk.response(487, 'INVITE')).status).toBe(487);
    const ack = await centre.request('ACK');
    expect(header(ack, 'cseq')).toBe(`${header(invite, 'cseq')!.split(' ')[0]} ACK`);
    // The callee's 200 to the proxy's CANCEL stays at the proxy.
    expect(kiosk.received.filter((m) => m.method === 'CANCEL')).toEqual([]);
  });
});
