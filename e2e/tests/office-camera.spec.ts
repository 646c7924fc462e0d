// The loading screen's camera scanner decodes a real QR code from a (fake) camera in Chromium: the reader and its
// WebAssembly load from the hub itself under the page's CSP, and the scanned reference opens a compartment.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from '../support/browser.ts';
import { writeQrVideo } from '../support/fake-camera.ts';
import { expect, expectAccessible, test } from '../support/fixtures.ts';
import { openOffice } from '../support/office.ts';

const reference = `CAM-${process.pid}-${Date.now().toString(36)}`.toUpperCase();
const video = join(mkdtempSync(join(tmpdir(), 'bp-camera-')), 'qr.y4m');
writeQrVideo(video, reference);

const launch = chromiumLaunchOptions();
test.use({
  launchOptions: {
    ...launch,
    args: [
      ...launch.args,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  },
  permissions: ['camera'],
});

test('a loader scans the document with the camera', async ({ page, api }) => {
  await api.request('POST', '/api/v1/documents', {
    as: 'clerk',
    body: {
      reference,
      officeId: 'buergeramt-hn',
      typeId: 'civil_certificate',
      holderName: 'Kamera Test',
      phone: api.uniquePhone(),
    },
  });
  const wasm: string[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.wasm')) wasm.push(`${response.status()} ${new URL(response.url()).host}`);
  });
  await openOffice(page, api, 'loader', '/loading');
  await page.getByRole('button', { name: 'Mit Kamera scannen' }).click();
  const heading = page.getByRole('heading', { level: 2, name: /^Fach \d+$/ });
  await expect(heading).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(`Legen Sie das Dokument ${reference} in Fach`)).toBeVisible();
  expect(wasm).toEqual([`200 ${new URL(api.hub.url).host}`]);
  await expectAccessible(page, 'office loading after camera scan');
});
