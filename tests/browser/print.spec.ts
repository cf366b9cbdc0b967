import type { Locator, Page } from '@playwright/test';
import { encode } from 'uqr';
import { modulesPath } from '../../src/features/lesson/components/qr-code';
import { pageCount, sheetFills } from '../support/pdf-sheets';
import { pdfText } from '../support/pdf-text';
import { seedInterview } from '../support/seed';
import { expect, holdRequests, prepareContext, seed, test } from './fixtures';

const ARTICLE =
  'https://timesca.com/ukrainian-ambassador-to-kazakhstan-the-war-will-end-this-year-i-truly-believe-in-that/';

/** The CSS pixels a QR code gives each module (its SVG's viewBox counts the modules). */
function modulePx(qr: import('@playwright/test').Locator): Promise<number> {
  return qr.evaluate((svg) => {
    const modules = svg instanceof SVGSVGElement ? svg.viewBox.baseVal.width : 1;
    return svg.getBoundingClientRect().width / modules;
  });
}

test('a printed reader is a handout: source, citation, link and QR code; no controls', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/i/${seed.id}`);
  // "Print handout" loads the citation styles, then opens the print dialog
  // (which headless Chromium skips).
  await page.getByRole('button', { name: 'Print handout' }).click();
  await page.emulateMedia({ media: 'print' });
  const header = page.locator('.handout-header');
  await expect(header).toBeVisible();
  await expect(header).toContainText(`Original article${ARTICLE}`);
  await expect(header).toContainText(
    'Cite asAlimzhanov, A. (2026, February 10). Ukrainian Ambassador to Kazakhstan',
  );
  await expect(header.getByRole('img', { name: 'QR code of the reader link' })).toBeVisible();
  // No buttons, fields or the index: they do nothing on paper.
  const visibleControls = await page
    .locator('button, input, nav, [role="group"]')
    .evaluateAll((elements) => elements.filter((e) => e.getClientRects().length > 0).length);
  expect(visibleControls).toBe(0);
  // Numbers that match the citations' locators.
  await expect(page.locator('#q2__question .print-number')).toHaveText('Q2');
  await expect(page.locator('#q2__answer .paragraph-number').nth(2)).toHaveText('¶3');
  // A key quote reads without background graphics: bold, no background.
  const mark = page.locator('mark[data-kind~="key-quote"]').first();
  await expect(mark).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  await expect(mark).toHaveCSS('font-weight', '700');
  // A section's heading stays with its first question.
  await expect(page.locator('.section-header').first()).toHaveCSS('break-after', 'avoid');
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  expect(pageCount(pdf)).toBeGreaterThan(2);
  expect(pageCount(pdf)).toBeLessThan(9);
});

test('printed key quotes read as quotes, not links: no underline, a rule at their left', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/i/${seed.id}`);
  const quote = page.locator('[aria-labelledby="key_quotes_heading"] blockquote').first();
  // (In the folded panel: not yet a role in the page's accessibility tree.)
  const link = quote.locator('a');
  // On screen a link, underlined as links are.
  await expect(link).toHaveCSS('text-decoration-line', 'underline');
  await page.emulateMedia({ media: 'print' });
  // On paper there is nothing to follow: the underline (amber, 60%: a faint grey line on a black
  // and white printer) went under every word of every quote.
  await expect(link).toHaveCSS('text-decoration-line', 'none');
  // A rule in the text's colour at the quote's left, which reads in black and white.
  await expect(quote).toHaveCSS('border-left-style', 'solid');
  const rule = await quote.evaluate((e) => {
    const style = getComputedStyle(e);
    return {
      width: parseFloat(style.borderLeftWidth),
      color: style.borderLeftColor,
      text: style.color,
    };
  });
  expect(rule.width).toBeGreaterThanOrEqual(2);
  expect(rule.color).toBe(rule.text);
  // The highlighted words in the text: bold, no underline either.
  const mark = page.locator('mark[data-kind~="key-quote"]').first();
  await expect(mark).toHaveCSS('text-decoration-line', 'none');
});

test('a printed key quote stays on one sheet with who said it', async ({ page }) => {
  // On Letter the last quote ended the first sheet and "Viktor Maiko, on Peace" began the next.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/i/${seed.id}`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('img', { name: 'QR code of the reader link' })).toBeVisible();
  const interview = seedInterview();
  const labelOf = new Map(
    interview.sections.flatMap((s) => s.questions.map((q) => [q.id, s.label] as const)),
  );
  for (const format of ['A4', 'Letter'] as const) {
    const sheets = pdfText(await page.pdf({ format, printBackground: false })).map((sheet) =>
      sheet.replace(/\s+/g, ' '),
    );
    for (const quote of interview.keyQuotes) {
      const whole = `“${quote.text}” Viktor Maiko, on ${labelOf.get(quote.questionId) ?? ''}`;
      expect(
        sheets.some((sheet) => sheet.includes(whole)),
        `${format}: ${whole}`,
      ).toBe(true);
    }
  }
});

