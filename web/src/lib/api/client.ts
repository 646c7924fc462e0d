/**
 * The typed fetch wrapper every app uses. Request and response types come from `@buergerpunkt/contracts`
 * (type-only imports, so no schema code reaches the browser). Every failure becomes an `ApiError` carrying the
 * server's stable problem code, so screens translate it (`errors.<code>`) instead of showing raw text.
 */
import { tenantPrefix } from '../tenant-prefix.ts';
import type { Problem } from '@buergerpunkt/contracts';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly problem: Problem | null;

  constructor(status: number, code: string, problem: Problem | null) {
    super(problem?.detail ?? problem?.title ?? code);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.problem = problem;
  }

  /** A network failure (server unreachable) rather than an answer from the server. */
  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

export interface ApiClientOptions {
  /** Extra headers for every request (e.g. the kiosk's `X-Terminal-Key`). */
  headers?: () => Record<string, string>;
  /** Called with every 401 answer (e.g. the office sends the person to the login page). */
  onUnauthorized?: () => void;
  /** Called with every failure before it is thrown (e.g. the kiosk notices `terminal_revoked` on any call). */
  onError?: (error: ApiError) => void;
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined | null>;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

export interface ApiClient {
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  post<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  put<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  patch<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  delete<T>(path: string, options?: RequestOptions): Promise<T>;
  /** Sends a raw body (e.g. CSV text) with its content type. */
  send<T>(
    method: string,
    path: string,
    body: BodyInit,
    contentType: string,
    options?: RequestOptions,
  ): Promise<T>;
}

export function createApiClient(clientOptions: ApiClientOptions = {}): ApiClient {
  async function request<T>(
    method: string,
    path: string,
    body: BodyInit | undefined,
    contentType: string | undefined,
    options: RequestOptions = {},
  ): Promise<T> {
    const url = new URL(path.startsWith('/api/') ? tenantPrefix() + path : path, window.location.origin);
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
    }
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...(clientOptions.headers?.() ?? {}),
      ...(options.headers ?? {}),
    };
    if (contentType) headers['content-type'] = contentType;
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers,
        body,
        credentials: 'same-origin',
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError(0, 'network_error', null);
    }
    if (response.status === 401) clientOptions.onUnauthorized?.();
    if (!response.ok) {
      const problem = await readProblem(response);
      const error = new ApiError(response.status, problem?.code ?? `http_${response.status}`, problem);
      clientOptions.onError?.(error);
      throw error;
    }
    if (response.status === 204) return undefined as T;
    const type = response.headers.get('content-type') ?? '';
    return (type.includes('json') ? await response.json() : await response.text()) as T;
  }

  const json = (method: string) => (path: string, body?: unknown, options?: RequestOptions) =>
    request(
      method,
      path,
      body === undefined ? undefined : JSON.stringify(body),
      body === undefined ? undefined : 'application/json',
      options,
    );

  return {
    get: (path, options) => request('GET', path, undefined, undefined, options),
    post: json('POST') as ApiClient['post'],
    put: json('PUT') as ApiClient['put'],
    patch: json('PATCH') as ApiClient['patch'],
    delete: (path, options) => request('DELETE', path, undefined, undefined, options),
    send: (method, path, body, contentType, options) => request(method, path, body, contentType, options),
  };
}

async function readProblem(response: Response): Promise<Problem | null> {
  try {
    const value: unknown = await response.json();
    if (value && typeof value === 'object' && 'code' in value) return value as Problem;
  } catch {
    // not JSON: the status alone has to do
  }
  return null;
}
