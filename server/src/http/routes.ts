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
import { publicRoutes } from '../modules/public/routes.ts';
import { boxAdminRoutes } from '../modules/boxes/box-admin-routes.ts';
import { staffAdminRoutes } from '../modules/accounts/staff-admin-routes.ts';
import { documentTypeRoutes } from '../modules/document-types/routes.ts';
import { zoneRoutes } from '../modules/zone/routes.ts';
import { serviceRoutes } from '../modules/services/routes.ts';
import type { App } from './app-types.ts';

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
  publicRoutes(app, ctx);
  zoneRoutes(app, ctx);
  boxAdminRoutes(app, ctx);
  staffAdminRoutes(app, ctx);
  documentTypeRoutes(app, ctx);
}