test('the highlights’ legend prints with the section it explains, never alone at a sheet’s end', async ({
  page,
}) => {
  // A lesson of two sections: its legend ended the first sheet (on Letter), the Energy section on
  // the next one.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/i/${seed.id}?sections=energy,peace`);
  await expect(page.getByText('Showing 2 of 5 sections')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.highlight-legend')).toBeVisible();
  for (const format of ['A4', 'Letter'] as const) {
    const sheets = pdfText(await page.pdf({ format, printBackground: false }));
    const sheet = sheets.find((text) => text.includes('Highlights:')) ?? '';
    // The first section's label and heading come after it on the same sheet.
    expect(sheet.slice(sheet.indexOf('Highlights:')), format).toMatch(
      /ENERGY\s*Energy Sector Cooperation/,
    );
  }
});

test('the handout’s header loads when the page is idle, or at once for “Print handout”', async ({
  page,
}) => {
  // A page that is never idle: the header (with its QR encoder) waits for a print.
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  const started = page.waitForRequest(/\/route-error-[\w-]+\.js$/);
  await page.goto(`/i/${seed.id}/energy`);
  // The app has started (it fetches the error pages' words once it has).
  await started;
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => /handout-header|qr-code/.test(url))).toEqual([]);
  await page.getByRole('button', { name: 'Print handout' }).click();
  await page.emulateMedia({ media: 'print' });
  const header = page.locator('.handout-header');
  await expect(header).toContainText(`Original article${ARTICLE}`);
  await expect(header.getByRole('img', { name: 'QR code of the reader link' })).toBeVisible();
});

test('a discussion handout flows onto the sheets its text needs, on A4 and Letter', async ({
  page,
}) => {
  // Two short sections with room to write, the lesson's prompt and a pinned passage, and the
  // whole interview in discussion mode: printed, they took 3 and 4 sheets, the last one holding
  // only the author's note and the others ending a third to half empty (screen-sized type and
  // spacing on paper).
  // The lesson of two sections is checked on the pages the next test prints of it.
  const handouts = {
    [`/i/${seed.id}?mode=discuss`]: 3,
  };
  for (const [path, sheets] of Object.entries(handouts)) {
    await page.emulateMedia({ media: 'screen' });
    await page.goto(path);
    await expect(page.getByRole('button', { name: 'Reveal all answers' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('img', { name: 'QR code of the lesson link' })).toBeVisible();
    // The key quotes are the hidden answers' words: none on paper.
    await expect(page.getByRole('heading', { name: 'Key quotes' })).toBeHidden();
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: false });
      expect(pageCount(pdf), `${path} on ${format}`).toBeLessThanOrEqual(sheets);
    }
    expect(await tallUnbroken(page), path).toEqual([]);
  }
});

/** Blocks kept whole on paper that are taller than 300 px: only short blocks should be. */
function tallUnbroken(page: Page): Promise<string[]> {
  // A heading stays with what follows it.
  return page.locator('body *').evaluateAll((elements) =>
    elements
      .filter((e) => getComputedStyle(e).breakInside.startsWith('avoid'))
      .filter((e) => e.getBoundingClientRect().height > 300)
      .map((e) => `${e.tagName} ${e.className}`),
  );
}

/** The paper less its margins (16 mm by 15 mm, index.css), in CSS px. */
const FRAMES = {
  A4: { width: ((210 - 30) * 96) / 25.4, height: ((297 - 32) * 96) / 25.4 },
  Letter: { width: ((215.9 - 30) * 96) / 25.4, height: ((279.4 - 32) * 96) / 25.4 },
};

/**
 * The height, as a share of a sheet, of the first part kept whole (a question with its
 * writing lines, from its section's heading for a section's first) that ends past `fill`
 * of the first sheet: what went whole to the next sheet. Measured on the page laid out
 * for print at the paper's width, as the PDF lays out its first sheet.
 */
async function keptWholeAfter(
  page: import('@playwright/test').Page,
  format: keyof typeof FRAMES,
  fill: number,
): Promise<number> {
  const frame = FRAMES[format];
  await page.setViewportSize({ width: Math.floor(frame.width), height: 720 });
  const parts = await page.locator('.answer-space').evaluateAll((spaces) =>
    spaces.map((space) => {
      const block = space.closest('.question-block');
      const section = block?.closest('section');
      const first = section?.querySelector('.question-block') === block;
      const top = (first ? section : block)?.getBoundingClientRect().top ?? 0;
      return {
        top: top + window.scrollY,
        bottom: space.getBoundingClientRect().bottom + window.scrollY,
      };
    }),
  );
  const next = parts.find((part) => part.bottom > fill * frame.height + 1);
  return next ? (next.bottom - next.top) / frame.height : 0;
}

