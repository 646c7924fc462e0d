/**
 * What the dev simulator routes drive: a simulated box's hardware as people see it. Two implementations: the
 * in-memory `SimulatedBox` (medium tests) and the embedded agent around the simulated board (`npm start`).
 */
import type { SimulatedOldDocument } from '@buergerpunkt/agent';
import type { SimulatedBoxState, SimulatorAction } from './simulated-box.ts';

export interface SimulatorTarget {
  readonly boxId: string;
  state(): SimulatedBoxState;
  /** A person's action on a compartment; throws an AppError (404 / 409) when it is impossible. */
  act(number: number, action: SimulatorAction): void;
  /** A person lays an old identity document into the open (deposit) compartment, for the box's reader. */
  placeOldDocument(number: number, document: SimulatedOldDocument): void;
  /** Takes the box off the network, or brings it back (resolves once the box is connected again). */
  connect(): void | Promise<void>;
  disconnect(): void;
}

export interface SimulatorTargets {
  get(boxId: string): SimulatorTarget | undefined;
  /** Waits until what the boxes reported has been processed by the hub (and queued commands carried out). */
  settle(): Promise<void>;
  /** Gives a box created while the hub runs its simulated hardware (where the implementation can). */
  attach?(boxId: string): Promise<SimulatorTarget>;
}
