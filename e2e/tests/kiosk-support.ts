/**
 * Shared steps of the kiosk browser tests: open a paired kiosk, type on its keypad, and check + photograph a
 * screen in both 1080p orientations (axe in each, screenshots named `kiosk-<step>-landscape|portrait`).
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, snap } from '../support/fixtures.ts';

export const landscape = { width: 1920, height: 1080 };
export const portrait = { width: 1080, height: 1920 };

/** Opens the kiosk the way staff pair it (`#terminal=<key>`) and waits for the start screen. */
export async function openKiosk(page: Page, baseUrl: string, terminalKey: string): Promise<void> {
  await page.setViewportSize(landscape);
  await page.goto(`${baseUrl}/kiosk/#terminal=${encodeURIComponent(terminalKey)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen im Bürgerpunkt' })).toBeVisible();
}

/** Presses the on-screen keys for each digit (in any language: digits are the keys' names). */
export async function typeOnKeypad(page: Page, digits: string): Promise<void> {
  const keypad = page.getByTestId('keypad');
  for (const digit of digits.replace(/\s/g, '')) {
    await keypad.getByRole('button', { name: digit, exact: true }).click();
  }
}

/** The national form a citizen types: +49151… → 0151… */
export function asTyped(phone: string): string {
  return phone.replace(/^\+49/, '0');
}

/** Phone and code on the kiosk's keypad, from the start screen to the answer of the hub. */
export async function enterPhoneAndCode(page: Page, phone: string, code: string): Promise<void> {
  await page.getByRole('button', { name: /Dokument abholen/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ihre Handynummer' })).toBeVisible();
  await typeOnKeypad(page, asTyped(phone));
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Abholcode' })).toBeVisible();
  await typeOnKeypad(page, code);
  await page.getByRole('button', { name: 'Weiter' }).click();
}

/** axe (0 violations) and a screenshot of the current screen in landscape and portrait; ends in landscape. */
export async function checkScreen(page: Page, step: string): Promise<void> {
  for (const [name, size] of [
    ['landscape', landscape],
    ['portrait', portrait],
  ] as const) {
    await page.setViewportSize(size);
    await expectAccessible(page, `kiosk ${step} (${name})`);
    await snap(page, `kiosk-${step}-${name}`);
  }
  await page.setViewportSize(landscape);
}

/** A free TCP port for an extra hub with its own configuration (the kiosk specs import it from here). */
export { freePort } from '../support/free-port.ts';

/** The problem the kiosk shows now (its `kiosk.errors` key). */
export async function shownProblem(page: Page): Promise<string | null> {
  const problem = page.getByTestId('kiosk-problem');
  await expect(problem).toBeVisible();
  return problem.getAttribute('data-problem');
}
