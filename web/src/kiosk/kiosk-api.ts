/** The kiosk's calls to the hub, every one with the terminal key; bodies typed from the contracts. */
import type {
  AssistSnapshot,
  CallStaffReason,
  KioskAssistView,
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
    callStaff: (reason: CallStaffReason, step?: string) =>
      client.post<StaffCalled>('/api/v1/kiosk/call-staff', { reason, ...(step ? { step } : {}) }),
    staffCallStatus: (alertId: string) =>
      client.get<StaffCallStatus>(`/api/v1/kiosk/call-staff/${encodeURIComponent(alertId)}`),
    // staff assist at the screen (issue 18)
    assist: (afterSeq: number) => client.get<KioskAssistView>(`/api/v1/kiosk/assist?afterSeq=${afterSeq}`),
    answerAssist: (id: string, consent: boolean) =>
      client.post<void>(`/api/v1/kiosk/assist/${encodeURIComponent(id)}/answer`, { consent }),
    assistScreen: (id: string, snapshot: AssistSnapshot) =>
      client.put<void>(`/api/v1/kiosk/assist/${encodeURIComponent(id)}/screen`, snapshot),
    endAssist: (id: string, reason: 'visitor' | 'idle') =>
      client.post<void>(`/api/v1/kiosk/assist/${encodeURIComponent(id)}/end`, { reason }),
  };
}

export type KioskApi = ReturnType<typeof createKioskApi>;
