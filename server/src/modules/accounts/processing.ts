/** Processing declaration of the staff accounts (see approval-pack/processing-declaration.ts). */
import type { ProcessingDeclaration } from '../approval-pack/processing-declaration.ts';

export const staffAccountsProcessing: ProcessingDeclaration = {
  id: 'staff-accounts',
  legalBases: ['gdpr-6-1-b'],
  subjects: ['staff'],
  categories: ['username', 'passwordHash', 'sessions'],
  recipients: ['admins'],
  retention: (config) => [
    {
      categories: ['sessions'],
      period: { sessionHours: config.accounts.sessionHours },
      after: 'login',
      deletedBy: 'sessionExpiry',
    },
    {
      categories: ['username', 'passwordHash'],
      period: { unlimited: true },
      after: 'accountEnd',
      deletedBy: 'accountDeactivated',
    },
  ],
  stores: {
    staff_users: ['username', 'display_name', 'password_hash'],
    sessions: ['token_hash', 'user_id'],
  },
};
