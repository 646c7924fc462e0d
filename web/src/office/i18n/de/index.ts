/**
 * The back office's German texts. Each area keeps its own file and is spread in here, so people working on
 * different screens do not edit the same file.
 */
import { dashboard } from './dashboard.ts';
import { documents } from './documents.ts';
import { loading } from './loading.ts';
import { shell } from './shell.ts';
import { services } from './services.ts';
import { zone } from './zone.ts';
import { admin } from './admin.ts';
import { audit } from './audit.ts';
import { evidence } from './evidence.ts';
import { deposits } from './deposits.ts';
import { mapAuthoring } from './map.ts';
import { setup } from './setup.ts';
import { issueRegister } from './issue-register.ts';
import { transportLists } from './transport-lists.ts';
import { approvalPack } from './approval-pack.ts';
import { custody } from './custody.ts';
// staff assist at the kiosk (issue 18)
import { assist } from './assist.ts';
import { styleguide } from './styleguide.ts';

export const office = {
  ...shell,
  ...services,
  ...zone,
  ...dashboard,
  ...documents,
  ...loading,
  ...admin,
  ...audit,
  ...evidence,
  ...deposits,
  ...mapAuthoring,
  ...setup,
  ...issueRegister,
  ...transportLists,
  ...approvalPack,
  ...custody,
  ...assist,
  ...styleguide,
};
