/** Waits until a condition holds, checking every few milliseconds; fails with the description after a long limit. */
export async function waitFor<T>(
  description: string,
  check: () => T | Promise<T>,
  limitMs = 20_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`gave up waiting for: ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
