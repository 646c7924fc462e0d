import { randomUUID } from 'node:crypto';

/** Ids are injected so a test can make them predictable where it must. */
export interface IdGenerator {
  newId(): string;
}

export const randomIds: IdGenerator = { newId: () => randomUUID() };