// It folds "a printed discussion lesson gives questions with room to write, no answers" (on the
// lesson's last load) and the lesson's sheets of the test above: one page load each, not three.
test('a discussion handout prints the questions with room to write, not the screen’s instructions', async ({
  page,
}) => {
  test.slow();
  // On paper the lesson bar ("Discussion mode: answers stay hidden until revealed", "Showing 2
  // of 5 sections"), a hidden passage's "Hidden until its answer is revealed.", the legend of
  // highlights none of the printed text has and the link "Read the original article" were a
  // screen's words; and the whole interview's handout ended its first sheet 21% empty (A4; 22%
  // on Letter): its first section, kept whole with its question and writing lines (28% of a
  // sheet), did not fit below them and the QR code's row. Now at most 15% is left (a section
  // that does not fit in that goes whole to the next sheet).
  const handouts = [
    `/i/${seed.id}?sections=energy,peace&mode=discuss&prompt=What+does+peace+depend+on?&pin=I+truly+believe+in+that.`,
    `/i/${seed.id}/energy?mode=discuss`,
  ];
  for (const path of handouts) {
    await page.emulateMedia({ media: 'screen' });
    await page.goto(path);
    await expect(
      page.getByText('Discussion mode: answers stay hidden until revealed'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Print handout' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('img', { name: 'QR code of the lesson link' })).toBeVisible();
    const printed = await page.locator('body').innerText();
    for (const words of [
      'Discussion mode',
      'Showing 2 of 5 sections',
      'A lesson',
      'Hidden until',
      'revealed',
      'Highlights:',
      'Read the original article',
    ])
      expect(printed, `${path}: ${words}`).not.toContain(words);
    // Each hidden answer leaves lines to write on.
    await expect(page.locator('.answer-space').first()).toBeVisible();
    // The lesson of two sections flows onto the sheets its text needs (the test above).
    if (path === handouts[0]) expect(await tallUnbroken(page), path).toEqual([]);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: false });
      if (path === handouts[0])
        expect(pageCount(pdf), `${path} on ${format}`).toBeLessThanOrEqual(2);
      const fills = sheetFills(pdf);
      expect(fills.length, `${path} on ${format}`).toBeGreaterThan(1);
      // The first sheet ends only where the next part kept whole (a question with its writing
      // lines, and a section's heading with its first question) did not fit below it.
      const next = await keptWholeAfter(page, format, fills[0] ?? 0);
      expect(1 - (fills[0] ?? 0), `${path} on ${format}: the first sheet`).toBeLessThan(next);
      expect(fills[0], `${path} on ${format}: the first sheet`).toBeGreaterThanOrEqual(0.75);
    }
    await page.setViewportSize({ width: 1280, height: 720 });
  }
  // The lesson printed by a keyboard user, without "Print handout" (it prints once its header has
  // come when the page is idle): questions with room to write, no answers. Focused before
  // printing: the skip link is fixed on screen, so it would print at the top of every page; the
  // app's header too.
  await page.emulateMedia({ media: 'screen' });
  await page.goto(handouts[0] ?? '');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Interview Reader' })).toBeHidden();
  await expect(page.locator('.answer-space').first()).toBeVisible();
  await expect(page.locator('.answer-space')).toHaveCount(2);
  await expect(page.getByText('Deep drilling is a shared priority.')).toHaveCount(0);
  await expect(page.locator('#q5__answer')).toHaveCount(0);
  await expect(page.getByRole('note', { name: 'Teacher’s prompt' })).toContainText(
    'What does peace depend on?',
  );
  await expect(page.locator('.handout-header')).toContainText(
    '?sections=energy,peace&mode=discuss&prompt=What+does+peace+depend+on?&pin=I+truly+believe+in+that.',
  );
  // A QR code a phone reads off paper: at least 0.4 mm (1.5 CSS px) a module.
  expect(
    await modulePx(page.getByRole('img', { name: 'QR code of the lesson link' })),
  ).toBeGreaterThanOrEqual(1.5);
  // A passage pinned in a hidden answer: on paper, where it is and why its words are not there.
  const passage = page.getByRole('listitem').filter({ hasText: 'Passage 1' });
  expect(await passage.innerText()).toMatch(
    /^Passage 1 · Q5 ¶7\s+Not printed: its answer is left for the discussion\.$/,
  );
  // One answer revealed: its key quote prints, named in the legend, but not the key quotes panel's
  // note of the quotes still hidden ("One key quote stays hidden until its answer is revealed.").
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Reveal answer to question 3' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Key quotes' })).toBeVisible();
  const revealed = await page.locator('body').innerText();
  expect(revealed).toContain('Ukraine also seeks Kazakh oil');
  expect(revealed).not.toContain('stay');
  expect(await page.getByText('Highlights:').locator('..').innerText()).toMatch(
    /^Highlights:\s+Key quote$/,
  );
});

/** What a printed page says, read from the PDF: its lines, and its text with no line breaks. */
/**
 * Opens `path` as a reader would, then prints: the handout's header gives `link` in words and as
 * its QR code.
 */
async function expectHandoutLink(
  page: import('@playwright/test').Page,
  path: string,
  link: string,
) {
  await page.emulateMedia({ media: 'screen' });
  await page.goto(path);
  const header = page.locator('.handout-header');
  await expect(header).toBeAttached();
  await page.emulateMedia({ media: 'print' });
  const qr = header.getByRole('img', { name: /^QR code of the (reader|lesson) link$/ });
  await expect(qr).toBeVisible();
  await expect(header.locator('p > .break-all'), path).toHaveText(link);
  expect(await qr.locator('path').getAttribute('d'), `${path}: the QR code`).toBe(
    modulesPath(encode(link, { ecc: 'M', border: 2 }).data),
  );
}

