/** vitest globalSetup for the postgres project: one migrated template database per run, dropped at the end. */
import { randomBytes } from 'node:crypto';
import { dropPgTemplate, preparePgTemplate } from './test-database.ts';

export default async function setup(): Promise<() => Promise<void>> {
  const name = `bp_test_template_${randomBytes(4).toString('hex')}`;
  await preparePgTemplate(name);
  // Workers are forked after global setup and inherit the environment.
  process.env.BP_TEST_PG_TEMPLATE = name;
  return () => dropPgTemplate(name);
}
