/**
 * The agent's memory on disk (one small SQLite file, written synchronously before anything leaves the process):
 * events waiting for the hub's receipt, the commands it has handled (so a resent or replayed command id is never
 * carried out twice, even after a restart), and the last known state of every door (so a restart notices what
 * changed while it was down and keeps the door timers).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { BoxEvent, CommandResult, EvidenceImageMessage, OfflineFact } from '@buergerpunkt/contracts';

/** What waits in the journal for the hub's receipt: events, evidence images and offline facts (docs/offline.md). */
export type JournaledMessage = BoxEvent | EvidenceImageMessage | OfflineFact;

export type CommandState = 'started' | 'done';

export interface HandledCommand {
  commandId: string;
  type: string;
  compartment: number | null;
  state: CommandState;
  result: CommandResult | null;
}

export interface DoorRecord {
  compartment: number;
  door: 'open' | 'closed' | 'unknown';
  occupied: boolean | null;
  /** When the door was seen opening (null while closed). */
  openedAt: string | null;
  /** The door-left-open alarm was raised for this opening. */
  leftOpenAlarmed: boolean;
  /** An unlock is waiting for this door to open until then (null: none). */
  unlockDeadline: string | null;
  unlockCommandId: string | null;
}

interface DoorRow {
  compartment: number;
  door: string;
  occupied: number | null;
  opened_at: string | null;
  left_open_alarmed: number;
  unlock_deadline: string | null;
  unlock_command_id: string | null;
}

/** How long handled command ids are remembered: far longer than the hub ever resends a command. */
const rememberCommandsDays = 30;

export class Journal {
  readonly #db: Database.Database;

