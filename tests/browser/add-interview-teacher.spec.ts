import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { checkFiles } from '../../scripts/lib/check-files';
import { expect, scrollsSideways, test, type Page } from './fixtures';

// A real page's shape from the importer's fidelity set: navigation, a byline,
// a date, headings between bare questions, share buttons and related links.
const ARTICLE = readFileSync(
  path.join(import.meta.dirname, '../fixtures/import/tune/headings.txt'),
  'utf8',
);
// The importer takes the headline's quote as a key quote; the teacher adds another.
const HEADLINE_QUOTE = 'We are running out of time';
const HOPE = 'Where we protected an area, it recovered faster than we expected.';

async function review(page: Page) {
  await page.getByLabel('Paste the article’s text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Read this text' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ready to keep' })).toBeVisible();
  return page.getByRole('region', { name: 'Paragraphs of the source' }).getByRole('listitem');
}

/** The draft this page saved on this device, as JSON ("" before the first save). */
function savedDraft(page: Page): Promise<string> {
  // Opened only once the page has made the database (or it would have no store).
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('interview-reader-drafts');
        open.onerror = () => resolve('');
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('drafts').objectStore('drafts').get('current');
          get.onsuccess = () => resolve(JSON.stringify(get.result ?? ''));
          get.onerror = () => resolve('');
          db.close();
        };
      }),
  );
}

/** The port a server listens on. */
function portOf(server: Server): number {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening on a port');
  return address.port;
}

/** Selects words of a paragraph by dragging the mouse across them, as a person does. */
async function dragAcross(page: Page, paragraph: Locator, words: string) {
  await paragraph.scrollIntoViewIfNeeded();
  const box = await paragraph.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const first = rects[0];
      const last = rects.at(-1);
      if (!first || !last) break;
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    }
    throw new Error(`“${wanted}” is not in the paragraph`);
  }, words);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}