async function printed(page: import('@playwright/test').Page) {
  const lines = pdfText(await page.pdf({ format: 'A4', printBackground: false })).join('\n');
  return { lines, flat: lines.replaceAll('\n', '') };
}

test('a reader printed from the browser’s menu gives its heading, text and key quotes, not the screen’s counts', async ({
  page,
}) => {
  // Ctrl+P outside discussion mode printed the key quotes' count ("Key quotes 6": the toggle of
  // a panel that prints open) and the reading time ("6 min read"), words for the screen. On
  // paper: the heading (title, interviewee, interviewer, publication, date, the article's
  // address), the text, and the key quotes as words of the interview.
  for (const path of [`/i/${seed.id}`, `/i/${seed.id}/energy`]) {
    await page.goto(path);
    await expect(page.locator('.handout-header')).toBeAttached();
    await page.emulateMedia({ media: 'print' });
    const { lines, flat } = await printed(page);
    const heading = lines.slice(0, lines.indexOf('As the war between Russia'));
    expect(heading, path).toMatch(/^Ukrainian Ambassador to\s+Kazakhstan: “The War Will End/);
    // Who, where and when, once: the handout's header listed them again below the lines under
    // the title (interviewee, publication, date and author).
    expect(heading, path).toMatch(
      /^Interview with Viktor Maiko, Ukraine’s Ambassador to Kazakhstan$/m,
    );
    expect(heading, path).toMatch(
      /^The Times of Central Asia · 10 February 2026 · By Askar Alimzhanov$/m,
    );
    for (const once of ['Viktor Maiko', '10 February 2026', 'Askar Alimzhanov'])
      expect(heading.split(once), `${path}: ${once}`).toHaveLength(2);
    for (const label of ['Interviewee', 'Interviewer', 'Published'])
      expect(heading, path).not.toMatch(new RegExp(`^${label}`, 'm'));
    expect(flat.slice(0, flat.indexOf('As the war between')), path).toContain(
      `Original article${ARTICLE}`,
    );
    // The key quotes as the text's own words, under their heading, each with who said it.
    expect(lines, path).toMatch(/^Key quotes$/m);
    expect(lines, path).toContain('“Ukraine will not voluntarily cede its territory.”');
    expect(lines.match(/^Viktor Maiko, on /gm), path).toHaveLength(6);
    expect(lines, path).not.toMatch(/Key quotes\s*\d/);
    expect(lines, path).not.toContain('min read');
    await page.emulateMedia({ media: 'screen' });
  }
});

// One print of the library for what each of three tests read of it before: its interviews, not
// the field and link that do something on screen, nor its filters; on one sheet (the test of
// short pages below).
test('a printed library lists its interviews, not the field and link that do something on screen, nor its filters, on one sheet, JavaScript on and off', async ({
  browser,
}) => {
  // On paper the search field's label ("Search all interviews") printed without its field, and
  // "Add an interview from a newspaper page, a text or a file" as words with nowhere to go.
  // Without JavaScript the filters (Topics, People, Publications, Years, each value a line)
  // printed first, a sheet of them, before the list of interviews.
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const views = javaScriptEnabled
      ? ([
          ['/', '1 interview'],
          ['/?q=pipeline', '1 interview matches “pipeline”'],
        ] as const)
      : ([['/', '1 interview']] as const);
    for (const [path, heading] of views) {
      const how = `${path}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`;
      await page.emulateMedia({ media: 'screen' });
      await page.goto(path);
      if (javaScriptEnabled)
        await expect(page.getByRole('heading', { name: heading }), how).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      const lines = pdfText(pdf).join('\n');
      expect(lines, how).toMatch(new RegExp(`^${heading}$`, 'm'));
      expect(lines, how).toContain('Ukrainian Ambassador to Kazakhstan');
      expect(lines, how).not.toContain('Search all interviews');
      expect(lines, how).not.toContain('Add an interview');
      if (path !== '/') continue;
      expect(lines, how).not.toMatch(/^(Filter|Topics|People|Publications|Years)\b/m);
      expect(pageCount(pdf), how).toBe(1);
    }
    await context.close();
  }
});

