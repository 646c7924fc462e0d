/** Hit rates of the service search over a query set with expected services (the unit test and the benchmark). */
import type { ServiceSearch } from '@buergerpunkt/contracts/service-search';
import querySet from './search-queries.json' with { type: 'json' };

export interface QueryCase {
  query: string;
  /** Any of these as a hit counts (some questions have two right answers). */
  expected: string[];
}

export const searchQueries: QueryCase[] = querySet.queries;

export interface HitRates {
  top1: number;
  top3: number;
  /** Queries whose expected service was not among the first three, with what came instead. */
  misses: string[];
}

export function measureHitRates(search: ServiceSearch, cases: QueryCase[] = searchQueries): HitRates {
  let top1 = 0;
  let top3 = 0;
  const misses: string[] = [];
  for (const { query, expected } of cases) {
    const ids = search.search(query, { limit: 3 }).map((hit) => hit.id);
    if (expected.includes(ids[0] ?? '')) top1++;
    if (ids.some((id) => expected.includes(id))) top3++;
    else misses.push(`${query} → ${ids.join(', ') || '(nichts)'}`);
  }
  return { top1: top1 / cases.length, top3: top3 / cases.length, misses };
}
