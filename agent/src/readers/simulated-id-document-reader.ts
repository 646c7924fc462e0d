/**
 * A simulated old-document reader for the demo and the tests: it reads what a (simulated) person laid into the
 * compartment of the simulated board. Nothing inside → `no_document`; an item laid in without document details
 * reads as the holder's own old document (so a demo deposit works without extra steps); a test lays in a chosen
 * document (another number, another holder, an unreadable chip, a reader that fails).
 */
import type { SimulatedDriver } from '../drivers/simulated.ts';
import { IdDocumentReadError, type IdDocumentReader, type OldDocumentReading } from './id-document-reader.ts';

/** What a simulated person lays into a deposit compartment. */
export interface SimulatedOldDocument {
  documentNumber?: string;
  holderMatches?: boolean;
  /** false: the chip and the MRZ cannot be read (a damaged document, or not a document at all). */
  readable?: boolean;
  /** true: the reader itself fails on this read. */
  readerFault?: boolean;
}

/** The number an old document laid in without details reads as. */
export const simulatedOldDocumentNumber = 'L01X00T47';

export class SimulatedIdDocumentReader implements IdDocumentReader {
  readonly #driver: Pick<SimulatedDriver, 'compartment' | 'itemIn'>;
  #reads = 0;

  constructor(driver: Pick<SimulatedDriver, 'compartment' | 'itemIn'>) {
    this.#driver = driver;
  }

  /** How many reads were made (tests: a resent command is read again, never answered from a stored result). */
  reads(): number {
    return this.#reads;
  }

  async read(compartment: number): Promise<OldDocumentReading> {
    this.#reads++;
    let occupied: boolean;
    try {
      occupied = this.#driver.compartment(compartment).occupied;
    } catch {
      throw new IdDocumentReadError('reader_fault');
    }
    if (!occupied) throw new IdDocumentReadError('no_document');
    const item = this.#driver.itemIn(compartment) ?? {};
    if (item.readerFault) throw new IdDocumentReadError('reader_fault');
    if (item.readable === false) throw new IdDocumentReadError('unreadable');
    return {
      documentNumber: item.documentNumber ?? simulatedOldDocumentNumber,
      holderMatches: item.holderMatches ?? true,
    };
  }
}