test('a printed library gives each interview’s address, the site’s published one, wrapped to the sheet, JavaScript on and off', async ({
  browser,
}) => {
  test.slow();
  // A librarian printing the library (or a filtered view of it) got a list of titles that led
  // nowhere on paper. Each interview now prints its address: the one its page names as canonical
  // (the site's address at build, SITE_URL), as the reader's printed page does.
  const reader = await browser.newPage();
  await reader.goto(`/i/${seed.id}`);
  const address = await reader.locator('link[rel="canonical"]').getAttribute('href');
  await reader.close();
  expect(address).toMatch(new RegExp(`^https?://[^/]+/i/${seed.id}$`));
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    await prepareContext(context);
    const page = await context.newPage();
    const views = javaScriptEnabled
      ? ([
          ['/', '1 interview'],
          ['/topic/energy', '1 interview'],
          ['/?q=pipeline', '1 interview matches “pipeline”'],
        ] as const)
      : ([
          ['/', '1 interview'],
          ['/topic/energy', '1 interview'],
        ] as const);
    for (const [path, heading] of views) {
      const how = `${path}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`;
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.emulateMedia({ media: 'screen' });
      await page.goto(path);
      await expect(page.getByRole('heading', { name: heading }), how).toBeVisible();
      // Not on screen, where the title is a link.
      await expect(page.getByText('Read online:'), how).toBeHidden();
      await page.emulateMedia({ media: 'print' });
      const sheets = pdfText(await page.pdf({ format: 'A4', printBackground: false }));
      const flat = sheets.join('').replaceAll('\n', '');
      expect(flat, how).toContain(`Read online: ${address}`);
      expect(flat.split('Read online:'), how).toHaveLength(2);
      // No control prints: the search field, its button, the sort and the filters.
      expect(flat, how).not.toContain('Search all interviews');

      // On a narrow sheet (the print layout at 320 px) the address wraps inside its card, even a
      // far longer one with nowhere to break (an id of 72 letters): none runs past the card's edge
      // or the sheet's.
      await page.setViewportSize({ width: 320, height: 800 });
      const printed = page.locator('article p', { hasText: 'Read online:' });
      await expect(printed, how).toBeVisible();
      for (const id of [seed.id, 'interview'.repeat(8)]) {
        const overflow = await printed.evaluate((line, longId) => {
          const url = line.lastElementChild;
          if (url && longId !== 'viktor-maiko-2026')
            url.textContent = (url.textContent ?? '').replace('viktor-maiko-2026', longId);
          const card = line.closest('article');
          const edge = card ? card.getBoundingClientRect().right : 0;
          return {
            past: Math.max(...[...(url?.getClientRects() ?? [])].map((rect) => rect.right)) - edge,
            sheet: document.documentElement.scrollWidth - window.innerWidth,
            lines: new Set([...(url?.getClientRects() ?? [])].map((rect) => Math.round(rect.top)))
              .size,
          };
        }, id);
        expect(overflow.past, `${how}, ${id}`).toBeLessThanOrEqual(0);
        expect(overflow.sheet, `${how}, ${id}`).toBeLessThanOrEqual(0);
        expect(overflow.lines, `${how}, ${id}`).toBeGreaterThan(id === seed.id ? 0 : 1);
      }
    }
    await context.close();
  }
});

test('every printed sheet names its link at its foot, and its number', async ({
  browser,
  baseURL,
}) => {
  // Only the first sheet named its link: a sheet come loose from a handout said nothing of
  // where it belonged. With JavaScript the foot gives the link opened (a question's, with its
  // fragment); without, every sheet the page's address (the first above its title too) and its
  // number (checked on the section printed without JavaScript below).
  const path = `/i/${seed.id}/energy#q5`;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(path);
  await expect(page.locator('.handout-header')).toBeAttached();
  const sheets = pdfText(await page.pdf({ format: 'A4', printBackground: false })).map((text) =>
    text.replaceAll('\n', ''),
  );
  expect(sheets.length).toBeGreaterThan(1);
  sheets.forEach((sheet, i) => {
    expect(sheet, `sheet ${i + 1}`).toContain(`${i + 1} / ${sheets.length}`);
    expect(sheet, `sheet ${i + 1}`).toContain(`${baseURL}${path}`);
  });
  await context.close();
});

test('a sheet printed after a search in the page names the search’s link at its foot', async ({
  page,
  baseURL,
}) => {
  // The foot's link (--printed-link on <html>) is set when the page is printed, no longer at each
  // change of the view (on a long interview each change restyled the whole page): printed after
  // a search made in the page, the foot must still name the view printed, not the address loaded.
  await page.goto(`/i/${seed.id}/energy`);
  await expect(page.locator('.handout-header')).toBeAttached();
  const field = page.getByRole('searchbox', { name: 'Search this interview' });
  await field.fill('oil');
  await field.press('Enter');
  await expect(page).toHaveURL(/[?&]q=oil/);
  await expect(page.locator('#reader_search_status')).toContainText(' of ');
  const sheets = pdfText(await page.pdf({ format: 'A4', printBackground: false })).map((text) =>
    text.replaceAll('\n', ''),
  );
  const searched = `${baseURL}/i/${seed.id}/energy?q=oil`;
  sheets.forEach((sheet, i) => expect(sheet, `sheet ${i + 1}`).toContain(searched));
});

