/**
 * A closed-loop load generator: `connections` workers, each on its own keep-alive connection, run a scenario
 * (one or more requests) back to back until the time is up. Every request's latency goes into an HDR histogram.
 * The baseline and the hub are driven by this same code, so their figures compare.
 *
 * Honest by construction: a non-2xx answer, a failed request or a scenario that throws (e.g. the benchmark ran
 * out of seeded documents) stops every worker at once and is reported in `failures`; the caller exits non-zero.
 * Nothing is retried or swallowed, so the figure never quietly includes refusals or idle spinning.
 */
import { build } from 'hdr-histogram-js';
import { Pool } from 'undici';

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  /** Scenarios run to their end (for the kiosk: pickups whose door was opened). */
  scenarios: number;
  scenariosPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  /** The first few failures, as text: empty on an honest run. */
  failures: string[];
}

export type Send = (
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<{ status: number; json: unknown }>;

export class LoadFailure extends Error {}

export async function runLoad(
  origin: string,
  options: { connections: number; seconds: number; headers?: Record<string, string> },
  scenario: (send: Send, worker: number) => Promise<void>,
): Promise<LoadResult> {
  const pool = new Pool(origin, { connections: options.connections, pipelining: 1 });
  const histogram = build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 60_000_000,
    numberOfSignificantValueDigits: 3,
  });
  let requests = 0;
  let scenarios = 0;
  let non2xx = 0;
  let errors = 0;
  const failures: string[] = [];
  let stopped = false;
  const fail = (message: string) => {
    stopped = true;
    if (failures.length < 5) failures.push(message);
  };
  const send: Send = async (method, path, body, headers) => {
    const started = process.hrtime.bigint();
    let status: number;
    let text: string;
    try {
      const response = await pool.request({
        method,
        path,
        headers: { 'content-type': 'application/json', ...options.headers, ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      status = response.statusCode;
      text = await response.body.text();
    } catch (error) {
      errors++;
      fail(`${method} ${path}: ${(error as Error).message}`);
      throw new LoadFailure('request failed');
    }
    histogram.recordValue(Number((process.hrtime.bigint() - started) / 1000n)); // microseconds
    requests++;
    if (status < 200 || status >= 300) {
      non2xx++;
      fail(`${method} ${path}: ${status} ${text.slice(0, 200)}`);
      throw new LoadFailure('non-2xx answer');
    }
    return { status, json: text ? JSON.parse(text) : null };
  };
  const deadline = Date.now() + options.seconds * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: options.connections }, async (_, worker) => {
      while (!stopped && Date.now() < deadline) {
        try {
          await scenario(send, worker);
          scenarios++;
        } catch (error) {
          if (!(error instanceof LoadFailure)) fail((error as Error).message);
        }
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  await pool.close();
  return {
    requests,
    requestsPerSecond: requests / elapsed,
    scenarios,
    scenariosPerSecond: scenarios / elapsed,
    p50: histogram.getValueAtPercentile(50) / 1000,
    p99: histogram.getValueAtPercentile(99) / 1000,
    max: histogram.maxValue / 1000,
    non2xx,
    errors,
    failures,
  };
}
