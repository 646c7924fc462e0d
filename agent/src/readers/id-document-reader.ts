/**
 * The reader for old identity documents attached to the agent (a chip/NFC or MRZ reader in or at the box's deposit
 * compartment). The hub asks through the box protocol (`read_old_document`) once the citizen has put the old
 * document into the deposit compartment and closed its door; the reader reads the document lying in that
 * compartment and compares its holder with the expected one. A real reader implements this interface; the
 * simulated one serves the demo and the tests.
 */

export interface OldDocumentReading {
  /** The document number as read (the hub keeps it only masked and as a keyed hash). */
  documentNumber: string;
  /** The holder read from the document is the holder of the waiting document. */
  holderMatches: boolean;
}

/** Why a read gave no result; also the `fault` of the ack. */
export type IdDocumentReadFault = 'no_document' | 'unreadable' | 'reader_fault';

export class IdDocumentReadError extends Error {
  readonly reason: IdDocumentReadFault;
  constructor(reason: IdDocumentReadFault) {
    super(`id document reader: ${reason}`);
    this.name = 'IdDocumentReadError';
    this.reason = reason;
  }
}

export interface IdDocumentReader {
  /** Reads the document in `compartment` and compares it with `expected`; throws IdDocumentReadError. */
  read(compartment: number, expected: { holderName: string }): Promise<OldDocumentReading>;
}
