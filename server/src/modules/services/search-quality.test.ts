// The search's hit rates on the demo catalogue over the curated query set (search-queries.json): the goal is that
// the expected service is among the first three hits for at least 90 % of the queries.
import { ServiceSearch } from '@buergerpunkt/contracts/service-search';
import { describe, expect, it } from 'vitest';
import { demoServices } from '../../demo/demo-services.ts';
import { measureHitRates, searchQueries } from './search-quality.ts';

describe('search quality on the demo catalogue', () => {
  it('has a query set of at least 60 queries whose expected services exist', () => {
    expect(searchQueries.length).toBeGreaterThanOrEqual(60);
    const ids = new Set(demoServices.map((s) => s.id));
    for (const c of searchQueries)
      for (const id of c.expected) expect(ids, `${c.query}: ${id}`).toContain(id);
  });

  it('puts the expected service in the top 3 for at least 90 % of the queries', () => {
    const rates = measureHitRates(new ServiceSearch(demoServices));
    console.info(
      `service search over ${searchQueries.length} queries: top-1 ${(rates.top1 * 100).toFixed(1)} %, ` +
        `top-3 ${(rates.top3 * 100).toFixed(1)} %` +
        (rates.misses.length ? `; not in top 3: ${rates.misses.join(' | ')}` : ''),
    );
    expect(rates.top3).toBeGreaterThanOrEqual(0.9);
  });

  it('would fail on a search that finds nothing useful', () => {
    const unrelated = new ServiceSearch(demoServices.map((s, i) => ({ ...s, id: `other-${i}` })));
    expect(measureHitRates(unrelated).top3).toBe(0);
  });
});
