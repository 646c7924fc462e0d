/**
 * `npm run audit:verify`: checks the configured database's audit log (hash chain and head) and says whether it is
 * intact. Exit code 0 when intact, 1 when not (the first problems are listed), 2 when the check could not run
 * (bad configuration, database unreachable). German for people, one English key=value line for scripts.
 */
import { loadConfigOrReport } from '../config.ts';
import { verifyAuditLog } from '../modules/audit/audit-service.ts';
import { openAuditedDatabase } from '../modules/audit/open-audited-database.ts';
import { t } from '../platform/i18n.ts';

const shownProblems = 20;

async function main(): Promise<number> {
  const config = loadConfigOrReport();
  if (!config) return 2;
  // The chain is keyed: the check needs the same secrets.auditKey as the hub.
  const database = openAuditedDatabase(config, { poolSize: 1 });
  try {
    const result = await verifyAuditLog(database.db);
    if (result.ok) {
      console.log(t('audit.verify.intact', { entries: result.entries }));
      console.log(`audit-verify: status=intact entries=${result.entries}`);
      return 0;
    }
    console.log(t('audit.verify.broken', { count: result.problems.length, entries: result.entries }));
    for (const problem of result.problems.slice(0, shownProblems)) {
      console.log(
        '  ' +
          t('audit.verify.problemLine', {
            seq: problem.seq,
            description: t(`audit.problem.${problem.problem}`),
          }),
      );
    }
    if (result.problems.length > shownProblems) console.log(t('audit.verify.more', { shown: shownProblems }));
    const first = result.problems[0]!;
    console.log(
      `audit-verify: status=broken entries=${result.entries} problems=${result.problems.length} ` +
        `first_seq=${first.seq} first_problem=${first.problem}`,
    );
    return 1;
  } catch (error) {
    console.error(t('audit.verify.failed', { reason: (error as Error).message }));
    console.error('audit-verify: status=error');
    return 2;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
