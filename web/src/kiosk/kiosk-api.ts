/** The kiosk's calls to the hub, every one with the terminal key; bodies typed from the contracts. */
import type {
  CallStaffReason,
  KioskSettings,
  OpenedCompartment,
  PickupCheckBody,
  PickupStatus,
  StaffCalled,
  StaffCallStatus,
  StartedPickup,
} from '@buergerpunkt/contracts';
import { createTerminalClient } from './terminal-client.svelte.ts';

export interface OpeningStatus {
  inService: boolean;
  openNow: boolean;
  closesAt: string | null;
  nextOpensAt: string | null;
}

export function createKioskApi(terminalKey: string) {
  const client = createTerminalClient(terminalKey);
  const pickup = (id: string) => `/api/v1/kiosk/pickups/${encodeURIComponent(id)}`;
  return {
    settings: () => client.get<KioskSettings>('/api/v1/kiosk/settings'),
    openingStatus: (boxId: string) =>
      client.get<OpeningStatus>(`/api/v1/boxes/${encodeURIComponent(boxId)}/opening-status`),
    startPickup: (phone: string, code: string) =>
      client.post<StartedPickup>('/api/v1/kiosk/pickups', { phone, code }),
    status: (id: string) => client.get<PickupStatus>(pickup(id)),
    check: (id: string, body: PickupCheckBody) => client.post<PickupStatus>(`${pickup(id)}/check`, body),
    pinLetter: (id: string, received: boolean) =>
      client.post<PickupStatus>(`${pickup(id)}/pin-letter`, { received }),
    open: (id: string) => client.post<OpenedCompartment>(`${pickup(id)}/open`, {}),
    cancel: (id: string) => client.post<void>(`${pickup(id)}/cancel`, {}),
    resend: (phone: string) => client.post<{ message: string }>('/api/v1/kiosk/resend', { phone }),
    callStaff: (reason: CallStaffReason) => client.post<StaffCalled>('/api/v1/kiosk/call-staff', { reason }),
    staffCallStatus: (alertId: string) =>
      client.get<StaffCallStatus>(`/api/v1/kiosk/call-staff/${encodeURIComponent(alertId)}`),
  };
}

export type KioskApi = ReturnType<typeof createKioskApi>;
