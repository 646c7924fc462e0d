/** `GET /api/v1/dashboard`: the figures of the office's live dashboard (no personal data). */
import { Type, type Static } from 'typebox';

export const DashboardSchema = Type.Object({
  at: Type.String(),
  /** Start of the current day in the zone's time zone (UTC ISO), the bound of `issuedToday`. */
  dayStart: Type.String(),
  documents: Type.Object({
    /** Registered or ready for transport: still to be put into a box. */
    toLoad: Type.Integer(),
    /** In a box waiting for the citizen (loaded, notified, pickup in progress). */
    waiting: Type.Integer(),
    /** Expired or withdrawn, to be taken out of the box. */
    toCollect: Type.Integer(),
    /** Door fault or unclear close: staff must look. */
    needsAttention: Type.Integer(),
    issuedToday: Type.Integer(),
  }),
  boxes: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      inService: Type.Boolean(),
      connected: Type.Boolean(),
      connectionChangedAt: Type.Union([Type.String(), Type.Null()]),
      compartments: Type.Object({
        total: Type.Integer(),
        free: Type.Integer(),
        reserved: Type.Integer(),
        occupied: Type.Integer(),
        outOfService: Type.Integer(),
        /** Compartments whose document has a door fault or needs reconciling. */
        faults: Type.Integer(),
      }),
      openAlerts: Type.Integer(),
    }),
  ),
  sms: Type.Object({
    /** Failed in the last 7 days. */
    failedRecently: Type.Integer(),
    /** Queued or sending for more than 10 minutes. */
    stuck: Type.Integer(),
    recentFailures: Type.Array(
      Type.Object({
        id: Type.String(),
        documentId: Type.Union([Type.String(), Type.Null()]),
        reference: Type.Union([Type.String(), Type.Null()]),
        template: Type.String(),
        lastError: Type.Union([Type.String(), Type.Null()]),
        at: Type.String(),
      }),
    ),
  }),
  openAlerts: Type.Integer(),
});
export type Dashboard = Static<typeof DashboardSchema>;

/** What `GET /api/v1/live` sends (event name = `type`). */
export type LiveEventView =
  | {
      type: 'alert';
      change: 'raised' | 'acknowledged' | 'resolved';
      alertId: string;
      kind: string;
      boxId: string | null;
    }
  | { type: 'box'; boxId: string; connected: boolean }
  | { type: 'document'; documentId: string; state: string; boxId: string | null };
