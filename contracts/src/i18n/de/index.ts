import { errors } from './errors.ts';
import { services } from './services.ts';
import { servicesErrors } from './errors-services.ts';
import { sms } from './sms.ts';
import { outbox } from './outbox.ts';
import { calendar } from './calendar.ts';
import { calendarErrors } from './errors-calendar.ts';
import { register } from './register.ts';
import { registerErrors } from './errors-register.ts';
import { audit } from './audit.ts';
import { boxes } from './boxes.ts';
import { boxesErrors } from './errors-boxes.ts';
import { boxLink } from './box-link.ts';
import { boxLinkErrors } from './errors-box-link.ts';
import { kiosk } from './kiosk.ts';
import { kioskErrors } from './errors-kiosk.ts';
import { web } from './web.ts';
import { publicSite } from './public.ts';
import { publicErrors } from './errors-public.ts';
import { adminErrors } from './errors-admin.ts';
import { zone } from './zone.ts';
import { zoneErrors } from './errors-zone.ts';
import { officeErrors } from './errors-office.ts';
import { identityErrors } from './errors-identity.ts';
import { depositErrors } from './errors-deposit.ts';
import { evidenceErrors } from './errors-evidence.ts';
import { documentImport, oidcPage } from './office.ts';
import { map } from './map.ts';
import { mapErrors } from './errors-map.ts';
import { accessErrors } from './errors-access.ts';
import { securityErrors } from './errors-security.ts';
import { boxLayoutErrors } from './errors-box-layout.ts';
import { kioskPairingErrors } from './errors-kiosk-pairing.ts';
import { operations } from './operations.ts';
import { operationsErrors } from './errors-operations.ts';
import { integrationErrors } from './errors-integration.ts';
import { transportErrors } from './errors-transport.ts';
import { approvalPack } from './approval-pack.ts';
// staff assist at the kiosk (issue 18)
import { assistErrors } from './errors-assist.ts';
// offline-safe box (issue 19)
import { offlineErrors } from './errors-offline.ts';

/**
 * The German catalogue: the source language. Other languages fall back to it key by key.
 * Areas add their own files and spread them in here (e.g. `errors: { ...errors, ...kioskErrors }`).
 */
export const de = {
  errors: {
    ...errors,
    ...calendarErrors,
    ...registerErrors,
    ...boxesErrors,
    ...boxLinkErrors,
    ...kioskErrors,
    ...adminErrors,
    ...publicErrors,
    ...zoneErrors,
    ...officeErrors,
    ...identityErrors,
    ...depositErrors,
    ...evidenceErrors,
    ...servicesErrors,
    ...mapErrors,
    ...accessErrors,
    ...securityErrors,
    ...boxLayoutErrors,
    ...kioskPairingErrors,
    ...operationsErrors,
    ...integrationErrors,
    ...transportErrors,
    ...assistErrors,
    ...offlineErrors,
  },
  sms,
  services,
  outbox,
  calendar,
  register,
  audit,
  boxes,
  boxLink,
  kiosk,
  web,
  publicSite,
  zone,
  documentImport,
  oidcPage,
  map,
  operations,
  approvalPack,
};