test.describe('a teacher brings an interview', () => {
  test('paste, correct, keep, find, read with every feature, edit, export, delete and undo', async ({
    page,
    axe,
  }) => {
    test.slow(); // one long journey through five pages
    const messages: string[] = [];
    page.on('pageerror', (error) => messages.push(error.message));
    await page.goto('/');
    await page.getByRole('link', { name: 'Add an interview' }).click();
    const paragraphs = await review(page);

    // Noise is dropped, visibly, and can come back.
    const dropped = page.getByRole('region', { name: /Dropped/ });
    for (const noise of ['Skip to content', 'Share', 'Related articles', 'The reef that came back'])
      await expect(dropped.getByRole('button', { name: `Restore “${noise}”` })).toBeVisible();

    // Correct: the publication, a topic label, and a key quote selected in the answer itself.
    await page.getByText('Details and people').click();
    await page.getByLabel('Publication').fill('Ocean Weekly');
    const hope = paragraphs.filter({ has: page.locator('input[value="Reasons for hope"]') });
    await hope.getByLabel('Topic label').fill('Hope');
    const answer = paragraphs.filter({ hasText: 'Where we protected an area' });
    await dragAcross(page, answer.locator('p[data-quote-block]'), HOPE);
    await answer.getByRole('button', { name: /^Mark as key quote/ }).click();
    await expect(answer.locator('mark')).toHaveText([HOPE, HEADLINE_QUOTE]);
    const structure = page.getByRole('region', { name: 'Structure found' });
    await expect(structure.getByText(HOPE)).toBeVisible();

    // A reload mid-edit keeps every correction.
    await expect.poll(() => savedDraft(page)).toContain(`"text":"${HOPE}"`);
    await expect.poll(() => savedDraft(page)).toContain('"label":"Hope"');
    await page.reload();
    await expect(answer.locator('mark')).toHaveText([HOPE, HEADLINE_QUOTE]);
    await page.getByText('Details and people').click();
    await expect(page.getByLabel('Publication')).toHaveValue('Ocean Weekly');
    await expect(hope.getByLabel('Topic label')).toHaveValue('Hope');
    await axe();

    await page.getByRole('button', { name: 'Keep on this device' }).click();
    await expect(page).toHaveURL(/\/i\/felix-ng-2021$/);
    const title = 'A scientist on the warming sea: “We are running out of time”';
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const notice = page.getByRole('complementary', { name: 'Kept on this device' });
    await expect(notice).toContainText('open only in this browser');

    // The reader, with everything it offers a published interview.
    await expect(page.locator('section h2 button')).toHaveText([
      /^Coral reefs/,
      /^Fisheries/,
      /^Hope/,
    ]);
    const index = page.getByRole('navigation', { name: 'Questions' });
    for (const question of [
      'What is happening to the reefs you study?',
      'How long does recovery take?',
      'Are fishermen noticing?',
      'Is there any good news?',
    ])
      await expect(index.getByRole('link', { name: question })).toBeVisible();
    const keyQuotes = page.getByRole('region', { name: 'Key quotes' });
    await keyQuotes.locator('summary').click(); // the panel starts folded to one line
    await expect(keyQuotes.getByRole('link', { name: HOPE })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search this interview' }).fill('fish');
    await expect(index.getByRole('link', { name: /Are fishermen noticing.*match/ })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search this interview' }).fill('');
    await axe();

    // A lesson of one section opens from its link on this device.
    await page.getByRole('button', { name: 'Make a lesson link' }).click();
    await page.getByRole('checkbox', { name: /^Fisheries/ }).check();
    await page.getByRole('link', { name: 'Open it' }).click();
    await expect(page).toHaveURL(/\/i\/felix-ng-2021\?sections=fisheries/);
    await expect(page.getByText('Showing 1 of 3 sections')).toBeVisible();
    await expect(page.getByText('The fish moved north years ago.')).toBeVisible();

    // Printed: every section of the interview, without the on-screen notice.
    await page.goto('/i/felix-ng-2021');
    await page.getByRole('button', { name: 'Collapse all' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByText('Half of them bleached last summer.')).toBeVisible();
    await expect(notice).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    // Found in the library, marked as being on this device.
    await page.goto('/');
    const kept = page.getByRole('region', { name: 'On this device' });
    const card = kept.getByRole('listitem').filter({ hasText: title });
    await expect(card).toContainText('On this device');
    await expect(card).toContainText('Ocean Weekly');

    // Edited again: the review opens with what was kept, and keeping replaces it.
    await card.getByRole('button', { name: 'Edit' }).click();
    await expect(page).toHaveURL(/\/add$/);
    await expect(answer.locator('mark')).toHaveText([HOPE, HEADLINE_QUOTE]);
    await page.getByText('Details and people').click();
    await page.getByLabel('Title').fill('Felix Ng on the warming sea');
    await page.getByRole('button', { name: 'Keep on this device' }).click();
    await expect(page).toHaveURL(/\/i\/felix-ng-2021$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Felix Ng on the warming sea' }),
    ).toBeVisible();

    // Exported: the file is one `npm run interview:check` accepts.
    await page.goto('/');
    const edited = kept.getByRole('listitem').filter({ hasText: 'Felix Ng on the warming sea' });
    await expect(kept.getByRole('listitem')).toHaveCount(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      edited.getByRole('button', { name: 'Download file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('felix-ng-2021.json');
    const folder = mkdtempSync(path.join(tmpdir(), 'kept-export-'));
    try {
      const file = path.join(folder, download.suggestedFilename());
      await download.saveAs(file);
      const report = await checkFiles([file]);
      expect(report.problems).toEqual([]);
      expect(report.valid).toEqual([`${file}: valid`]);
      const exported: unknown = JSON.parse(readFileSync(file, 'utf8'));
      expect(exported).toMatchObject({
        id: 'felix-ng-2021',
        title: 'Felix Ng on the warming sea',
        source: { publication: 'Ocean Weekly' },
        keyQuotes: [{ text: HEADLINE_QUOTE }, { text: HOPE }],
      });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }

    // Deleted, then brought back with Undo, and it still opens.
    await edited.getByRole('button', { name: 'Delete' }).click();
    await expect(kept.getByRole('status')).toContainText('Deleted “Felix Ng on the warming sea”');
    await expect(edited).toHaveCount(0);
    await kept.getByRole('button', { name: 'Undo' }).click();
    await expect(edited).toBeVisible();
    await edited.getByRole('link', { name: 'Felix Ng on the warming sea' }).click();
    await expect(page.getByText('The fish moved north years ago.')).toBeVisible();
    expect(messages).toEqual([]);
  });

  test('editing a kept interview never silently replaces a draft in progress', async ({ page }) => {
    test.slow(); // two imports, a keep and two visits to the library: past 30 s at load 15
    await page.goto('/add');
    await review(page);
    await page.getByRole('button', { name: 'Keep on this device' }).click();
    await expect(page).toHaveURL(/\/i\/felix-ng-2021$/);
    // A second article under way (the same text again: its id is the kept interview's, which the
    // Id field says, so that Keep cannot replace it)…
    await page.goto('/add');
    await page.getByLabel('Paste the article’s text').fill(ARTICLE);
    await page.getByRole('button', { name: 'Read this text' }).click();
    await page.getByText('Details and people').click();
    const id = page.getByRole('textbox', { name: 'Id', exact: true });
    await expect(id).toHaveValue('felix-ng-2021');
    await expect(id).toHaveAccessibleDescription(
      /is the id of “.+”, kept on this device: choose another/,
    );
    await page.getByLabel('Title').fill('Work in progress');
    await expect.poll(() => savedDraft(page)).toContain('Work in progress');
    // …is not lost to an Edit in the library unless the teacher says so.
    await page.goto('/');
    const edit = page
      .getByRole('region', { name: 'On this device' })
      .getByRole('button', { name: 'Edit' });
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await edit.click();
    await expect.poll(() => asked).toHaveLength(1);
    expect(asked[0]).toContain('“Work in progress” is still being checked');
    await expect(page).toHaveURL(/\/$/);
    expect(await savedDraft(page)).toContain('Work in progress');
    page.once('dialog', (dialog) => void dialog.accept());
    await edit.click();
    await expect(page).toHaveURL(/\/add$/);
    await page.getByText('Details and people').click();
    await expect(page.getByLabel('Title')).toHaveValue(/A scientist on the warming sea/);
  });

  test('a key quote is marked by selecting words in the answer with a finger', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      hasTouch: true,
      isMobile: true,
      viewport: { width: 375, height: 740 },
    });
    const page = await context.newPage();
    try {
      await page.goto('/add');
      const paragraphs = await review(page);
      const answer = paragraphs.filter({ hasText: 'Where we protected an area' });
      const words = answer.locator('p[data-quote-block]');
      await words.scrollIntoViewIfNeeded();
      // A long press and the selection handles leave the words selected. The press itself
      // cannot be driven here: CDP's touch events and Input.synthesizeTapGesture bring no
      // long-press gesture in headless Chromium (no selection, no contextmenu), and the
      // DevTools touch emulation (Emulation.setEmitTouchEventsForMouse, mouse held 1.2 s)
      // selects the word, then closes the tab as the browser opens its touch selection
      // menu, before the finger lifts. Checked by hand that way on this review: the press
      // on "slowly" gave pointerdown (touch), contextmenu (touch), selection "slowly".
      await words.evaluate((element, wanted) => {
        const node = element.firstChild; // the text before the headline's quote
        const at = node?.textContent?.indexOf(wanted) ?? -1;
        if (!node || at < 0) throw new Error('not found');
        // The handles rarely stop on a word's edge: "ere we protected … expected.".
        document.getSelection()?.setBaseAndExtent(node, at + 3, node, at + wanted.length);
      }, HOPE);
      const mark = answer.getByRole('button', { name: /^Mark as key quote/ });
      await expect(mark).toContainText(HOPE);
      await mark.tap();
      await expect(answer.locator('mark')).toHaveText([HOPE, HEADLINE_QUOTE]);
      await expect(mark).toHaveCount(0);
      // Words in a question are not an answer's: nothing is offered.
      await paragraphs
        .filter({ hasText: 'Is there any good news?' })
        .locator('p')
        .last()
        .evaluate((element) => document.getSelection()?.selectAllChildren(element));
      await expect(page.getByRole('button', { name: /^Mark as key quote/ })).toHaveCount(0);
    } finally {
      await context.close();
    }
  });

  for (const width of [320, 375]) {
    test.describe(`on a ${width} px touch screen`, () => {
      test.use({ hasTouch: true, isMobile: true, viewport: { width, height: 700 } });
      // At 320 px axe checks the review with its details open on the way: its own page load and
      // import before.
      test(`the review works at ${width} px by touch and by keyboard${width === 320 ? ', and axe finds nothing on it' : ''}`, async ({
        page,
        axe,
      }) => {
        await page.goto('/add');
        const paragraphs = await review(page);
        expect(await scrollsSideways(page)).toBe(false);

        // Every control a finger uses is at least 44 px each way.
        const small = await page.locator('main').evaluate((main) =>
          [...main.querySelectorAll('button, select, summary, input:not([type=checkbox])')]
            .map((element) => ({ element, box: element.getBoundingClientRect() }))
            .filter(({ box }) => box.width > 0 && (box.height < 44 || box.width < 44))
            .map(({ element, box }) => `${element.textContent} ${box.width}×${box.height}`),
        );
        expect(small).toEqual([]);

        // A tap changes a role; another changes the speaker.
        const question = paragraphs.filter({ hasText: 'How long does recovery take?' });
        await question.getByRole('button', { name: 'Answer' }).tap();
        await expect(question.getByRole('button', { name: 'Answer' })).toHaveAttribute(
          'aria-pressed',
          'true',
        );
        await question.getByRole('button', { name: 'Question' }).tap();
        await expect(question.getByRole('button', { name: 'Question' })).toHaveAttribute(
          'aria-pressed',
          'true',
        );
        // A second person who answers, then the answer given to her.
        await page.getByText('Details and people').tap();
        // axe checks some 300 controls of the review: seconds on a busy machine (the fixture
        // gives the test three times the time).
        if (width === 320) await axe('the review at 320 px, its details open');
        await page.getByRole('button', { name: 'Add someone who answers' }).tap();
        await page.getByLabel('Name').last().fill('Maria Lind');
        const answer = paragraphs.filter({ hasText: 'They noticed before we did.' });
        const speaker = answer.getByLabel('Answered by');
        await speaker.tap();
        await speaker.selectOption({ label: 'Maria Lind' });
        await expect(speaker.locator('option:checked')).toHaveText('Maria Lind');
        // S, on the focused paragraph, gives the turn to the next person on its side.
        await answer.focus();
        await page.keyboard.press('s');
        await expect(speaker.locator('option:checked')).toHaveText('Felix Ng');
        expect(await scrollsSideways(page)).toBe(false);

        // By keyboard: focus a paragraph, change its role with a key, undo with Ctrl+Z.
        await question.focus();
        await page.keyboard.press('a');
        await expect(question.getByRole('button', { name: 'Answer' })).toHaveAttribute(
          'aria-pressed',
          'true',
        );
        await page.keyboard.press('Control+z');
        await expect(question.getByRole('button', { name: 'Question' })).toHaveAttribute(
          'aria-pressed',
          'true',
        );
        // A key quote by keyboard: edit the answer, select with Shift and the arrows, mark it.
        const hope = paragraphs.filter({ hasText: 'Where we protected an area' });
        await hope.getByRole('button', { name: 'Edit, split or quote' }).focus();
        await page.keyboard.press('Enter');
        const text = hope.getByRole('textbox');
        await text.focus();
        await page.keyboard.press('Control+Home');
        for (let i = 0; i < 'Yes. '.length; i += 1) await page.keyboard.press('ArrowRight');
        for (let i = 0; i < HOPE.length; i += 1) await page.keyboard.press('Shift+ArrowRight');
        await hope.getByRole('button', { name: 'Mark selection as key quote' }).focus();
        await page.keyboard.press('Enter');
        await expect(hope.locator('mark')).toHaveText([HOPE, HEADLINE_QUOTE]);
        expect(await scrollsSideways(page)).toBe(false);
      });
    });
  }
});

test.describe('when this device cannot keep data', () => {
  test('storage blocked (private mode): a clear message, and the file is still offered', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException(
          'The user denied permission to access the database.',
          'SecurityError',
        );
      };
    });
    await page.goto('/add');
    await expect(page.getByText('This browser does not let the page keep data')).toBeVisible();
    await review(page);
    await page.getByText('Details and people').click();
    await page.getByLabel('Publication').fill('Ocean Weekly');
    await page.getByRole('button', { name: 'Keep on this device' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Could not keep it on this device');
    await expect(alert).toContainText('private browsing');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: 'Download the interview file' }).click(),
    ]);
    const file: unknown = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(file).toMatchObject({ id: 'felix-ng-2021', source: { publication: 'Ocean Weekly' } });
    // Still on the page, with everything typed.
    await expect(page.getByLabel('Publication')).toHaveValue('Ocean Weekly');
  });

  test('storage full: the draft says it is not saved, offers downloads, and leaving asks first', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto('/add');
    await review(page);
    await page.getByText('Details and people').click();
    await page.getByLabel('Publication').fill('Ocean Weekly');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Your corrections are not being saved on this device');
    await expect(alert).toContainText('storage for this site is full');
    const [draft] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: 'Download the draft' }).click(),
    ]);
    expect(readFileSync(await draft.path(), 'utf8')).toContain('Ocean Weekly');
    await page.getByRole('button', { name: 'Keep on this device' }).click();
    await expect(alert).toContainText('Could not keep it on this device');
    await expect(alert.getByRole('button', { name: 'Download the interview file' })).toBeVisible();
    // Closing or reloading the page now would lose the corrections: the browser asks first.
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.dismiss();
      }),
    );
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
  });
});

