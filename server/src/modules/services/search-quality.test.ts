// The search's hit rates on the demo catalogue over the curated query set (search-queries.json): the goal is that
// the expected service is among the first three hits for at least 90 % of the queries.
import { ServiceSearch } from '@buergerpunkt/contracts/service-search';
import { describe, expect, it } from 'vitest';
import { demoServices } from '../../demo/demo-services.ts';
import querySet from './search-queries.json' with { type: 'json' };

interface QueryCase {
  query: string;
  expected: string[];
}

export function measureHitRates(search: ServiceSearch, cases: QueryCase[]) {
  let top1 = 0;
  let top3 = 0;
  const misses: string[] = [];
  for (const { query, expected } of cases) {
    const ids = search.search(query, { limit: 3 }).map((hit) => hit.id);
    if (expected.includes(ids[0] ?? '')) top1++;
    if (ids.some((id) => expected.includes(id))) top3++;
    else misses.push(`${query} → ${ids.join(', ') || '(nothing)'}`);
  }
  return { top1: top1 / cases.length, top3: top3 / cases.length, misses };
}

describe('search quality on the demo catalogue', () => {
  const cases = querySet.queries as QueryCase[];

  it('has a query set of at least 60 queries whose expected services exist', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    const ids = new Set(demoServices.map((s) => s.id));
    for (const c of cases) for (const id of c.expected) expect(ids, `${c.query}: ${id}`).toContain(id);
  });

  it('puts the expected service in the top 3 for at least 90 % of the queries', () => {
    const rates = measureHitRates(new ServiceSearch(demoServices), cases);
    console.info(
      `service search over ${cases.length} queries: top-1 ${(rates.top1 * 100).toFixed(1)} %, ` +
        `top-3 ${(rates.top3 * 100).toFixed(1)} %` +
        (rates.misses.length ? `; not in top 3: ${rates.misses.join(' | ')}` : ''),
    );
    expect(rates.top3).toBeGreaterThanOrEqual(0.9);
  });

  it('would fail on a search that finds nothing useful', () => {
    const unrelated = new ServiceSearch(demoServices.map((s, i) => ({ ...s, id: `other-${i}` })));
    expect(measureHitRates(unrelated, cases).top3).toBe(0);
  });
});
