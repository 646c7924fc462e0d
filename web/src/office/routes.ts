/**
 * The back office's route table: which page answers a path, which roles may open it (any one suffices; admins may
 * open everything, as on the server) and, with `navKey`, under which text it appears in the navigation.
 * Other areas add their pages here with a small edit; pages are loaded lazily so each stays out of the first download.
 */
import type { StaffRole } from '@buergerpunkt/contracts';
import type { Component } from 'svelte';

/** What every page component receives from the shell. */
export interface OfficePageProps {
  params: Record<string, string>;
  query: URLSearchParams;
}

export interface OfficeRoute {
  /** Path below `/office`, e.g. `/documents/:id`. */
  pattern: string;
  component: () => Promise<{ default: Component<OfficePageProps> }>;
  roles: readonly StaffRole[];
  /** i18n key of the navigation entry; pages without one are reached by links. */
  navKey?: string;
}

const allStaff: readonly StaffRole[] = ['admin', 'clerk', 'loader', 'zone', 'auditor'];

export const officeRoutes: OfficeRoute[] = [
  {
    pattern: '/',
    component: () => import('./pages/dashboard/DashboardPage.svelte'),
    roles: allStaff,
    navKey: 'office.nav.dashboard',
  },
  {
    pattern: '/documents',
    component: () => import('./pages/documents/FindDocumentsPage.svelte'),
    roles: ['clerk', 'loader', 'zone', 'auditor'],
    navKey: 'office.nav.documents',
  },
  {
    pattern: '/documents/new',
    component: () => import('./pages/documents/RegisterDocumentPage.svelte'),
    roles: ['clerk'],
    navKey: 'office.nav.register',
  },
  {
    pattern: '/documents/import',
    component: () => import('./pages/documents/ImportDocumentsPage.svelte'),
    roles: ['clerk'],
    navKey: 'office.nav.import',
  },
  {
    pattern: '/documents/:id',
    component: () => import('./pages/documents/DocumentPage.svelte'),
    roles: ['clerk', 'loader', 'zone', 'auditor'],
  },
  {
    pattern: '/loading',
    component: () => import('./pages/loading/LoadingPage.svelte'),
    roles: ['loader'],
    navKey: 'office.nav.loading',
  },
  {
    pattern: '/returns',
    component: () => import('./pages/loading/ReturnsPage.svelte'),
    roles: ['loader'],
    navKey: 'office.nav.returns',
  },
  {
    pattern: '/admin/boxes',
    component: () => import('./pages/admin/BoxesPage.svelte'),
    roles: ['admin'],
    navKey: 'office.admin.nav.boxes',
  },
  {
    pattern: '/admin/boxes/:id',
    component: () => import('./pages/admin/BoxPage.svelte'),
    roles: ['admin'],
  },
  {
    pattern: '/admin/boxes/:id/calendar',
    component: () => import('./pages/admin/BoxCalendarPage.svelte'),
    roles: ['admin'],
  },
  {
    pattern: '/admin/document-types',
    component: () => import('./pages/admin/DocumentTypesPage.svelte'),
    roles: ['admin'],
    navKey: 'office.admin.nav.documentTypes',
  },
  {
    pattern: '/admin/staff',
    component: () => import('./pages/admin/StaffPage.svelte'),
    roles: ['admin'],
    navKey: 'office.admin.nav.staff',
  },
  {
    pattern: '/audit',
    component: () => import('./pages/audit/AuditLogPage.svelte'),
    roles: ['auditor'],
    navKey: 'office.audit.nav',
  },
  {
    pattern: '/audit/entries/:seq',
    component: () => import('./pages/audit/AuditEntryPage.svelte'),
    roles: ['auditor'],
  },
  {
    pattern: '/audit/evidence',
    component: () => import('./pages/audit/EvidenceImagesPage.svelte'),
    roles: ['auditor'],
    navKey: 'office.evidence.nav',
  },
  {
    pattern: '/zone/tally',
    component: () => import('./pages/zone/TallyPage.svelte'),
    roles: ['zone'],
    navKey: 'office.zone.nav.tally',
  },
  {
    pattern: '/zone/suggestions',
    component: () => import('./pages/zone/SuggestionsPage.svelte'),
    roles: ['zone'],
    navKey: 'office.zone.nav.suggestions',
  },
  {
    pattern: '/zone/suggestions/:id',
    component: () => import('./pages/zone/SuggestionPage.svelte'),
    roles: ['zone'],
  },
  {
    pattern: '/zone/stats',
    component: () => import('./pages/zone/StatsPage.svelte'),
    roles: ['zone'],
    navKey: 'office.zone.nav.stats',
  },
  {
    pattern: '/zone/report',
    component: () => import('./pages/zone/MonthlyReportPage.svelte'),
    roles: ['zone'],
    navKey: 'office.zone.nav.report',
  },
  {
    pattern: '/zone/content',
    component: () => import('./pages/zone/StartScreenContentPage.svelte'),
    roles: ['zone'],
    navKey: 'office.zone.nav.content',
  },
  {
    pattern: '/services',
    component: () => import('./pages/services/ServicesListPage.svelte'),
    roles: ['zone'],
    navKey: 'office.services.nav.catalogue',
  },
  {
    pattern: '/services/callbacks',
    component: () => import('./pages/services/CallbacksPage.svelte'),
    roles: ['zone'],
    navKey: 'office.services.nav.callbacks',
  },
  {
    pattern: '/services/import',
    component: () => import('./pages/services/ServicesImportPage.svelte'),
    roles: ['zone'],
  },
  {
    pattern: '/services/:id',
    component: () => import('./pages/services/ServiceEditPage.svelte'),
    roles: ['zone'],
  },
  {
    pattern: '/map',
    component: () => import('./pages/map/MapAuthoringPage.svelte'),
    roles: ['zone'],
    navKey: 'office.map.nav',
  },
  {
    pattern: '/tour',
    component: () => import('./pages/tour/TourAuthoringPage.svelte'),
    roles: ['zone'],
    navKey: 'office.tour.nav',
  },
  {
    pattern: '/admin/offices',
    component: () => import('./pages/admin/OfficesPage.svelte'),
    roles: ['admin'],
    navKey: 'office.offices.nav',
  },
  {
    pattern: '/admin/terminals',
    component: () => import('./pages/admin/TerminalsPage.svelte'),
    roles: ['admin'],
    navKey: 'office.terminals.nav',
  },
  {
    pattern: '/admin/api-tokens',
    component: () => import('./pages/admin/ApiTokensPage.svelte'),
    roles: ['admin'],
    navKey: 'office.apiTokens.nav',
  },
  {
    pattern: '/register',
    component: () => import('./pages/register/IssueRegisterPage.svelte'),
    roles: ['clerk', 'auditor'],
    navKey: 'office.issueRegister.nav',
  },
  // chain of custody (issue 16)
  {
    pattern: '/custody',
    component: () => import('./pages/custody/CustodyReconciliationPage.svelte'),
    roles: ['clerk', 'loader', 'zone', 'auditor'],
    navKey: 'office.custody.nav',
  },
  {
    pattern: '/transport-lists',
    component: () => import('./pages/transport/TransportListsPage.svelte'),
    roles: ['clerk', 'loader', 'auditor'],
    navKey: 'office.transportLists.nav',
  },
  {
    pattern: '/transport-lists/:id',
    component: () => import('./pages/transport/TransportListPage.svelte'),
    roles: ['clerk', 'loader', 'auditor'],
  },
  {
    pattern: '/privacy/approval-pack',
    component: () => import('./pages/privacy/ApprovalPackPage.svelte'),
    roles: ['auditor'],
    navKey: 'office.approvalPack.nav',
  },
  {
    pattern: '/account/password',
    component: () => import('./pages/account/ChangePasswordPage.svelte'),
    roles: allStaff,
    navKey: 'office.password.nav',
  },
  // staff assist at the kiosk (issue 18): reached from a staff call on the dashboard
  {
    pattern: '/assist/:terminalId',
    component: () => import('./pages/assist/AssistPage.svelte'),
    roles: ['zone', 'clerk'],
  },
  {
    pattern: '/styleguide',
    component: () => import('./pages/styleguide/StyleGuidePage.svelte'),
    roles: ['admin'],
    navKey: 'office.styleguide.nav',
  },
];

/** Whether a person with `roles` may open a page meant for `allowed` (admins may open every page). */
export function mayOpen(roles: readonly StaffRole[], allowed: readonly StaffRole[]): boolean {
  return roles.includes('admin') || roles.some((role) => allowed.includes(role));
}