test.describe('opening an interview file by its address', () => {
  test.use({ ignoreHTTPSErrors: true });
  let server: Server;
  let origin = '';
  let closedOrigin = '';
  let folder = '';

  test.beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'open-src-'));
    // Another site, over https as on the web: one path allows other sites to read it, one does not.
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        path.join(folder, 'key.pem'),
        '-out',
        path.join(folder, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    const body = readFileSync('public/interviews/viktor-maiko-2026.json');
    server = createServer(
      {
        key: readFileSync(path.join(folder, 'key.pem')),
        cert: readFileSync(path.join(folder, 'cert.pem')),
      },
      (request, response) => {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (request.url === '/open.json') headers['access-control-allow-origin'] = '*';
        response.writeHead(200, headers).end(body);
      },
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `https://127.0.0.1:${portOf(server)}`;
    // A port where nothing answers: one just freed.
    const spare = createServer();
    await new Promise<void>((resolve) => spare.listen(0, '127.0.0.1', resolve));
    closedOrigin = `https://127.0.0.1:${portOf(spare)}`;
    await new Promise((resolve) => spare.close(resolve));
  });

  test.afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(folder, { recursive: true, force: true });
  });

  test('a server that allows it: the interview opens for review', async ({ page }) => {
    await page.goto(`/open?src=${encodeURIComponent(`${origin}/open.json`)}`);
    await page.getByText('Details and people').click();
    await expect(page.getByLabel('Title')).toHaveValue(/Ukrainian Ambassador to Kazakhstan/);
  });

  test('a server that sends no CORS header: said in words, with what to do', async ({ page }) => {
    await page.goto(`/open?src=${encodeURIComponent(`${origin}/closed.json`)}`);
    const alert = page.getByRole('alert').first();
    await expect(alert).toContainText(
      'answered, but it does not allow other sites to read the file',
    );
    await expect(alert).toContainText('Access-Control-Allow-Origin');
    await expect(alert).toContainText('Download the file and choose it above instead.');
    await expect(page.getByLabel('Or choose a file, or drop it here')).toBeVisible();
  });

  test('nothing answers at the address: said in words', async ({ page }) => {
    await page.goto(`/open?src=${encodeURIComponent(`${closedOrigin}/gone.json`)}`);
    await expect(page.getByRole('alert').first()).toContainText('Nothing answered at 127.0.0.1');
  });
});
