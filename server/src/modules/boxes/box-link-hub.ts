/**
 * The hub's half of the box link: which box agents are connected, the dispatcher that sends their queued commands,
 * and the intake of their acks and events. Transport-agnostic: the in-process simulated box and the agent's
 * WebSocket both attach a `BoxConnection` and hand every incoming message to `receive`.
 *
 * Guarantees: commands go out oldest first and are resent on a new connection until acknowledged (the agent
 * recognises repeated command ids); an event is stored and processed in one transaction, once per event id, and
 * only then receipted; messages that fail the protocol schemas are dropped and logged; nothing here throws at the
 * transport. Work for one box runs strictly in arrival order.
 */
import { publishLive } from '../live/live-bus.ts';
import {
  AgentToHubMessageSchema,
  BoxCommandSchema,
  type AgentToHubMessage,
  type BoxCommand,
  type BoxEvent,
  type CommandResult,
  type EvidenceImageMessage,
  type HubToAgentMessage,
} from '@buergerpunkt/contracts';
import { Value } from 'typebox/value';
import type { AppContext } from '../../context.ts';
import { addMs, isoNow } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { raiseAlert } from '../alerts/raise-alert.ts';
import { findDocumentById } from '../documents/documents-repository.ts';
import {
  completeCommand,
  findBox,
  findCompartmentById,
  insertBoxEventOnce,
  listOutstandingCommands,
  markCommandSent,
  setBoxLinkStatus,
  type BoxCommandRow,
  type CommandCursor,
} from './boxes-repository.ts';
import { registerBoxLink } from './box-link-registry.ts';
import { checkBoxTimeouts } from './box-timeouts.ts';
import { doorFlowStates, isInDoorFlow } from './door-flow-outcomes.ts';
import { enqueueBoxCommand } from './enqueue-box-command.ts';
import { handleBoxEvent } from './handle-box-event.ts';
import { handleCommandResult } from './handle-command-result.ts';
import { depositUnlockRefusal } from '../deposits/deposit-unlocks.ts';
import { storeEvidenceImage } from '../evidence/store-evidence-image.ts';
// offline-safe box (issue 19)
import type { OfflineFact } from '@buergerpunkt/contracts';
import { applyOfflineFact } from '../offline/apply-offline-fact.ts';
import { recordLinkOutage } from '../offline/record-link-outage.ts';
import { OfflineVerifierSync } from '../offline/offline-verifier-sync.ts';

/** One connected agent as the transport offers it. `send` must not throw for a closed connection. */
export interface BoxConnection {
  send(message: HubToAgentMessage): void;
  close(): void;
}

/** What the transport gets back from `attach`: where to hand incoming messages, and how to say the link is gone. */
export interface BoxAttachment {
  /** One message from the agent: the raw JSON text, or an already parsed value. Invalid ones are dropped. */
  receive(raw: unknown): void;
  detach(): void;
}

interface Link {
  boxId: string;
  connection: BoxConnection;
  /** False until this connection has been sent every unacknowledged (`sent`) command again. */
  resent: boolean;
  /** How far the resending has got (commands stay `sent` while resent, so it pages by position). */
  resendCursor: CommandCursor | null;
}

/** An agent message larger than this is not a protocol message (a full status of 1000 compartments is ~70 kB). */
const maxMessageChars = 256 * 1024;
const maxAttemptsOnConflict = 3;
/** Commands per dispatcher pass; a full batch schedules the next pass at once. */
const dispatchBatch = 200;

/** The id under which an event is stored: event ids are chosen by agents, so they are unique per box only. */
export function storedEventId(boxId: string, eventId: string): string {
  return `${boxId}:${eventId}`;
}

export class BoxLinkHub {
  readonly #ctx: AppContext;
  readonly #links = new Map<string, Link>();
  readonly #queues = new Map<string, Promise<void>>();
  readonly #dispatchQueued = new Set<string>();
  #timer: NodeJS.Timeout | undefined;
  #tick: Promise<void> | undefined;
  readonly #offline: OfflineVerifierSync;

  constructor(ctx: AppContext) {
    this.#ctx = ctx;
    this.#offline = new OfflineVerifierSync(ctx);
    // The agents' WebSocket route and the staff endpoints find the link of their hub through the registry.
    registerBoxLink(ctx, this);
  }