  constructor(dataDir: string, fileName = 'agent-journal.sqlite') {
    mkdirSync(dataDir, { recursive: true });
    this.#db = new Database(join(dataDir, fileName));
    this.#db.pragma('journal_mode = WAL');
    // FULL: a record written before a lock pulse must survive a power cut, not only a crash of the process.
    this.#db.pragma('synchronous = FULL');
    this.#db.exec(`
      create table if not exists journal (
        seq integer primary key autoincrement,
        event_id text not null unique,
        message text not null,
        created_at text not null
      );
      create table if not exists commands (
        command_id text primary key,
        type text not null,
        compartment integer,
        state text not null,
        result text,
        received_at text not null,
        completed_at text
      );
      create table if not exists doors (
        compartment integer primary key,
        door text not null,
        occupied integer,
        opened_at text,
        left_open_alarmed integer not null default 0,
        unlock_deadline text,
        unlock_command_id text
      );
      create table if not exists evidence_requests (
        command_id text primary key,
        compartment integer not null,
        requested_at text not null,
        state text not null
      );
    `);
    // Evidence requests are only of use while their door may still open; a day is far beyond any unlock timeout.
    this.#db
      .prepare(`delete from evidence_requests where requested_at < ?`)
      .run(new Date(Date.now() - 86_400_000).toISOString());
    const cutoff = new Date(Date.now() - rememberCommandsDays * 86_400_000).toISOString();
    this.#db.prepare(`delete from commands where state = 'done' and completed_at < ?`).run(cutoff);
  }

  close(): void {
    this.#db.close();
  }

  /** The journal's database: the offline verifier store (offline/verifier-store.ts) keeps its table beside it. */
  get database(): Database.Database {
    return this.#db;
  }

  // --- events -------------------------------------------------------------------------------------------------

  /** Journals an event (or an evidence image) before it is sent; it stays until the hub's receipt. */
  appendEvent(event: JournaledMessage): void {
    this.#db
      .prepare('insert or ignore into journal (event_id, message, created_at) values (?, ?, ?)')
      .run(event.eventId, JSON.stringify(event), new Date().toISOString());
  }

  /** Events without a receipt, oldest first. */
  pendingEvents(): JournaledMessage[] {
    return this.#db
      .prepare<[], { message: string }>('select message from journal order by seq')
      .all()
      .map((row) => JSON.parse(row.message) as JournaledMessage);
  }

  // --- evidence images ----------------------------------------------------------------------------------------

  /** An unlock asked for an evidence image: remembered (on disk) until its door opens. */
  requestEvidence(commandId: string, compartment: number, at: Date): void {
    this.#db
      .prepare(
        `insert or ignore into evidence_requests (command_id, compartment, requested_at, state)
         values (?, ?, ?, 'waiting')`,
      )
      .run(commandId, compartment, at.toISOString());
  }

  /**
   * The door of `compartment` opened: the newest waiting request for it made at or after `notBefore` is claimed
   * (state `capturing`), so one opening takes one image. Undefined when none waits.
   */
  claimEvidenceRequest(compartment: number, notBefore: Date): string | undefined {
    return this.#db.transaction(() => {
      const row = this.#db
        .prepare<[number, string], { command_id: string }>(
          `select command_id from evidence_requests
           where compartment = ? and state = 'waiting' and requested_at >= ?
           order by requested_at desc limit 1`,
        )
        .get(compartment, notBefore.toISOString());
      if (!row) return undefined;
      this.#db
        .prepare(`update evidence_requests set state = 'capturing' where command_id = ?`)
        .run(row.command_id);
      return row.command_id;
    })();
  }

  /** The image is taken: journaled for sending and the request closed, in one transaction. */
  evidenceTaken(commandId: string, message: EvidenceImageMessage): void {
    this.#db.transaction(() => {
      this.appendEvent(message);
      this.#db.prepare(`update evidence_requests set state = 'taken' where command_id = ?`).run(commandId);
    })();
  }

  evidenceFailed(commandId: string): void {
    this.#db.prepare(`update evidence_requests set state = 'failed' where command_id = ?`).run(commandId);
  }

  /** How many events wait for a receipt. */
  pendingCount(): number {
    return (this.#db.prepare<[], { n: number }>('select count(*) as n from journal').get() ?? { n: 0 }).n;
  }

  receipted(eventId: string): void {
    this.#db.prepare('delete from journal where event_id = ?').run(eventId);
  }

  // --- commands -----------------------------------------------------------------------------------------------

  findCommand(commandId: string): HandledCommand | undefined {
    const row = this.#db
      .prepare<
        [string],
        { command_id: string; type: string; compartment: number | null; state: string; result: string | null }
      >('select command_id, type, compartment, state, result from commands where command_id = ?')
      .get(commandId);
    if (!row) return undefined;
    return {
      commandId: row.command_id,
      type: row.type,
      compartment: row.compartment,
      state: row.state as CommandState,
      result: row.result ? (JSON.parse(row.result) as CommandResult) : null,
    };
  }

  /**
   * Records that a command is being carried out, BEFORE the hardware is touched: a crash after this line and
   * before `finishCommand` leaves `started`, and the command is then never carried out again, only reported.
   * False when the id was known already.
   */
  startCommand(commandId: string, type: string, compartment: number | null): boolean {
    const result = this.#db
      .prepare(
        `insert or ignore into commands (command_id, type, compartment, state, received_at)
         values (?, ?, ?, 'started', ?)`,
      )
      .run(commandId, type, compartment, new Date().toISOString());
    return result.changes === 1;
  }

  countCommands(): number {
    return (this.#db.prepare<[], { n: number }>('select count(*) as n from commands').get() ?? { n: 0 }).n;
  }

  // --- doors --------------------------------------------------------------------------------------------------

  doors(): DoorRecord[] {
    return this.#db
      .prepare<[], DoorRow>('select * from doors order by compartment')
      .all()
      .map((row) => ({
        compartment: row.compartment,
        door: row.door as DoorRecord['door'],
        occupied: row.occupied === null ? null : row.occupied === 1,
        openedAt: row.opened_at,
        leftOpenAlarmed: row.left_open_alarmed === 1,
        unlockDeadline: row.unlock_deadline,
        unlockCommandId: row.unlock_command_id,
      }));
  }

  /**
   * Writes what one step of the controller decided, in one transaction: changed door records, the events they
   * produced (journaled for sending) and a command's result.
   */
  record(step: {
    doors?: readonly DoorRecord[];
    events?: readonly BoxEvent[];
    result?: CommandResult;
  }): void {
    const upsert = this.#db.prepare(
      `insert into doors (compartment, door, occupied, opened_at, left_open_alarmed, unlock_deadline, unlock_command_id)
       values (?, ?, ?, ?, ?, ?, ?)
       on conflict (compartment) do update set door = excluded.door, occupied = excluded.occupied,
         opened_at = excluded.opened_at, left_open_alarmed = excluded.left_open_alarmed,
         unlock_deadline = excluded.unlock_deadline, unlock_command_id = excluded.unlock_command_id`,
    );
    this.#db.transaction(() => {
      for (const event of step.events ?? []) this.appendEvent(event);
      for (const r of step.doors ?? []) {
        upsert.run(
          r.compartment,
          r.door,
          r.occupied === null ? null : r.occupied ? 1 : 0,
          r.openedAt,
          r.leftOpenAlarmed ? 1 : 0,
          r.unlockDeadline,
          r.unlockCommandId,
        );
      }
      if (step.result) {
        this.#db
          .prepare(`update commands set state = 'done', result = ?, completed_at = ? where command_id = ?`)
          .run(JSON.stringify(step.result), new Date().toISOString(), step.result.commandId);
      }
    })();
  }
}
