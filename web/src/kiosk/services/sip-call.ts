/**
 * One call over the red phone: a JsSIP user agent registers with the kiosk's extension at the town's PBX (SIP over
 * WebSocket, RFC 7118), calls the 115 target, and reports what happens as one of a few call states the screen can
 * put into words. Every way it can go wrong ends in a final state (busy, unreachable, microphone, failed), so the
 * screen never waits for ever.
 */
import type { RedPhoneSipAccount } from '@buergerpunkt/contracts';
import type { RTCSession } from 'jssip/lib/RTCSession';
import type { UA } from 'jssip/lib/UA';

export type CallState =
  'connecting' | 'ringing' | 'connected' | 'ended' | 'busy' | 'unreachable' | 'microphone' | 'failed';

export const finalStates: readonly CallState[] = ['ended', 'busy', 'unreachable', 'microphone', 'failed'];

/** Without a reply from the PBX within this time the call counts as not reachable. */
const connectTimeoutMs = 20_000;

/** JsSIP's failure causes (JsSIP.C.causes) → what the citizen is told. */
export function stateOfCause(cause: string | undefined): CallState {
  switch (cause) {
    case 'Busy':
      return 'busy';
    case 'User Denied Media Access':
      return 'microphone';
    case 'Canceled':
    case 'Terminated':
      return 'ended';
    case 'Unavailable':
    case 'Not Found':
    case 'Rejected':
    case 'Redirected':
    case 'Address Incomplete':
    case 'No Answer':
    case 'Connection Error':
    case 'Request Timeout':
    case 'Authentication Error':
    case 'SIP Failure Code':
    case 'Expires':
      return 'unreachable';
    default:
      return 'failed';
  }
}

export interface SipCallOptions {
  account: RedPhoneSipAccount;
  onState: (state: CallState) => void;
  onRemoteStream: (stream: MediaStream) => void;
}

export class SipCall {
  #ua: UA | null = null;
  #session: RTCSession | null = null;
  #state: CallState = 'connecting';
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: SipCallOptions) {}

  get state(): CallState {
    return this.#state;
  }

  /** Registers and calls; JsSIP is loaded only now, so the kiosk's first download stays small. */
  async start(): Promise<void> {
    this.#set('connecting');
    this.#timer = setTimeout(() => {
      if (this.#state === 'connecting') this.#finish('unreachable');
    }, connectTimeoutMs);
    let JsSIP: typeof import('jssip');
    try {
      // A CommonJS package: its exports arrive as the default export once bundled.
      const loaded = (await import('jssip')) as typeof import('jssip') & { default?: typeof import('jssip') };
      JsSIP = loaded.default ?? loaded;
    } catch {
      return this.#finish('failed');
    }
    if (this.#isFinal()) return;
    const { account } = this.options;
    let ua: UA;
    try {
      ua = new JsSIP.UA({
        sockets: [new JsSIP.WebSocketInterface(account.webSocketUrl)],
        uri: account.uri,
        password: account.password,
        display_name: account.displayName,
        ...(account.authorizationUser ? { authorization_user: account.authorizationUser } : {}),
        register: true,
        session_timers: false,
        // A kiosk does not retry behind the citizen's back: one failed connection is the answer.
        connection_recovery_min_interval: 2,
        connection_recovery_max_interval: 30,
        user_agent: 'Buergerpunkt-Kiosk',
      });
    } catch {
      return this.#finish('failed');
    }
    this.#ua = ua;
    ua.on('registered', () => {
      if (this.#state === 'connecting' && !this.#session) this.#call(ua);
    });
    // Wrong credentials, a timeout or a PBX error: for the citizen all the same, the 115 is not reachable now.
    ua.on('registrationFailed', () => {
      if (!this.#session) this.#finish('unreachable');
    });
    ua.on('disconnected', () => {
      // The PBX's WebSocket is not there (or went away before the call was set up).
      if (!this.#session || this.#state === 'connecting') this.#finish('unreachable');
    });
    ua.start();
  }

  #call(ua: UA): void {
    let session: RTCSession;
    try {
      session = ua.call(this.options.account.target, {
        mediaConstraints: { audio: true, video: false },
        pcConfig: { iceServers: [] },
        rtcOfferConstraints: { offerToReceiveAudio: true, offerToReceiveVideo: false },
      });
    } catch {
      // e.g. a target JsSIP cannot parse: a configuration fault, told as "the call did not work".
      return this.#finish('failed');
    }
    this.#session = session;
    session.on('peerconnection', ({ peerconnection }) => {
      peerconnection.addEventListener('track', (event: RTCTrackEvent) => {
        const stream = event.streams[0] ?? new MediaStream([event.track]);
        this.options.onRemoteStream(stream);
      });
    });
    session.on('progress', () => {
      if (this.#state === 'connecting') this.#set('ringing');
    });
    session.on('confirmed', () => {
      if (this.#timer) clearTimeout(this.#timer);
      this.#set('connected');
    });
    session.on('ended', () => this.#finish('ended'));
    session.on('failed', (event) => this.#finish(stateOfCause(event.cause)));
    // The ringing itself may take long (the centre's queue); the connect timeout only guards the set-up.
    session.on('sending', () => {
      if (this.#timer) clearTimeout(this.#timer);
    });
  }

  /** Hang up in any state: CANCEL while it rings, BYE once connected, or just stop trying to connect. */
  hangUp(): void {
    if (this.#isFinal()) return;
    const session = this.#session;
    if (session && !session.isEnded()) {
      try {
        session.terminate();
      } catch {
        // already ending
      }
    }
    this.#finish('ended');
  }

  #isFinal(): boolean {
    return finalStates.includes(this.#state);
  }

  #set(state: CallState): void {
    this.#state = state;
    this.options.onState(state);
  }

  #finish(state: CallState): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (this.#isFinal()) return;
    this.#set(state);
    const ua = this.#ua;
    this.#ua = null;
    // Unregister and close the WebSocket once the session's last message (BYE or CANCEL) is on its way.
    if (ua) setTimeout(() => ua.stop(), 0);
  }
}
