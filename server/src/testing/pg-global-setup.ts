/** vitest globalSetup for the postgres project: one migrated template database per run. */
import { preparePgTemplate } from './test-database.ts';

export default async function setup(): Promise<void> {
  await preparePgTemplate();
}
