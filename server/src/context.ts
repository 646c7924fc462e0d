/**
 * What services need from the outside world, built once in main.ts (or by a test) and passed down explicitly:
 * database, configuration, clock, ids, logger, and the links to the box and the SMS provider.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config.ts';
import type { Db, DialectName } from './db/database.ts';
import type { Clock } from './platform/clock.ts';
import type { IdGenerator } from './platform/ids.ts';

export interface Logger {
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object | string, msg?: string): void;
  debug(obj: object | string, msg?: string): void;
}

export interface AppContext {
  db: Db;
  dialect: DialectName;
  config: Config;
  clock: Clock;
  ids: IdGenerator;
  log: Logger | FastifyBaseLogger;
  /** Wakes the box command dispatcher after a transaction queued commands (set by the box link). */
  onBoxCommandsQueued: (boxId: string) => void;
  /** Wakes the job runner after a transaction queued jobs. */
  onJobsQueued: () => void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {}, debug() {} };
