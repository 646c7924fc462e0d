/**
 * `GET /api/health` (the hub is alive) and `GET /api/ready` (it can serve: database, schema, boxes), both with the
 * version and commit of the running build (docs/operations.md).
 */
import { Type, type Static } from 'typebox';

const build = {
  /** Semantic version from the root package.json. */
  version: Type.String(),
  /** Git commit the hub was built from, or "unknown". */
  commit: Type.String(),
};

export const HealthSchema = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('starting')]),
  ...build,
});
export type Health = Static<typeof HealthSchema>;

export const ReadinessReasonSchema = Type.Object({
  check: Type.Union([
    Type.Literal('starting'),
    Type.Literal('database'),
    Type.Literal('migrations'),
    Type.Literal('boxes'),
  ]),
  /** For people reading a monitoring page (English, like the logs). */
  detail: Type.String(),
});

export const ReadinessSchema = Type.Object({
  status: Type.Union([Type.Literal('ready'), Type.Literal('not_ready')]),
  ...build,
  /** Why the hub is not ready; empty when it is. */
  reasons: Type.Array(ReadinessReasonSchema),
});
export type Readiness = Static<typeof ReadinessSchema>;
