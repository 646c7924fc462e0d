/**
 * The old-document check: the citizen puts their previous ID document into the terminal's reader slot and the
 * reader tells whether it belongs to the holder of the waiting document. Real readers (chip/MRZ) plug in behind
 * `IdDocumentReader`; the simulated one serves the demo and the tests. Chosen by `pickup.idDocumentReader`.
 */
import type { AppContext } from '../../context.ts';

export interface OldDocumentReading {
  /** Number of the old document as read (kept only masked in the audit log). */
  documentNumber: string;
  /** The reader found the holder of the old document to be the holder of the waiting one. */
  holderMatches: boolean;
}

export class IdDocumentReadError extends Error {
  constructor(readonly reason: 'no_document' | 'unreadable' | 'reader_fault') {
    super(`id document reader: ${reason}`);
    this.name = 'IdDocumentReadError';
  }
}

export interface IdDocumentReader {
  /** Reads the document lying in `terminal`'s slot and compares it with the expected holder; throws IdDocumentReadError. */
  readOldDocument(
    terminal: { id: string; boxId: string | null },
    expected: { documentId: string; holderName: string },
  ): Promise<OldDocumentReading>;
}

/**
 * A slot per terminal into which the demo (or a test) lays what the reader will find next. An empty slot reads as
 * the holder's own old document, so the demo pickup works without extra steps.
 */
export class SimulatedIdDocumentReader implements IdDocumentReader {
  readonly #slots = new Map<string, OldDocumentReading | IdDocumentReadError>();

  insert(terminalId: string, next: OldDocumentReading | IdDocumentReadError): void {
    this.#slots.set(terminalId, next);
  }

  async readOldDocument(terminal: { id: string }): Promise<OldDocumentReading> {
    const next = this.#slots.get(terminal.id);
    this.#slots.delete(terminal.id);
    if (next instanceof IdDocumentReadError) throw next;
    return next ?? { documentNumber: 'L01X00T47', holderMatches: true };
  }
}

const readers = new WeakMap<object, IdDocumentReader | null>();

/** The configured reader of this hub, or null when the installation has none (the check is then refused). */
export function idDocumentReaderFor(ctx: Pick<AppContext, 'config'>): IdDocumentReader | null {
  const key = ctx.config;
  if (!readers.has(key)) {
    const kind = ctx.config.pickup.idDocumentReader ?? (ctx.config.mode === 'demo' ? 'simulated' : 'none');
    readers.set(key, kind === 'simulated' ? new SimulatedIdDocumentReader() : null);
  }
  return readers.get(key) ?? null;
}
