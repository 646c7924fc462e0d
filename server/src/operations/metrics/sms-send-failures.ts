/**
 * Failed SMS send attempts by provider and provider code, counted in the process (per database, as tests run many
 * hubs in one process) for `bp_sms_send_failures_total`. A failed attempt is retried and not audited, so the
 * database does not keep this count.
 */
const counts = new WeakMap<object, Map<string, number>>();

/** The gateway's own code if the error names one (`… (E42)`, `… code 900`), else the HTTP status or network code. */
export function providerCodeOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const named = /\bcode (\w+)/.exec(message) ?? /\((\w{1,32})\)\s*$/.exec(message);
  if (named) return named[1]!;
  const status = /\b([1-5]\d\d)\b/.exec(message);
  if (status) return status[1]!;
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  if (typeof cause === 'string') return cause;
  const own = (error as { code?: unknown } | null)?.code;
  return typeof own === 'string' ? own : 'unknown';
}

export function countSmsSendFailure(db: object, provider: string, error: unknown): void {
  let perDb = counts.get(db);
  if (!perDb) counts.set(db, (perDb = new Map()));
  const key = `${provider}\u0000${providerCodeOf(error)}`;
  perDb.set(key, (perDb.get(key) ?? 0) + 1);
}

export function smsSendFailures(db: object): { provider: string; code: string; count: number }[] {
  return [...(counts.get(db) ?? new Map<string, number>())].map(([key, count]) => {
    const [provider, code] = key.split('\u0000') as [string, string];
    return { provider, code, count };
  });
}
