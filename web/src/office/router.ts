/** The back office's router over the route table (base `/office`). */
import { createRouter } from '../lib/router.svelte.ts';
import { officeRoutes } from './routes.ts';

export const router = createRouter(
  '/office',
  officeRoutes.map((route) => route.pattern),
);
