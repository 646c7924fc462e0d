/**
 * A closed-loop load generator: `connections` workers, each on its own keep-alive connection, run a scenario
 * (one or more requests) back to back until the time is up. Every request's latency goes into an HDR histogram.
 * The baseline and the hub are driven by this same code, so their figures compare.
 */
import { build } from 'hdr-histogram-js';
import { Pool } from 'undici';

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
}

export type Send = (
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
) => Promise<{ status: number; json: unknown }>;

export async function runLoad(
  origin: string,
  options: { connections: number; seconds: number; headers?: Record<string, string> },
  scenario: (send: Send) => Promise<void>,
): Promise<LoadResult> {
  const pool = new Pool(origin, { connections: options.connections, pipelining: 1 });
  const histogram = build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 60_000_000,
    numberOfSignificantValueDigits: 3,
  });
  let requests = 0;
  let non2xx = 0;
  let errors = 0;
  const send: Send = async (method, path, body) => {
    const started = process.hrtime.bigint();
    try {
      const response = await pool.request({
        method,
        path,
        headers: { 'content-type': 'application/json', ...options.headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.body.text();
      histogram.recordValue(Number((process.hrtime.bigint() - started) / 1000n)); // microseconds
      requests++;
      if (response.statusCode < 200 || response.statusCode >= 300) non2xx++;
      return { status: response.statusCode, json: text ? JSON.parse(text) : null };
    } catch (error) {
      errors++;
      throw error;
    }
  };
  const deadline = Date.now() + options.seconds * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      while (Date.now() < deadline) await scenario(send).catch(() => undefined);
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  await pool.close();
  return {
    requests,
    requestsPerSecond: requests / elapsed,
    p50: histogram.getValueAtPercentile(50) / 1000,
    p99: histogram.getValueAtPercentile(99) / 1000,
    max: histogram.maxValue / 1000,
    non2xx,
    errors,
  };
}
