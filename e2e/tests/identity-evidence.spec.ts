// The evidence image (issue 9), walked through: a document type whose policy takes an image at pickup (set through
// the admin API), the kiosk says so plainly before the door opens, the demo box's simulated camera takes a real JPEG
// as the door opens, and the auditor sees that image in the back office; the view is in the audit log.
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { openOffice } from '../support/office.ts';
import { checkScreen, enterPhoneAndCode, openKiosk } from './kiosk-support.ts';

interface DocumentTypeView {
  pickupPolicy: Record<string, unknown>;
}

let savedPolicy: Record<string, unknown> | null = null;

test.beforeEach(async ({ api }) => {
  const type = await api.request<DocumentTypeView>('GET', '/api/v1/document-types/driving_licence', {
    as: 'admin',
  });
  savedPolicy = type.pickupPolicy;
  await api.request('PATCH', '/api/v1/document-types/driving_licence', {
    as: 'admin',
    body: { pickupPolicy: { check: 'none', windowOpeningDays: null, evidenceImage: true } },
  });
});

// The hub lives for the whole worker: the next spec file gets the type's policy back.
test.afterEach(async ({ api }) => {
  if (savedPolicy) {
    await api.request('PATCH', '/api/v1/document-types/driving_licence', {
      as: 'admin',
      body: { pickupPolicy: savedPolicy },
    });
  }
});

test('the kiosk announces the photo, the box takes it as the door opens, the auditor sees it and the view is logged', async ({
  page,
  hub,
  api,
}) => {
  const document = await api.documentReadyForPickup({ typeId: 'driving_licence' });

  await openKiosk(page, hub.url, hub.credentials.terminalKey);
  await enterPhoneAndCode(page, document.phone, document.code);
  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Dokument ist da' })).toBeVisible();
  const notice = page.getByRole('region', { name: 'Hinweis: Beim Öffnen wird ein Foto gemacht' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('macht eine Kamera an der DokBox ein Foto');
  await expect(notice).toContainText('Nur die Prüferinnen und Prüfer');
  await expect(notice).toContainText('Nach 90 Tagen wird das Foto gelöscht.');
  await checkScreen(page, 'identity-evidence-notice');
  // The same notice in easy German and in Arabic (right to left), then back to German.
  await page.getByTestId('language-button').click();
  await page.getByRole('button', { name: 'Leichte Sprache' }).click();
  await expect(page.getByRole('region', { name: 'Wichtig: Es gibt ein Foto' })).toContainText(
    'Nach 90 Tagen löschen wir das Foto.',
  );
  await page.getByTestId('language-button').click();
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html[dir=rtl]')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'تنبيه: تُلتقط صورة عند فتح الباب' })).toContainText(
    'تُحذف الصورة بعد 90 يومًا.',
  );
  await checkScreen(page, 'identity-evidence-notice-arabic');
  await page.getByTestId('language-button').click();
  await page.getByRole('button', { name: 'Deutsch' }).click();

  await page.getByRole('button', { name: 'Fach öffnen' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Fach ${document.compartment} ist offen` }),
  ).toBeVisible();
  await api.simulator('dokbox-hn', document.compartment, 'take');
  await api.simulator('dokbox-hn', document.compartment, 'close');
  await expect(page.getByRole('heading', { level: 1, name: 'Fertig. Vielen Dank!' })).toBeVisible();

  // Only auditors may list the images; the box's image arrives over the agent's link.
  await expect(
    api.request('GET', `/api/v1/evidence-images?documentId=${document.id}`, { as: 'clerk' }),
  ).rejects.toThrow(/→ 403/);
  await expect(
    api.request('GET', `/api/v1/evidence-images?documentId=${document.id}`, { as: 'admin' }),
  ).rejects.toThrow(/→ 403/);
  await expect
    .poll(
      async () =>
        (
          await api.request<{ items: unknown[] }>(
            'GET',
            `/api/v1/evidence-images?documentId=${document.id}`,
            {
              as: 'auditor',
            },
          )
        ).items.length,
    )
    .toBe(1);

  await openOffice(page, api, 'auditor', `/audit/evidence?documentId=${document.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Beweisfotos bei der Abholung' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: document.reference });
  await expect(row).toContainText(`dokbox-hn, Fach ${document.compartment}`);
  await expectAccessible(page, 'office evidence images');
  await row.getByRole('button', { name: /^Foto ansehen/ }).click();

  await expect(page.getByRole('heading', { level: 2, name: /^Foto vom / })).toBeFocused();
  const image = page.getByRole('img', { name: new RegExp(`Fach ${document.compartment}, aufgenommen am`) });
  await expect(image).toBeVisible();
  // A real JPEG, drawn by the simulated camera, decoded by the browser.
  await expect
    .poll(() =>
      image.evaluate((img: HTMLImageElement) => [img.complete, img.naturalWidth, img.naturalHeight]),
    )
    .toEqual([true, 320, 240]);
  await expect(page.getByText('Dieses Ansehen wurde protokolliert.')).toBeVisible();
  await expectAccessible(page, 'office evidence image shown');
  await snap(page, 'office-evidence-image');

  await page.getByRole('link', { name: 'Wer hat welche Fotos angesehen? (Audit-Protokoll)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit-Protokoll' })).toBeVisible();
  const viewed = page
    .getByRole('table', { name: /Einträge im Audit-Protokoll/ })
    .getByRole('row')
    .filter({ hasText: 'evidence_image.viewed' })
    .filter({ hasText: document.id });
  await expect(viewed).toHaveCount(1);
  await expect(viewed).toContainText('(auditor)');
  await expectAccessible(page, 'office audit log with the evidence view');

  // The document's own page names both steps in words and leads the auditor to its images.
  await openOffice(page, api, 'auditor', `/documents/${document.id}`);
  const history = page.getByRole('region', { name: 'Verlauf' });
  await expect(history).toContainText('Beweisfoto beim Öffnen aufgenommen');
  await expect(history).toContainText('Beweisfoto von der Prüfung angesehen');
  await history.getByRole('link', { name: 'Beweisfotos zu diesem Dokument' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beweisfotos bei der Abholung' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: document.reference })).toBeVisible();
});
