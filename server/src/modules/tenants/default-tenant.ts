/**
 * The default tenant of an upgraded database (migration 0024) takes its name, SMS sender and signature and its
 * state from the configuration the installation ran with, once: later changes are made to the tenant itself.
 */
import type { Config } from '../../config.ts';
import type { DbOrTrx } from '../../db/database.ts';
import { defaultTenantId } from './tenant-ids.ts';

/** `Hohen Neuendorf` → `hohen-neuendorf`. */
export function slugOf(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'tenant';
}

export async function adoptDefaultTenantFromConfig(
  db: DbOrTrx,
  config: Pick<Config, 'townName' | 'sms' | 'integration'>,
): Promise<void> {
  const slug = slugOf(config.townName);
  const taken = await db
    .selectFrom('tenants')
    .select('id')
    .where('slug', '=', slug)
    .where('id', '!=', defaultTenantId)
    .executeTakeFirst();
  await db
    .updateTable('tenants')
    .set({
      name: config.townName,
      ...(taken ? {} : { slug }),
      sms_sender: config.sms.sender,
      sms_signature: config.townName,
      state_code: config.integration.registerStateCode,
      from_config: 0,
    })
    .where('id', '=', defaultTenantId)
    .where('from_config', '=', 1)
    .execute();
}