  /** Connects a box's agent. A second attach for the same box replaces (and closes) the first connection. */
  attach(boxId: string, connection: BoxConnection): BoxAttachment {
    const previous = this.#links.get(boxId);
    const link: Link = { boxId, connection, resent: false, resendCursor: null };
    this.#links.set(boxId, link);
    if (previous) closeQuietly(previous.connection);
    this.#enqueue(boxId, () => this.#onAttached(link));
    return {
      receive: (raw) => {
        if (this.#links.get(boxId) !== link) return;
        this.#receive(link, raw);
      },
      detach: () => this.#detach(link),
    };
  }

  isConnected(boxId: string): boolean {
    return this.#links.has(boxId);
  }

  connectedBoxIds(): string[] {
    return [...this.#links.keys()];
  }

  /** Asks the dispatcher to send the box's pending commands (after a transaction queued some). */
  wake(boxId: string): void {
    if (!this.#links.has(boxId) || this.#dispatchQueued.has(boxId)) return;
    this.#dispatchQueued.add(boxId);
    this.#enqueue(boxId, async () => {
      this.#dispatchQueued.delete(boxId);
      await this.#dispatch(boxId);
    });
  }

  /**
   * Periodic duties: dispatch for every connected box (commands queued by another hub instance) and the
   * timeout checks (unlock without opening, door left open).
   */
  start(intervalMs = 1000): void {
    clearInterval(this.#timer);
    this.#timer = setInterval(() => {
      if (this.#tick) return;
      for (const boxId of this.#links.keys()) {
        this.wake(boxId);
        this.#enqueue(boxId, () => this.#syncOffline(boxId));
      }
      this.#tick = checkBoxTimeouts(this.#ctx)
        .then(() => undefined)
        .catch((error: unknown) => this.#ctx.log.error({ err: error }, 'box timeout check failed'))
        .finally(() => (this.#tick = undefined));
    }, intervalMs);
    this.#timer.unref();
  }

  /** Stops the timer, detaches every box (recorded as disconnected) and waits for work in progress. */
  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    for (const link of [...this.#links.values()]) {
      this.#detach(link);
      closeQuietly(link.connection);
    }
    await this.#tick;
    await this.whenIdle();
  }

  isIdle(): boolean {
    return this.#queues.size === 0;
  }

  /** Resolves once no work is queued for any box (tests and the dev simulator routes wait on it). */
  async whenIdle(): Promise<void> {
    while (this.#queues.size > 0) await Promise.all([...this.#queues.values()]);
  }

  #enqueue(boxId: string, task: () => Promise<void>): void {
    const tail = (this.#queues.get(boxId) ?? Promise.resolve()).then(task).catch((error: unknown) => {
      this.#ctx.log.error({ err: error, boxId }, 'box link task failed');
    });
    this.#queues.set(boxId, tail);
    void tail.then(() => {
      if (this.#queues.get(boxId) === tail) this.#queues.delete(boxId);
    });
  }

  async #onAttached(link: Link): Promise<void> {
    const { db } = this.#ctx;
    const box = await findBox(db, link.boxId);
    if (!box) {
      this.#ctx.log.warn({ boxId: link.boxId }, 'agent for an unknown box refused');
      this.#detach(link);
      closeQuietly(link.connection);
      return;
    }
    const now = isoNow(this.#ctx.clock);
    await db.transaction().execute(async (trx) => {
      await recordLinkOutage(trx, this.#ctx, box, now);
      await setBoxLinkStatus(trx, link.boxId, true, now);
      publishLive(trx, { type: 'box', boxId: link.boxId, connected: true });
      // Learn the doors and sensors as they are now: the box may have changed while it was away.
      await enqueueBoxCommand(trx, this.#ctx, now, { boxId: link.boxId, type: 'read_status' });
    });
    this.#ctx.log.info({ boxId: link.boxId }, 'box connected');
    await this.#dispatch(link.boxId);
  }

  #detach(link: Link): void {
    if (this.#links.get(link.boxId) !== link) return;
    this.#links.delete(link.boxId);
    this.#offline.forget(link.boxId);
    this.#enqueue(link.boxId, () => this.#onDetached(link.boxId));
  }

  async #onDetached(boxId: string): Promise<void> {
    if (this.#links.has(boxId)) return; // already back: the new connection recorded itself
    const now = isoNow(this.#ctx.clock);
    await this.#ctx.db.transaction().execute(async (trx) => {
      await setBoxLinkStatus(trx, boxId, false, now);
      publishLive(trx, { type: 'box', boxId, connected: false });
      const inFlow = await trx
        .selectFrom('documents')
        .select(['id', 'state'])
        .where('box_id', '=', boxId)
        .where('state', 'in', [...doorFlowStates])
        .execute();
      // Staff should know when a box drops out in the middle of a door flow; nothing is decided until it is back.
      if (inFlow.length > 0) {
        await raiseAlert(trx, this.#ctx, now, {
          kind: 'box_offline',
          boxId,
          data: { documents: inFlow.map((d) => ({ id: d.id, state: d.state })) },
        });
      }
    });
    this.#ctx.log.warn({ boxId }, 'box disconnected');
  }

  async #dispatch(boxId: string): Promise<void> {
    const link = this.#links.get(boxId);
    if (!link) return;
    const { db } = this.#ctx;
    const now = isoNow(this.#ctx.clock);
    const staleBefore = addMs(now, -this.#ctx.config.pickup.unlockTimeoutSeconds * 1000);
    // A new connection gets everything not acknowledged; later passes only what was never sent.
    const resending = !link.resent;
    const batch = await listOutstandingCommands(db, boxId, {
      includeSent: resending,
      after: resending ? link.resendCursor : null,
      limit: dispatchBatch,
    });
    for (const command of batch) {
      if (this.#links.get(boxId) !== link) return;
      const message = commandMessage(command);
      const refusal = message ? await this.#refusal(command, staleBefore) : 'invalid_command';
      if (refusal || !message) {
        await completeCommand(db, command.id, 'failed', { ok: false, fault: refusal }, now);
        this.#ctx.log.warn({ boxId, commandId: command.id, refusal }, 'box command not sent');
        continue;
      }
      if (command.status === 'pending') await markCommandSent(db, command.id, now);
      try {
        link.connection.send(message);
      } catch (error) {
        // Stays `sent`: the next connection sends it again.
        this.#ctx.log.warn({ err: error, boxId, commandId: command.id }, 'sending a box command failed');
      }
    }
    const last = batch[batch.length - 1];
    if (resending && last) link.resendCursor = { created_at: last.created_at, id: last.id };
    if (batch.length < dispatchBatch) link.resent = true;
    else this.wake(boxId);
  }

  /**
   * Why an unlock must not go out (any more): a door must never open when nobody is waiting for it. An unlock older
   * than the unlock timeout has been (or is about to be) reported as a door fault; an unlock for a document that
   * is no longer in a door flow, or for another compartment than the document's, is not wanted.
   */
  async #refusal(command: BoxCommandRow, staleBefore: string): Promise<string | null> {
    if (command.type !== 'unlock') return null;
    if (command.created_at < staleBefore) return 'expired';
    if (!command.document_id) return depositUnlockRefusal(this.#ctx.db, command.id);
    const document = await findDocumentById(this.#ctx.db, command.document_id);
    if (!document || !isInDoorFlow(document) || !document.compartment_id) return 'not_expected';
    const compartment = await findCompartmentById(this.#ctx.db, document.compartment_id);
    const wanted = (JSON.parse(command.payload) as { compartment?: number }).compartment;
    return compartment && compartment.number === wanted ? null : 'not_expected';
  }

  #receive(link: Link, raw: unknown): void {
    const message = parseAgentMessage(raw);
    if (!message) {
      this.#ctx.log.warn({ boxId: link.boxId }, 'invalid message from box agent dropped');
      return;
    }
    this.#enqueue(link.boxId, () =>
      message.kind === 'ack'
        ? this.#onAck(link, message)
        : message.kind === 'evidence_image'
          ? this.#onEvidenceImage(link, message)
          : message.kind === 'offline_fact'
            ? this.#onOfflineFact(link, message)
            : this.#onEvent(link, message),
    );
  }

  /** An evidence image: stored sealed (or refused) in one transaction, then receipted like an event. */
  async #onEvidenceImage(link: Link, message: EvidenceImageMessage): Promise<void> {
    const handled = await this.#withRetry(() =>
      this.#ctx.db
        .transaction()
        .execute((trx) => storeEvidenceImage(trx, this.#ctx, link.boxId, message, isoNow(this.#ctx.clock))),
    );
    if (handled && this.#links.get(link.boxId) === link) {
      try {
        link.connection.send({ kind: 'event_receipt', eventId: message.eventId });
      } catch (error) {
        this.#ctx.log.warn({ err: error, boxId: link.boxId }, 'sending an evidence receipt failed');
      }
    }
  }

  async #onAck(link: Link, ack: CommandResult): Promise<void> {
    await this.#withRetry(() =>
      this.#ctx.db
        .transaction()
        .execute((trx) => handleCommandResult(trx, this.#ctx, link.boxId, ack, isoNow(this.#ctx.clock))),
    );
  }

  async #onEvent(link: Link, event: BoxEvent): Promise<void> {
    const handled = await this.#withRetry(() =>
      this.#ctx.db.transaction().execute(async (trx) => {
        const receivedAt = isoNow(this.#ctx.clock);
        const first = await insertBoxEventOnce(trx, {
          id: storedEventId(link.boxId, event.eventId),
          box_id: link.boxId,
          type: event.type,
          payload: JSON.stringify(event),
          received_at: receivedAt,
        });
        if (first) await handleBoxEvent(trx, this.#ctx, link.boxId, event, receivedAt);
        return true;
      }),
    );
    // An event may have queued a command for this box (the old-document deposit's read): send it.
    if (handled) this.wake(link.boxId);
    // Only a stored event is receipted; an event whose processing failed comes again with the agent's journal.
    if (handled && this.#links.get(link.boxId) === link) {
      try {
        link.connection.send({ kind: 'event_receipt', eventId: event.eventId });
      } catch (error) {
        this.#ctx.log.warn({ err: error, boxId: link.boxId }, 'sending an event receipt failed');
      }
    }
  }

  /** Sends the box's agent its offline verifiers when they changed (docs/offline.md). */
  async #syncOffline(boxId: string): Promise<void> {
    const link = this.#links.get(boxId);
    if (!link) return;
    await this.#offline.sync(boxId, (message) => {
      if (this.#links.get(boxId) === link) link.connection.send(message);
    });
  }

  /** A fact the agent journaled while offline: stored once and applied in one transaction, then receipted. */
  async #onOfflineFact(link: Link, fact: OfflineFact): Promise<void> {
    const handled = await this.#withRetry(() =>
      this.#ctx.db.transaction().execute(async (trx) => {
        const receivedAt = isoNow(this.#ctx.clock);
        const first = await insertBoxEventOnce(trx, {
          id: storedEventId(link.boxId, fact.eventId),
          box_id: link.boxId,
          type: `offline_${fact.type}`,
          payload: JSON.stringify(fact),
          received_at: receivedAt,
        });
        if (first) await applyOfflineFact(trx, this.#ctx, link.boxId, fact, receivedAt);
        return true;
      }),
    );
    if (handled && this.#links.get(link.boxId) === link) {
      try {
        link.connection.send({ kind: 'event_receipt', eventId: fact.eventId });
      } catch (error) {
        this.#ctx.log.warn({ err: error, boxId: link.boxId }, 'sending an offline fact receipt failed');
      }
    }
  }