test('the library reached from an interview in the page does not print the interview’s link', async ({
  page,
  baseURL,
}) => {
  // The boot script names the address loaded at the foot; an interview's handout header takes it
  // back as it goes (it names no other view's link). Set only at print time, it was never taken
  // back when the interview was left unprinted, and the library's sheets named the interview.
  await page.goto(`/i/${seed.id}/energy`);
  await expect(page.locator('.handout-header')).toBeAttached();
  await page.getByRole('link', { name: 'Interview Reader' }).click();
  await expect(page).toHaveURL(`${baseURL}/`);
  await expect(page.locator('.handout-header')).toHaveCount(0);
  const sheets = pdfText(await page.pdf({ format: 'A4', printBackground: false }));
  sheets.forEach((sheet, i) => {
    // The foot: the sheet's last line, its number at the end.
    const foot = sheet.split('\n').at(-1) ?? '';
    expect(foot, `sheet ${i + 1}`).toMatch(/\d+ \/ \d+$/);
    expect(foot, `sheet ${i + 1}`).not.toContain(`/i/${seed.id}`);
  });
  // Nor over the first sheet's top, where the interview's prerendered page named it ("Read
  // online: …", outside the app, so left in place by the navigation).
  expect(sheets.join('\n')).not.toContain(`${baseURL}/i/${seed.id}/energy`);
});

test('a long lesson link keeps to one line at each sheet’s foot, beside the sheet’s number', async ({
  page,
  baseURL,
}) => {
  // A lesson with long prompts (750 characters; the builder allows 2,000): its link ran off the
  // sheet's right edge at every sheet's foot, over the sheet's number, which broke onto three
  // lines ("1", "/", "3"). The first sheet gives the whole link and its QR code; the foot gives
  // its start, on one line.
  const prompt =
    'Read+the+two+sections+carefully+and+note+every+claim+the+ambassador+makes+about+trade+routes,+energy+and+the+war;+then+compare+them+with+what+you+know+from+the+news+this+week+and+write+two+questions';
  const path = `/i/${seed.id}?sections=trade,energy,peace&mode=discuss&prompt=${prompt}&pin=I+truly+believe+in+that.&pin=Deep+drilling&prompt.pin.1=${prompt}&prompt.pin.2=${prompt}`;
  await page.goto(path);
  await expect(page.locator('.handout-header')).toBeAttached();
  const sheets = pdfText(await page.pdf({ format: 'A4', printBackground: false }));
  expect(sheets.length).toBeGreaterThan(1);
  sheets.forEach((sheet, i) => {
    const foot = sheet.split('\n').at(-1) ?? '';
    const number = `${i + 1} / ${sheets.length}`;
    expect(foot, `sheet ${i + 1}`).toMatch(/…\d+ \/ \d+$/);
    expect(foot.endsWith(number), `sheet ${i + 1}: ${foot}`).toBe(true);
    expect(`${baseURL}${path}`.startsWith(foot.slice(0, -number.length - 1)), foot).toBe(true);
  });
});

// One page of a section link for four things printed from it: each a page load before.
test('a section printed from the browser’s menu: its QR code made when printing, not at load; the CSL citation the page brings; a legend of only the highlights printed; the light scheme’s ink in dark mode', async ({
  page,
  baseURL,
}) => {
  test.slow();
  const styles: string[] = [];
  page.on('request', (request) => {
    if (/citeproc|apa-/.test(request.url())) styles.push(request.url());
  });
  await page.goto(`/i/${seed.id}/energy`);
  const header = page.locator('.handout-header');
  await expect(header).toBeAttached();

  // The handout's QR code is made when printing, not at load, and encodes the reader link.
  // By then the QR encoder has loaded: the old code drew the code with it.
  await page.waitForLoadState('networkidle');
  await expect(header.locator('svg')).toHaveCount(0);
  // A print from the browser's menu or window.print(): drawn before the page is laid out for paper.
  const drawn = await page.evaluate(() => {
    window.dispatchEvent(new Event('beforeprint'));
    return document.querySelector('.handout-header svg path')?.getAttribute('d') ?? null;
  });
  const link = `${baseURL}/i/${seed.id}/energy`;
  expect(drawn).toBe(modulesPath(encode(link, { ecc: 'M', border: 2 }).data));
  await page.emulateMedia({ media: 'print' });
  await expect(header.getByRole('img', { name: 'QR code of the reader link' })).toBeVisible();
  await expect(header).toContainText(`Read online: ${link}`);

  // A first print from the browser's menu has the CSL citation: the page brings it.
  const cite = header.locator('dd').filter({ hasText: 'Alimzhanov, A.' });
  await expect(cite).toContainText(
    'Alimzhanov, A. (2026, February 10). Ukrainian Ambassador to Kazakhstan: “The War Will End This Year. I Truly Believe In That.” The Times of Central Asia.',
  );
  await expect(cite.locator('i')).toHaveText('The Times of Central Asia');
  await expect(cite).toContainText('APA 7th edition.');
  expect(styles).toEqual([]);

  // A key quote prints bold: the legend says so; shared passages and search matches, which
  // this page does not have, are not named on paper.
  const legend = page.getByText('Highlights:').locator('..');
  await expect(legend).toBeVisible();
  expect(await legend.innerText()).toMatch(/^Highlights:\s+Key quote$/);

  // Chrome prints with the dark scheme's media query in force: its pale greys and light
  // blues, made for a dark screen, came out faint on white paper.
  const inks = () =>
    page.locator('body *').evaluateAll((elements) =>
      elements
        .filter((element) => element.getClientRects().length > 0)
        .map((element) => {
          const style = getComputedStyle(element);
          const name = `${element.tagName.toLowerCase()}.${[...element.classList].slice(0, 3).join('.')}`;
          return `${name} ${style.color} ${style.borderTopColor}`;
        }),
    );
  // Read again, light then dark, until both readings list the same elements: on a busy
  // machine the page was still adding some of its parts between the two (346, then 349
  // elements; a CI run at load 13-18). A dark ink is a difference every time: it still fails.
  await expect(async () => {
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    const light = await inks();
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const dark = await inks();
    expect(dark.length, 'the same elements, light and dark').toBe(light.length);
    expect(dark.filter((ink, i) => ink !== light[i]).slice(0, 5)).toEqual([]);
  }).toPass();
});

