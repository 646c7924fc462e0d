/**
 * Commissioning helpers for the bench probe: a transport wrapper that logs every byte sent and received in hex with a
 * timestamp (`--raw`), and the CU16 bus-wide query (`--query-all`: `02 F0 32 03 27`, each board answers `0x36`).
 */
import type { ByteTransport } from '../drivers/byte-transport.ts';
import { findQueryAllReplies, hex, queryAllRequest } from '../drivers/kerong-frames.ts';
import { delay } from '../drivers/line-queue.ts';

/** One logged chunk: direction, when (ISO time with milliseconds), the bytes in hex. */
export type RawLog = (direction: 'TX' | 'RX', at: Date, bytes: string) => void;

/** Prints `12:00:00.123 RX 02 00 35 …`. */
export function formatRaw(direction: 'TX' | 'RX', at: Date, bytes: string): string {
  return `${at.toISOString().slice(11, 23)} ${direction} ${bytes}`;
}

/** Wraps a transport so that every chunk written and received is logged as it passes. */
export function tapTransport(
  inner: ByteTransport,
  log: RawLog,
  now: () => Date = () => new Date(),
): ByteTransport {
  return {
    description: inner.description,
    open: () => inner.open(),
    isOpen: () => inner.isOpen(),
    write: async (bytes) => {
      log('TX', now(), hex(bytes));
      await inner.write(bytes);
    },
    onData: (listener) =>
      inner.onData((chunk) => {
        log('RX', now(), hex(chunk));
        listener(chunk);
      }),
    close: () => inner.close(),
  };
}

export interface QueryAllResult {
  /** Board addresses that answered with a valid `0x36` frame, ascending. */
  boards: number[];
  /** The valid answers as received. */
  frames: Buffer[];
  /** Bytes that fit no answer (collisions of boards answering at once, noise), for the operator to read. */
  unknown: Buffer;
}

/**
 * Sends the bus-wide query once and collects everything the line carries for `listenMs`. Boards that share the bus
 * may answer close together; answers that collided show up as `unknown` bytes (then scan the addresses one by one).
 */
export async function queryAllBoards(transport: ByteTransport, listenMs = 1000): Promise<QueryAllResult> {
  const chunks: Buffer[] = [];
  transport.onData((chunk) => chunks.push(chunk));
  await transport.open();
  await transport.write(queryAllRequest());
  await delay(listenMs);
  return findQueryAllReplies(Buffer.concat(chunks));
}