  /** Runs a transaction again when a concurrent change won the race (e.g. a kiosk and a box event at once). */
  async #withRetry<T>(work: () => Promise<T>): Promise<T | undefined> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await work();
      } catch (error) {
        const raced = error instanceof AppError && error.code === 'document_state_changed';
        if (raced && attempt < maxAttemptsOnConflict) continue;
        this.#ctx.log.error({ err: error }, 'box message could not be processed');
        return undefined;
      }
    }
  }
}

/** Parses and validates one agent message; undefined for anything that is not exactly a protocol message. */
export function parseAgentMessage(raw: unknown): AgentToHubMessage | undefined {
  let value = raw;
  if (typeof raw === 'string') {
    if (raw.length > maxMessageChars) return undefined;
    try {
      value = JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  return Value.Check(AgentToHubMessageSchema, value) ? (value as AgentToHubMessage) : undefined;
}

/** The protocol message for a stored command; undefined when the row cannot be one (it is then failed). */
function commandMessage(command: BoxCommandRow): BoxCommand | undefined {
  let message: unknown;
  if (command.type === 'read_status') {
    message = { kind: 'command', commandId: command.id, type: 'read_status' };
  } else if (command.type === 'read_old_document') {
    try {
      const { compartment, expectedHolder } = JSON.parse(command.payload) as Record<string, unknown>;
      message = {
        kind: 'command',
        commandId: command.id,
        type: 'read_old_document',
        compartment,
        expectedHolder,
      };
    } catch {
      return undefined;
    }
  } else if (command.type === 'unlock') {
    try {
      const { compartment, captureEvidence, requireOccupied } = JSON.parse(command.payload) as {
        compartment?: unknown;
        captureEvidence?: unknown;
        requireOccupied?: unknown;
      };
      message = {
        kind: 'command',
        commandId: command.id,
        type: 'unlock',
        compartment,
        ...(captureEvidence === true ? { captureEvidence: true } : {}),
        ...(requireOccupied === true ? { requireOccupied: true } : {}),
      };
    } catch {
      return undefined;
    }
  }
  return Value.Check(BoxCommandSchema, message) ? (message as BoxCommand) : undefined;
}

function closeQuietly(connection: BoxConnection): void {
  try {
    connection.close();
  } catch {
    // The transport is gone already.
  }
}