test('a handout printed from a question, passage or search link gives that link, and its QR code', async ({
  page,
  baseURL,
}) => {
  // Five page loads and prints: at a load of 16 on two cores it ran past 30 s.
  test.slow();
  // Printed from a question link (`…/security#q4`), the handout's address and QR code were the
  // section's: a class scanning the sheet landed at the section's top, not on the question the
  // sheet was printed for; printed from a passage link, the passage was not marked.
  const links = [
    `/i/${seed.id}/security#q4`,
    `/i/${seed.id}/energy#oil-avoiding-russia`,
    `/i/${seed.id}/peace?quote=I+truly+believe+in+that.`,
    `/i/${seed.id}/peace?sections=energy,peace&mode=discuss#q5`,
    // A search's matches print underlined, named in the legend: its link shows them too.
    `/i/${seed.id}/energy?q=oil&in=answers`,
  ];
  for (const path of links) {
    const link = `${baseURL}${path}`;
    await expectHandoutLink(page, path, link);
    const { flat } = await printed(page);
    expect(flat.slice(0, flat.indexOf('As the war between')), path).toMatch(
      /(Read online|Lesson link): http/,
    );
    expect(flat, path).toContain(`: ${link}`);
  }
});

test('a handout printed from a question or key-quote link without a section gives the link opened', async ({
  page,
  baseURL,
}) => {
  // Six page loads: at a load of 20 on two cores it ran past 30 s.
  test.slow();
  // `…#<question-id>` and `…#<key-quote-id>` work on any reader address (README, Links): a
  // teacher who shared `/i/<id>#q4` got a sheet whose address and QR code were another link
  // (`/i/<id>/security#q4`). An address that is not one of the public links prints the one that
  // is: a section's id as a fragment prints the section's link, an unknown section the question's.
  const printedAs = {
    [`/i/${seed.id}#q4`]: `/i/${seed.id}#q4`,
    [`/i/${seed.id}#not-a-target`]: `/i/${seed.id}#not-a-target`,
    [`/i/${seed.id}?sections=security,peace&mode=discuss#q5`]: `/i/${seed.id}?sections=security,peace&mode=discuss#q5`,
    [`/i/${seed.id}/energy#q4`]: `/i/${seed.id}/energy#q4`,
    [`/i/${seed.id}#security`]: `/i/${seed.id}/security`,
    [`/i/${seed.id}/nope#q4`]: `/i/${seed.id}/security#q4`,
  };
  for (const [path, link] of Object.entries(printedAs))
    await expectHandoutLink(page, path, `${baseURL}${link}`);
});

