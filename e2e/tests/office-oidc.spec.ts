// Single sign-on for staff against a real OpenID Connect provider (panva's oidc-provider) run by the test: the
// browser walks the provider's own login and consent pages and comes back signed in to the office.
import {
  startTestOidcProvider,
  type TestOidcProvider,
} from '../../server/src/modules/accounts/oidc/testing-provider.ts';
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { freePort } from '../support/free-port.ts';
import { startHubProcess, type RunningHub } from '../support/hub.ts';

let provider: TestOidcProvider;
let hub: RunningHub;

test.beforeAll(async () => {
  const port = await freePort();
  provider = await startTestOidcProvider({
    redirectUri: `http://127.0.0.1:${port}/api/v1/auth/oidc/callback`,
    groups: { erika: ['bp-clerks', 'staff'], loader: ['bp-loaders'], nobody: ['staff'] },
  });
  hub = await startHubProcess({
    port,
    env: {
      BP_OIDC__ENABLED: 'true',
      BP_OIDC__ISSUER_URL: provider.issuer,
      BP_OIDC__CLIENT_ID: provider.clientId,
      BP_OIDC__CLIENT_SECRET: provider.clientSecret,
      BP_OIDC__SCOPES: 'openid profile groups',
      BP_OIDC__ROLE_MAPPING: JSON.stringify({ 'bp-clerks': ['clerk'], 'bp-loaders': ['loader'] }),
      BP_OIDC__AUTO_PROVISION: 'true',
    },
  });
});

test.afterAll(async () => {
  await hub?.stop();
  await provider?.close();
});

async function signInAtProvider(page: import('@playwright/test').Page, login: string): Promise<void> {
  await page.getByRole('link', { name: 'Mit Dienstkonto anmelden' }).click();
  // The provider's development login page, then its consent page.
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

test('a new clerk signs in with the town account and lands on the page they asked for', async ({ page }) => {
  await page.goto(`${hub.url}/office/documents/new`);
  await expect(page.getByRole('heading', { level: 1, name: 'Anmeldung' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mit Dienstkonto anmelden' })).toBeVisible();
  await expectAccessible(page, 'office login with SSO');
  await snap(page, 'office-login-sso');

  await signInAtProvider(page, 'erika');
  await expect(page).toHaveURL(`${hub.url}/office/documents/new`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dokument erfassen' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('erika (SSO)');
  await expect(page.getByRole('banner')).toContainText('Sachbearbeitung');
});

test('an existing local account is linked by username and gets its roles from the provider', async ({
  page,
}) => {
  await page.goto(`${hub.url}/office/`);
  await signInAtProvider(page, 'loader');
  await expect(page.getByRole('banner')).toContainText('Lars Bestücker (Demo)');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Box beladen' })).toBeVisible();
});

test('a person without a mapped group is refused with a clear page', async ({ page }) => {
  await page.goto(`${hub.url}/office/`);
  await signInAtProvider(page, 'nobody');
  await expect(page.getByRole('heading', { level: 1, name: 'Anmeldung nicht möglich' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('keine Rolle');
  await expectAccessible(page, 'office SSO refused');
  await page.getByRole('link', { name: 'Zurück zur Anmeldung' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anmeldung' })).toBeVisible();
});
