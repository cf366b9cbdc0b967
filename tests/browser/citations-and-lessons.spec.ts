import { citationsShown, copied, expect, seed, test } from './fixtures';

test.beforeEach(async ({ context, page }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1280, height: 800 });
});

const ARTICLE =
  'https://timesca.com/ukrainian-ambassador-to-kazakhstan-the-war-will-end-this-year-i-truly-believe-in-that/';

// One page for the interview's citations, their files, the dialog's backdrop and a question's
// citation: each was a page load and a start of the CSL processor before.
test('cite the interview: APA, MLA and Chicago from CSL styles, copied with italics; BibTeX and RIS; cite a question', async ({
  page,
  baseURL,
}) => {
  test.slow();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`/i/${seed.id}`);
  const opener = page.getByRole('button', { name: 'Cite this interview' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Cite this interview' });
  await citationsShown(dialog);
  const apa = dialog.getByRole('listitem').filter({ hasText: 'APA (7th edition)' });
  await expect(apa).toContainText(
    `Alimzhanov, A. (2026, February 10). Ukrainian Ambassador to Kazakhstan: “The War Will End This Year. I Truly Believe In That.” The Times of Central Asia. ${ARTICLE}`,
  );
  await expect(apa.locator('i')).toHaveText('The Times of Central Asia');
  await expect(apa).toContainText('(Alimzhanov, 2026)');
  await expect(dialog.getByRole('listitem').filter({ hasText: 'MLA (9th edition)' })).toContainText(
    'Maiko, Viktor. “Ukrainian Ambassador to Kazakhstan: ‘The War Will End This Year. I Truly Believe In That.’” Interview by Askar Alimzhanov. The Times of Central Asia, 10 Feb. 2026, timesca.com/',
  );
  await dialog
    .getByRole('button', {
      // Not "Copy to …": the reference is what is copied, not where to.
      name: 'Copy Chicago (17th edition, notes and bibliography) reference',
    })
    .click();
  await copied(page, 'Copy Chicago (17th edition, notes and bibliography) reference');
  const clipboard = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    if (!item) return { html: '', text: '' };
    const read = async (type: string) => (await item.getType(type)).text();
    return { html: await read('text/html'), text: await read('text/plain') };
  });
  expect(clipboard.text).toBe(
    `Maiko, Viktor. “Ukrainian Ambassador to Kazakhstan: ‘The War Will End This Year. I Truly Believe In That.’” Interview by Askar Alimzhanov. The Times of Central Asia, February 10, 2026. ${ARTICLE}.`,
  );
  expect(clipboard.html).toContain('<i>The Times of Central Asia</i>');
  // BibTeX and RIS download for reference managers.
  const [bib] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download BibTeX' }).click(),
  ]);
  expect(bib.suggestedFilename()).toBe(`${seed.id}.bib`);
  const [record] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download RIS' }).click(),
  ]);
  expect(record.suggestedFilename()).toBe(`${seed.id}.ris`);
  // The CSL processor ran under the site's Content-Security-Policy (no eval).
  expect(errors).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  // A click outside the dialog (its backdrop) closes it, with a mouse too (dialogs.spec.ts taps
  // it on phones, and checks Close in view there).
  await opener.click();
  await expect(dialog).toBeVisible();
  await page.mouse.click(2, 2);
  await expect(dialog).toBeHidden();

  // Cite a question: its locator, and its link in the reader.
  await page.getByRole('button', { name: 'Cite question 4' }).click();
  const question = page.getByRole('dialog', { name: 'Cite question 4' });
  await citationsShown(question);
  await expect(question).toContainText('(Alimzhanov, 2026, Q4)');
  await expect(question).toContainText('(Maiko, Q4)');
  await expect(question).toContainText(`${baseURL}/i/${seed.id}/security#q4`);
  await question.getByRole('button', { name: 'Close' }).click();
  await expect(question).toBeHidden();
});

test('the citation dialog’s code and the CSL processor load as a hand heads for Cite, not with the page', async ({
  page,
}) => {
  const citationCode = /\/assets\/(citation-list|citeproc)[^/]*\.js$/;
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const loaded = (name: string) =>
    page.waitForRequest((request) => new URL(request.url()).pathname.includes(`/${name}`));
  await page.goto(`/i/${seed.id}`);
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => citationCode.test(path))).toEqual([]);
  // A pointer over a Cite button (no click yet) starts the load.
  let both = Promise.all([loaded('citation-list'), loaded('citeproc')]);
  await page.getByRole('button', { name: 'Cite question 1' }).hover();
  await both;
  await page.getByRole('button', { name: 'Cite question 1' }).click();
  await citationsShown(page.getByRole('dialog', { name: 'Cite question 1' }));
  // Focus by keyboard does the same.
  requested.length = 0;
  await page.goto(`/i/${seed.id}`);
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => citationCode.test(path))).toEqual([]);
  both = Promise.all([loaded('citation-list'), loaded('citeproc')]);
  await page.getByRole('button', { name: 'Cite this interview' }).focus();
  await both;
});