test('a page printed before its handout part has loaded still prints the QR code', async ({
  page,
}) => {
  // The handout's part loads after the app has started: on a slow network or
  // a busy machine the reader may print before it is there.
  const release = await holdRequests(page, '**/assets/handout-header-*.js');
  await page.goto(`/i/${seed.id}?sections=energy&mode=discuss`);
  await expect(page.getByRole('button', { name: 'Reveal all answers' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  release();
  await expect(page.getByRole('img', { name: 'QR code of the lesson link' })).toBeVisible();
});

test('a handout printed before its header has loaded gives the link opened', async ({
  context,
  baseURL,
}) => {
  // The handout's header (source, citation, QR code) loads when the page is idle. A print before
  // that, or before the app had started, gave the prerendered page's own address (its canonical
  // link): a lesson's sheet named the whole interview's section, not the lesson.
  const lesson = `/i/${seed.id}?sections=energy,peace&mode=discuss&prompt=What+does+peace+depend+on?`;
  const header = /\/assets\/handout-header-[\w-]+\.js$/;
  const printedAs: [path: string, words: string, held: RegExp, ready?: (page: Page) => Locator][] =
    [
      // Started (the lesson's bar shown, the question focused), its header held back.
      [
        lesson,
        `Lesson link: ${baseURL}${lesson}`,
        header,
        (page) => page.getByRole('button', { name: 'Reveal all answers' }),
      ],
      [
        `/i/${seed.id}/security#q4`,
        `Read online: ${baseURL}/i/${seed.id}/security#q4`,
        header,
        (page) => page.locator('#q4:focus'),
      ],
      // The app's scripts held back: the page as first painted.
      [lesson, `Lesson link: ${baseURL}${lesson}`, /\/assets\/[\w-]+\.js$/],
    ];
  for (const [path, words, held, ready] of printedAs) {
    const page = await context.newPage();
    await holdRequests(page, held);
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    if (ready) await expect(ready(page), path).toBeVisible();
    await expect(page.locator('.handout-header')).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    const { flat } = await printed(page);
    expect(flat, `${path}, ${held.source}`).toContain(words);
    await page.close();
  }
});

test('a page shorter than a sheet prints on one sheet, with no blank page after it', async ({
  browser,
}) => {
  // The page's frame is at least a screen high; on paper a screen is a whole
  // sheet, so with its margins a short page ran onto a second, blank, sheet.
  // The library's one sheet is read from its print above.
  const shortPages = { on: ['/no-such-page', '/add'], off: ['/no-such-page', '/add'] };
  for (const [script, paths] of Object.entries(shortPages)) {
    const context = await browser.newContext({ javaScriptEnabled: script === 'on' });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(path);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pageCount(pdf), `${path}, JavaScript ${script}`).toBe(1);
    }
    await context.close();
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // One print of each page for what three tests read of it before: where it came from, its
  // heading, and (a section) its last sheet and every sheet's number.
  test('a printed reader says where it came from: its address, once, above the title; gives its heading with the original article’s address, no screen counts; a section ends with its last words, each sheet numbered', async ({
    page,
  }) => {
    for (const path of [`/i/${seed.id}`, `/i/${seed.id}/energy`, `/i/${seed.id}#q4`]) {
      await page.emulateMedia({ media: 'screen' });
      await page.goto(path);
      // With JavaScript a handout prints its link (and QR code); without, the paper said
      // nothing of where it came from. The page's address is its canonical link's (the site's
      // address at build).
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(canonical, path).toMatch(/^https?:\/\/.+\/i\/viktor-maiko-2026/);
      // (page.pdf prints with the media emulated: screen, set for the last page, would print
      // the screen's page.)
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      const sheets = pdfText(pdf);
      const lines = sheets.join('\n');
      const flat = lines.replaceAll('\n', '');
      const heading = flat.slice(0, flat.indexOf('As the war between'));
      expect(heading, path).toContain(`Read online: ${canonical}`);
      expect(flat.split('Read online:'), path).toHaveLength(2);
      expect(lines.indexOf('Read online:'), path).toBeLessThan(
        lines.indexOf('Ukrainian Ambassador'),
      );
      // Not on screen: the address bar says it there.
      await page.emulateMedia({ media: 'screen' });
      await expect(page.getByText('Read online:'), path).toBeHidden();
      await page.emulateMedia({ media: 'print' });
      if (path.includes('#')) continue;

      // The handout's list of sources is not there: the lines under the title print, and "Read
      // the original article" printed as words with no address to read.
      expect(lines, path).toMatch(
        /^Interview with Viktor Maiko, Ukraine’s Ambassador to Kazakhstan$/m,
      );
      expect(lines, path).toMatch(
        /^The Times of Central Asia · 10 February 2026 · By Askar Alimzhanov$/m,
      );
      expect(heading, path).toContain(`Read the original article: ${ARTICLE}`);
      expect(lines, path).toMatch(/^Key quotes$/m);
      expect(lines.match(/^Viktor Maiko, on /gm), path).toHaveLength(6);
      expect(lines, path).not.toMatch(/Key quotes\s*\d/);
      expect(lines, path).not.toContain('min read');
      if (!path.endsWith('/energy')) continue;

      // Every sheet gives its number and, at its foot, the page's address: a sheet come loose
      // from a handout printed without JavaScript said only its number.
      expect(sheets.length, path).toBeGreaterThan(1);
      sheets.forEach((sheet, i) => {
        const text = sheet.replaceAll('\n', '');
        expect(text, `sheet ${i + 1}`).toContain(`${i + 1} / ${sheets.length}`);
        expect(text.replace(`Read online: ${canonical}`, ''), `sheet ${i + 1}`).toContain(
          canonical ?? '',
        );
      });
      // The page's bottom padding (64 px on screen, room below the last words) printed too: the
      // interview's last sheet was full, and the padding alone went onto a sixth, blank, sheet.
      for (const [format, printedPdf] of [
        ['A4', pdf],
        ['Letter', await page.pdf({ format: 'Letter', printBackground: false })],
      ] as const) {
        const fills = sheetFills(printedPdf);
        expect(fills.at(-1), `the last of ${fills.length} sheets on ${format}`).toBeGreaterThan(0);
      }
    }
  });

  test('a printed page leaves out the screen’s note of what needs JavaScript', async ({ page }) => {
    const notes = {
      [`/i/${seed.id}/energy`]: 'Lesson, passage and search links need JavaScript',
      '/': 'Search, the other orders and more than one filter at a time need JavaScript',
    };
    for (const [path, words] of Object.entries(notes)) {
      await page.emulateMedia({ media: 'screen' });
      await page.goto(path);
      // (A section's page says it at the top and at its section, where its link lands.)
      const note = page.getByText(words);
      await expect(note.first(), path).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(note.filter({ visible: true }), path).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
    }
  });
});
