/**
 * Typed application errors. Services throw them; the HTTP layer turns them into problem+json responses with a
 * stable `code` and a German message from the i18n catalogue (key `errors.<code>`).
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    readonly retryAfterSeconds?: number,
    /** Per-field messages (German) for input that failed a check the schema cannot express (e.g. a box layout). */
    readonly fieldErrors?: readonly { path: string; message: string }[],
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const badRequest = (code: string, params?: Record<string, string | number>) =>
  new AppError(400, code, params);
export const unauthorized = (code = 'unauthenticated') => new AppError(401, code);
export const forbidden = (code = 'forbidden') => new AppError(403, code);
export const notFound = (code: string, params?: Record<string, string | number>) =>
  new AppError(404, code, params);
export const conflict = (code: string, params?: Record<string, string | number>) =>
  new AppError(409, code, params);
export const unprocessable = (code: string, params?: Record<string, string | number>) =>
  new AppError(422, code, params);
export const tooManyRequests = (code: string, retryAfterSeconds: number) =>
  new AppError(429, code, {}, retryAfterSeconds);
