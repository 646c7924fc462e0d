/** Every module's routes, in one list. */
import type { AppContext } from '../context.ts';
import { accountRoutes } from '../modules/accounts/routes.ts';
import { calendarRoutes } from '../modules/calendar/routes.ts';
import { registerRoutes } from '../modules/register/routes.ts';
import { auditRoutes } from '../modules/audit/routes.ts';
import { codeRoutes } from '../modules/codes/routes.ts';
import { documentRoutes } from '../modules/documents/routes.ts';
import { officeDocumentRoutes } from '../modules/documents/office-document-routes.ts';
import { dashboardRoutes } from '../modules/dashboard/routes.ts';
import { kioskRoutes } from '../modules/kiosk/routes.ts';
import { smsRoutes } from '../modules/sms/routes.ts';
import { alertRoutes } from '../modules/alerts/routes.ts';
import { boxRoutes } from '../modules/boxes/routes.ts';
import { agentLinkRoutes } from '../modules/boxes/agent-link-routes.ts';
import { simulatorRoutes } from '../sim/simulator-routes.ts';
import { boxAdminRoutes } from '../modules/boxes/box-admin-routes.ts';
import { staffAdminRoutes } from '../modules/accounts/staff-admin-routes.ts';
import { documentTypeRoutes } from '../modules/document-types/routes.ts';
import { publicRoutes } from '../modules/public/routes.ts';
import { zoneRoutes } from '../modules/zone/routes.ts';
import { serviceRoutes } from '../modules/services/routes.ts';
import { mapRoutes } from '../modules/map/routes.ts';
import { tourRoutes } from '../modules/tour/routes.ts';
import { evidenceRoutes } from '../modules/evidence/routes.ts';
import { depositRoutes } from '../modules/deposits/routes.ts';
import { accessAdminRoutes } from '../modules/accounts/access-admin-routes.ts';
import { officeAdminRoutes } from '../modules/offices/routes.ts';
import { kioskPairingRoutes } from '../modules/kiosk-pairing/routes.ts';
import { integrationRoutes } from '../modules/integration/routes.ts';
// transport lists (issue 16)
import { transportListRoutes } from '../modules/transport-lists/routes.ts';
import type { App } from './app-types.ts';
import { approvalPackRoutes } from '../modules/approval-pack/routes.ts';
import { custodyRoutes } from '../modules/custody/routes.ts';
import { privacyFactsRoutes } from '../modules/privacy/privacy-facts-routes.ts';
// staff assist at the kiosk (issue 18)
import { assistRoutes } from '../modules/assist/routes.ts';

export function registerModuleRoutes(app: App, ctx: AppContext): void {
  accountRoutes(app, ctx);
  calendarRoutes(app, ctx);
  registerRoutes(app, ctx);
  auditRoutes(app, ctx);
  officeDocumentRoutes(app, ctx);
  dashboardRoutes(app, ctx);
  documentRoutes(app, ctx);
  smsRoutes(app, ctx);
  kioskRoutes(app, ctx);
  codeRoutes(app, ctx);
  boxRoutes(app, ctx);
  agentLinkRoutes(app, ctx);
  alertRoutes(app, ctx);
  simulatorRoutes(app, ctx);
  serviceRoutes(app, ctx);
  boxAdminRoutes(app, ctx);
  staffAdminRoutes(app, ctx);
  documentTypeRoutes(app, ctx);
  publicRoutes(app, ctx);
  zoneRoutes(app, ctx);
  mapRoutes(app, ctx);
  tourRoutes(app, ctx);
  depositRoutes(app, ctx);
  evidenceRoutes(app, ctx);
  accessAdminRoutes(app, ctx);
  officeAdminRoutes(app, ctx);
  kioskPairingRoutes(app, ctx);
  integrationRoutes(app, ctx);
  transportListRoutes(app, ctx);
  approvalPackRoutes(app, ctx);
  // chain of custody (issue 16)
  custodyRoutes(app, ctx);
  // Data protection by office (issue 16, section 4)
  privacyFactsRoutes(app, ctx);
  // staff assist at the kiosk (issue 18)
  assistRoutes(app, ctx);
}
