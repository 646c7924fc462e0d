/** Loads the demo 115 catalogue (demo-services.ts) through the same insert staff use, audited as the system. */
import type { AppContext } from '../context.ts';
import { systemPrincipal } from '../platform/principal.ts';
import { insertService } from '../modules/services/catalogue-service.ts';
import { forgetServiceSearchIndex } from '../modules/services/search-index.ts';
import { demoServices } from './demo-services.ts';

export async function seedDemoServices(ctx: AppContext): Promise<number> {
  const at = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    for (const service of demoServices) await insertService(trx, at, service, systemPrincipal, 'demo');
  });
  forgetServiceSearchIndex(ctx);
  return demoServices.length;
}