test('cite a selected passage: question and paragraph, a readable link', async ({
  page,
  baseURL,
}) => {
  await page.goto(`/i/${seed.id}/peace`);
  await page.locator('#q5__answer p').nth(1).click({ clickCount: 3 });
  await page
    .getByRole('group', { name: 'Selected passage' })
    .getByRole('button', { name: 'Cite' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Cite the selected passage' });
  await citationsShown(dialog);
  await expect(dialog.locator('blockquote')).toBeVisible();
  await expect(dialog).toContainText('(Alimzhanov, 2026, Q5 ¶2)');
  await expect(dialog).toContainText(`${baseURL}/i/${seed.id}/peace?quote=`);
  await expect(dialog.locator('code')).not.toContainText('%20');
});

test('?sections= shows only those sections, in that order, with a way back to all', async ({
  page,
}) => {
  await page.goto(`/i/${seed.id}?sections=energy,trade`);
  await expect(page.locator('section h2 button')).toHaveText([/^Energy/, /^Trade/]);
  await expect(page.getByText('Showing 2 of 5 sections')).toBeVisible();
  // The line for readers without JavaScript is not shown.
  await expect(page.getByText('A link to a lesson, a passage or a search opens')).toBeHidden();
  const index = page.getByRole('navigation', { name: 'Questions' });
  await expect(index.getByRole('link')).toHaveCount(4);
  await page.getByRole('link', { name: 'Show all' }).click();
  await expect(page).toHaveURL(new RegExp(`/i/${seed.id}$`));
  await expect(page.locator('section h2 button')).toHaveCount(5);
});

test('?mode=discuss hides answers until each is revealed', async ({ page }) => {
  await page.goto(`/i/${seed.id}?mode=discuss`);
  await expect(page.getByRole('button', { name: /^Reveal answer/ })).toHaveCount(5);
  await expect(page.getByText('Deep drilling is a shared priority.')).toHaveCount(0);
  await page.getByRole('button', { name: 'Reveal answer to question 3' }).click();
  await expect(page.getByText('Deep drilling is a shared priority.')).toBeVisible();
  await expect(page.locator('#q3__answer')).toBeFocused();
  await expect(page.getByRole('button', { name: /^Reveal answer/ })).toHaveCount(4);
  await page.getByRole('button', { name: 'Reveal all answers' }).click();
  await expect(page.getByRole('button', { name: /^Reveal answer/ })).toHaveCount(0);
});

test('every parameter combines: sections, discussion, search and a quote', async ({ page }) => {
  await page.goto(
    `/i/${seed.id}/peace?q=ukraine&sections=peace,security&mode=discuss&quote=the%20war%20will%20end%20this%20year.`,
  );
  await expect(page.locator('section h2 button')).toHaveText([/^Peace/, /^Security/]);
  // The quoted passage's answer stays hidden for discussion: its question is where the link lands.
  await expect(page.locator('#q5')).toBeFocused();
  await expect(page.getByRole('button', { name: 'Reveal answer to question 5' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reveal answer to question 4' })).toBeVisible();
  // Search covers what is on show: the questions, no hidden answer.
  await expect(page.locator('#reader_search_status')).toHaveText(/^1 of \d+$/);
  await expect(page.locator('#q4__answer')).toHaveCount(0);
  await expect(page.locator('#q5__answer')).toHaveCount(0);
  // Index links keep the lesson.
  await expect(
    page
      .getByRole('navigation', { name: 'Questions' })
      .getByRole('link', { name: /attacks on tankers/ }),
  ).toHaveAttribute(
    'href',
    `/i/${seed.id}/security?q=ukraine&sections=peace,security&mode=discuss#q4`,
  );
});

test('an unknown section in a lesson link is reported; the others show', async ({ page }) => {
  await page.goto(`/i/${seed.id}?sections=trade,sport`);
  await expect(page.getByRole('alert')).toContainText('The lesson asks for a section “sport”');
  await expect(page.locator('section h2 button')).toHaveText([/^Trade/]);
});

test('make a lesson link by choosing sections', async ({ page, baseURL }) => {
  await page.goto(`/i/${seed.id}`);
  await page.getByRole('button', { name: 'Make a lesson link' }).click();
  const builder = page.getByRole('dialog', { name: 'Make a lesson link' });
  await builder.getByRole('checkbox', { name: /^Trade/ }).check();
  await builder.getByRole('checkbox', { name: /^Energy/ }).check();
  await builder.getByRole('checkbox', { name: /Discussion mode/ }).check();
  await builder.getByRole('button', { name: 'Copy lesson link' }).click();
  await copied(page, 'Copy lesson link');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}/i/${seed.id}?sections=trade,energy&mode=discuss`,
  );
  await builder.getByRole('link', { name: 'Open it' }).click();
  await expect(builder).toBeHidden();
  await expect(page.getByText('Showing 2 of 5 sections')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Reveal answer/ })).toHaveCount(2);
});
