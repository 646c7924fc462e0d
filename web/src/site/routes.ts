/**
 * The public site's pages: one entry per page, in menu order. Other issues add their pages here (map, tour, 115,
 * suggestions): a path, the i18n key of the link text, where the link shows, and a lazy import of the page, so
 * each page is its own small download. The first route is the start page.
 */
import type { Component } from 'svelte';

export interface SiteRoute {
  /** Router pattern below `/`, e.g. `/dokbox` or `/map/:placeId`. */
  path: string;
  /** i18n key of the link text (also the page's name in the menu). */
  navKey: string;
  /** `main`: in the main menu; `footer`: in the footer; `none`: reachable by link only. */
  placement: 'main' | 'footer' | 'none';
  /** The page component; it receives the route's `params` (pages without parameters ignore them). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pages differ in their props
  load: () => Promise<{ default: Component<any> }>;
}

export const siteRoutes: SiteRoute[] = [
  { path: '/', navKey: 'site.nav.home', placement: 'main', load: () => import('./pages/HomePage.svelte') },
  {
    path: '/dokbox',
    navKey: 'site.nav.howItWorks',
    placement: 'main',
    load: () => import('./pages/HowItWorksPage.svelte'),
  },
  {
    path: '/dokbox/standort',
    navKey: 'site.nav.location',
    placement: 'main',
    load: () => import('./pages/LocationPage.svelte'),
  },
  {
    path: '/dokbox/abholstatus',
    navKey: 'site.nav.status',
    placement: 'main',
    load: () => import('./pages/StatusPage.svelte'),
  },
  {
    path: '/anregungen',
    navKey: 'site.zone.nav.suggestions',
    placement: 'main',
    load: () => import('./pages/zone/SuggestionsListPage.svelte'),
  },
  {
    path: '/anregungen/neu',
    navKey: 'site.zone.nav.suggest',
    placement: 'main',
    load: () => import('./pages/zone/SuggestPage.svelte'),
  },
  {
    path: '/zahlen',
    navKey: 'site.zone.nav.transparency',
    placement: 'main',
    load: () => import('./pages/zone/TransparencyPage.svelte'),
  },
  {
    path: '/leistungen',
    navKey: 'site.services.nav',
    placement: 'main',
    load: () => import('./pages/services/ServicesPage.svelte'),
  },
  {
    path: '/leistungen/:serviceId',
    navKey: 'site.services.nav',
    placement: 'none',
    load: () => import('./pages/services/ServicePage.svelte'),
  },
  {
    path: '/stadtplan',
    navKey: 'map.heading',
    placement: 'main',
    load: () => import('./pages/map/MapPage.svelte'),
  },
  {
    path: '/stadtplan/:placeId',
    navKey: 'map.heading',
    placement: 'none',
    load: () => import('./pages/map/MapPage.svelte'),
  },
  {
    path: '/rundgang',
    navKey: 'tour.heading',
    placement: 'main',
    load: () => import('./pages/tour/TourPage.svelte'),
  },
  {
    path: '/impressum',
    navKey: 'site.nav.imprint',
    placement: 'footer',
    load: () => import('./pages/ImprintPage.svelte'),
  },
  {
    path: '/datenschutz',
    navKey: 'site.nav.privacy',
    placement: 'footer',
    load: () => import('./pages/PrivacyPage.svelte'),
  },
  {
    path: '/barrierefreiheit',
    navKey: 'site.nav.accessibility',
    placement: 'footer',
    load: () => import('./pages/AccessibilityPage.svelte'),
  },
];
