// The transport list (Übergabeliste, issue 16): a clerk puts together a trip to the box in the office, the loading
// fills in compartments, loaders and times, the last document is taken back with a reason, which closes the list,
// and the list is printed to PDF (artifacts/transport-list.pdf) with its signature lines.
import { readFileSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectAccessible, snap, test } from '../support/fixtures.ts';
import { openOffice } from '../support/office.ts';
import { artifactsDir } from '../support/paths.ts';
import { pdfPageTexts } from '../support/pdf-text.ts';

test('a clerk makes a transport list, the loading closes it, and it prints to an A4 PDF', async ({
  page,
  api,
}) => {
  const stamp = Date.now().toString(36);
  const documents = [
    await api.registerDocument({ holderName: `Erika Mustermann ${stamp}` }),
    await api.registerDocument({ holderName: `Max Mustermann ${stamp}` }),
    await api.registerDocument({ holderName: `Hans Beispiel ${stamp}` }),
  ];

  await openOffice(page, api, 'clerk', '/transport-lists');
  await expect(page.getByRole('heading', { level: 1, name: 'Übergabelisten' })).toBeVisible();
  await page.getByLabel('Box', { exact: true }).selectOption('dokbox-hn');
  for (const document of documents) {
    await page.getByRole('checkbox', { name: new RegExp(`^${document.reference} \\(`) }).check();
  }
  await page.getByLabel('Hinweis (freiwillig)').fill('Fahrt am Vormittag');
  await expectAccessible(page, 'office transport lists');
  await snap(page, 'office-transport-lists');
  await page.getByRole('button', { name: 'Übergabeliste anlegen' }).click();

  const heading = page.getByRole('heading', { level: 1, name: /^Übergabeliste [0-9A-F]{8}$/ });
  await expect(heading).toBeVisible();
  const number = (await heading.textContent())!.replace('Übergabeliste ', '').trim();
  const listId = page.url().split('/').at(-1)!;
  const rows = documents.map((d) => page.getByRole('row').filter({ hasText: d.reference }));
  for (const row of rows) await expect(row).toContainText('Wartet');
  await expect(page.getByRole('main').getByText(/^Clara Sachbearbeiterin \(Demo\), /)).toBeVisible();
  await expectAccessible(page, 'office transport list open');

  // The loader loads the first two at the box; the list follows live.
  const compartments = [await api.loadIntoBox(documents[0]!.id), await api.loadIntoBox(documents[1]!.id)];
  for (const [index, row] of rows.slice(0, 2).entries()) {
    await expect(row).toContainText('Geladen');
    await expect(row).toContainText('Lars Bestücker (Demo)');
    await expect(row.getByRole('cell').nth(5)).toContainText(String(compartments[index]));
  }

  // The third does not go: taken back with a reason, which closes the list.
  await rows[2]!.getByRole('button', { name: `${documents[2]!.reference} zurücknehmen` }).click();
  const reason = page.getByLabel('Grund');
  await expect(reason).toBeFocused();
  await page.getByRole('button', { name: 'Zurücknahme speichern' }).click();
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'office transport list take-back without reason');
  await reason.fill('Umschlag beschädigt');
  await page.getByRole('button', { name: 'Zurücknahme speichern' }).click();
  await expect(page.getByRole('status')).toContainText(`${documents[2]!.reference} ist zurückgenommen.`);
  await expect(rows[2]!).toContainText('Zurückgenommen');
  await expect(page.getByText('Diese Liste ist abgeschlossen')).toBeVisible();
  await expect(page.getByRole('button', { name: /zurücknehmen$/ })).toHaveCount(0);
  await expect(page.getByRole('listitem').filter({ hasText: 'Grund: Umschlag beschädigt' })).toContainText(
    documents[2]!.reference,
  );
  await expect(page.getByRole('heading', { name: 'Übergeben (Bürgeramt)' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Übernommen (Bestückung)' })).toBeVisible();
  await expectAccessible(page, 'office transport list closed');
  await snap(page, 'office-transport-list-closed');

  // The print view: calm, black on white, without the office's navigation.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Drucken / als PDF speichern' })).toBeHidden();
  await expectAccessible(page, 'office transport list print view');
  await snap(page, 'office-transport-list-print');
  mkdirSync(artifactsDir, { recursive: true });
  const pdfPath = join(artifactsDir, 'transport-list.pdf');
  await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });

  const pdf = readFileSync(pdfPath);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(statSync(pdfPath).size).toBeGreaterThan(10_000);
  const text = pdfPageTexts(pdf).join('').replace(/\s+/g, '');
  for (const expected of [
    `Übergabeliste ${number}`,
    'DokBox Hohen Neuendorf',
    ...documents.map((d) => d.reference),
    `Erika Mustermann ${stamp}`,
    'Lars Bestücker (Demo)',
    'Umschlag beschädigt',
    'Übergeben (Bürgeramt)',
    'Übernommen (Bestückung)',
    'Unterschrift',
  ]) {
    expect(text, `the PDF shows “${expected}”`).toContain(expected.replace(/\s+/g, ''));
  }
  // Nothing of the office's screen furniture is printed.
  expect(text).not.toContain('Drucken/alsPDFspeichern');

  // The list as the API has it: closed, two loaded, one taken back.
  const list = await api.request<{ status: string; loaded: number; notLoaded: number }>(
    'GET',
    `/api/v1/transport-lists/${listId}`,
    { as: 'loader' },
  );
  expect(list).toMatchObject({ status: 'closed', loaded: 2, notLoaded: 1 });
});

test('a loader sees the lists but cannot make one', async ({ page, api }) => {
  await openOffice(page, api, 'loader', '/transport-lists');
  await expect(page.getByRole('heading', { level: 1, name: 'Übergabelisten' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Neue Übergabeliste' })).toHaveCount(0);
  await expectAccessible(page, 'office transport lists (loader)');
});
