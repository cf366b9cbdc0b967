import { axeLightAndDark } from './axe-schemes';
import { citationsShown, copied, expect, scrollsSideways, seed, test } from './fixtures';

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

const clipboard = (page: import('@playwright/test').Page) =>
  page.evaluate(() => navigator.clipboard.readText());

for (const width of [375, 1280]) {
  test(`a teacher builds a lesson by touch and keyboard at ${width} px, and it opens as built`, async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width, height: width < 400 ? 812 : 900 });
    await page.goto(`/i/${seed.id}`);
    // A passage from a selection: it opens the builder with the passage pinned.
    await page.locator('#q2__answer p').first().click({ clickCount: 3 });
    await page
      .getByRole('group', { name: 'Selected passage' })
      .getByRole('button', { name: 'Pin to lesson' })
      .click();
    const builder = page.getByRole('dialog', { name: 'Make a lesson link' });
    await expect(
      builder.getByRole('list', { name: 'Pinned passages' }).getByRole('listitem'),
    ).toHaveCount(1);
    // Sections, chosen and ordered.
    await builder.getByRole('checkbox', { name: /^Peace/ }).check();
    await builder.getByRole('checkbox', { name: /^Middle Corridor/ }).check();
    await builder.getByRole('button', { name: 'Move Middle Corridor up' }).click();
    await builder
      .getByLabel('Prompt for Peace (optional)')
      .fill('What would peace change for trade?');
    // A key quote, pinned.
    await builder.getByRole('button', { name: /^Pin “the war will end this year/i }).click();
    await builder.getByLabel('Prompt for passage 2 (optional)').fill('Do you agree?');
    await builder
      .getByLabel('Prompt for the lesson (optional)')
      .fill('The Middle Corridor in 20 minutes');
    await builder.getByRole('checkbox', { name: /Discussion mode/ }).check();
    // Discussion mode: the teacher shows the second passage as an excerpt, not the first.
    await builder
      .getByRole('checkbox', { name: 'Show passage 2 as an excerpt while its answer is hidden' })
      .check();
    await expect(
      builder.getByRole('checkbox', { name: /^Show passage 1 as an excerpt/ }),
    ).not.toBeChecked();
    const qr = builder.getByRole('img', { name: 'QR code of the lesson link' });
    await expect(qr).toBeVisible();
    // Large enough for a camera to read off the screen: 3 CSS px a module, or the dialog's width.
    const { side, modules, room } = await qr.evaluate((svg) => ({
      side: svg.getBoundingClientRect().width,
      modules: svg instanceof SVGSVGElement ? svg.viewBox.baseVal.width : 0,
      room: svg.parentElement?.clientWidth ?? 0,
    }));
    expect(side).toBeGreaterThanOrEqual(Math.min(modules * 3, room) - 1);
    await builder.getByRole('button', { name: 'Copy lesson link' }).click();
    await copied(page, 'Copy lesson link');
    const link = await clipboard(page);
    expect(
      link.startsWith(
        `${baseURL}/i/${seed.id}?sections=middle-corridor,peace&mode=discuss&excerpts=2&prompt=The+Middle+Corridor+in+20+minutes`,
      ),
    ).toBe(true);
    expect(link).toContain('&prompt.peace=What+would+peace+change+for+trade?');
    expect(link).toContain('&prompt.pin.2=Do+you+agree?');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );

    // Students open it.
    await page.goto(link);
    await expect(page.locator('section h2 button')).toHaveText([/^Middle Corridor/, /^Peace/]);
    await expect(page.getByRole('note', { name: 'Teacher’s prompt' }).first()).toContainText(
      'The Middle Corridor in 20 minutes',
    );
    const passages = page
      .getByRole('list', { name: 'Passages for the lesson' })
      .getByRole('listitem');
    await expect(passages).toHaveCount(2);
    await expect(passages.nth(1)).toContainText('Do you agree?');
    // Discussion mode: the first passage stays hidden with its answer; the
    // second, chosen as an excerpt, shows while its answer stays hidden.
    await expect(passages.nth(0)).toContainText('Hidden until its answer is revealed.');
    await expect(passages.nth(1)).toContainText('What did Viktor Maiko mean by:');
    await expect(passages.nth(1)).toContainText('the war will end this year');
    await expect(page.locator('#q2__answer')).toHaveCount(0);
    await expect(page.locator('#q5__answer')).toHaveCount(0);
  });
}

test('a lesson with Russian prompts: a short link that opens with the prompts as written', async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(`/i/${seed.id}`);
  await page.getByRole('button', { name: 'Make a lesson link' }).click();
  const builder = page.getByRole('dialog', { name: 'Make a lesson link' });
  const russian = (seed: string) =>
    `${seed} Почему посол считает, что война закончится в этом году, и согласны ли вы? `
      .repeat(3)
      .slice(0, 200)
      .trim();
  await builder.getByRole('checkbox', { name: /^Peace/ }).check();
  await builder.getByRole('checkbox', { name: /^Security/ }).check();
  await builder.getByLabel('Prompt for Peace (optional)').fill(russian('Мир.'));
  await builder.getByLabel('Prompt for Security (optional)').fill(russian('Безопасность.'));
  await builder.getByLabel('Prompt for the lesson (optional)').fill(russian('Урок.'));
  await builder.getByRole('button', { name: 'Copy lesson link' }).click();
  await copied(page, 'Copy lesson link');
  const link = await clipboard(page);
  expect(link).toContain('&prompt=xn--');
  // Three prompts of 200 Russian letters: about 900 characters (2,900 percent-encoded).
  expect(link.length).toBeLessThan(1100);
  await expect(builder.getByText(`${link.length} characters`, { exact: true })).toBeVisible();

  await page.goto(link);
  await expect(page.getByRole('note', { name: 'Teacher’s prompt', exact: true })).toHaveText(
    `Teacher’s prompt${russian('Урок.')}`,
  );
  await expect(page.getByRole('note', { name: 'Teacher’s prompt for Security' })).toContainText(
    russian('Безопасность.'),
  );
  // A link copied inside the lesson keeps its prompts as short as the teacher's link has them.
  await page.getByRole('button', { name: 'Copy link to section Security' }).click();
  await copied(page, 'Copy link to section Security');
  expect(await clipboard(page)).toBe(link.replace(`/i/${seed.id}?`, `/i/${seed.id}/security?`));
  expect(baseURL).toBeTruthy();
});

test('inside a lesson, every link keeps the lesson until "Show all"', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const lesson = 'sections=peace,security&prompt=Talk+about+it';
  await page.goto(`/i/${seed.id}?${lesson}`);
  // The prerendered page has every section; the lesson (from the address) shows
  // once the app has hydrated it, and the page shrinks under the pointer. With
  // the CPU slowed 6x, a click begun on the full page ended on another button.
  await expect(page.locator('section h2 button')).toHaveCount(2);
  await page.getByRole('button', { name: 'Copy link to section Security' }).click();
  await copied(page, 'Copy link to section Security');
  expect(await clipboard(page)).toBe(`${baseURL}/i/${seed.id}/security?${lesson}`);
  await page.getByRole('button', { name: 'Copy link to question 4' }).click();
  await copied(page, 'Copy link to question 4');
  expect(await clipboard(page)).toBe(`${baseURL}/i/${seed.id}/security?${lesson}#q4`);
  await page.locator('#q5__answer p').first().click({ clickCount: 3 });
  await page
    .getByRole('group', { name: 'Selected passage' })
    .getByRole('button', { name: 'Copy link to quote' })
    .click();
  await copied(page, 'Copy link to quote');
  expect(await clipboard(page)).toMatch(
    new RegExp(`^${baseURL}/i/${seed.id}/peace\\?${lesson.replace(/\+/g, '\\+')}&quote=Ukraine`),
  );
  await page.getByRole('button', { name: 'Cite question 4' }).click();
  await citationsShown(page.getByRole('dialog'));
  await expect(page.getByRole('dialog')).toContainText(
    `${baseURL}/i/${seed.id}/security?${lesson}#q4`,
  );
  await page.keyboard.press('Escape');
  // Reload and back/forward keep it: it lives in the URL.
  await page.reload();
  await expect(page.locator('section h2 button')).toHaveCount(2);
  await page.getByRole('link', { name: 'Show all' }).click();
  await expect(page).toHaveURL(`${baseURL}/i/${seed.id}`);
  await expect(page.locator('section h2 button')).toHaveCount(5);
  await page.goBack();
  await expect(page.locator('section h2 button')).toHaveCount(2);
  await expect(page.getByRole('note', { name: 'Teacher’s prompt' })).toContainText('Talk about it');
});

test('discussion mode hides answers everywhere, reveals one or all, and hides again', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/i/${seed.id}?mode=discuss&pin=the+war+will+end+this+year.&quote=Deep+drilling`);
  // Not in the key quotes panel, not in the text, not in search results.
  const keyQuotes = page.getByRole('region', { name: 'Key quotes' });
  // Folded, the panel's count says what its note says: not "0", which read as none at all.
  await expect(keyQuotes.locator('summary')).toHaveText(/^Key quotes\s*0 shown, 6 hidden$/);
  await expect(keyQuotes).toContainText('hidden until');
  await expect(keyQuotes.getByRole('link')).toHaveCount(0);
  await expect(page.getByText('Deep drilling is a shared priority.')).toHaveCount(0);
  // The quoted passage lands on its question, answer still hidden.
  await expect(page.locator('#q3')).toBeInViewport();
  await expect(page.locator('#q3')).toBeFocused();
  await page.keyboard.press('/');
  await page.keyboard.type('drilling');
  await expect(page.locator('#reader_search_status')).toHaveText(/^0|No/);
  await page.keyboard.press('Escape');
  // Reveal one by keyboard; hide it again.
  await page.getByRole('button', { name: 'Reveal answer to question 3' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Deep drilling is a shared priority.')).toBeVisible();
  await page.getByRole('button', { name: 'Hide answer to question 3' }).click();
  await expect(page.getByText('Deep drilling is a shared priority.')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Reveal answer to question 3' })).toBeFocused();
  // Reveal all, then hide all.
  await page.getByRole('button', { name: 'Reveal all answers' }).click();
  await expect(page.getByRole('button', { name: /^Reveal answer/ })).toHaveCount(0);
  await expect(keyQuotes.locator('summary')).toHaveText(/^Key quotes\s*6 quotes$/);
  await keyQuotes.locator('summary').click(); // the panel starts folded to one line
  await expect(keyQuotes.getByRole('link')).not.toHaveCount(0);
  await page.getByRole('button', { name: 'Hide all answers' }).click();
  await expect(page.getByRole('button', { name: /^Reveal answer/ })).toHaveCount(5);
});

test('excerpts=show (made before excerpts were chosen per passage) shows every pinned passage', async ({
  page,
}) => {
  await page.goto(`/i/${seed.id}?mode=discuss&excerpts=show&pin=the+war+will+end+this+year.`);
  const passage = page.getByRole('list', { name: 'Passages for the lesson' }).getByRole('listitem');
  await expect(passage).toContainText('What did Viktor Maiko mean by:');
  await expect(passage).toContainText('the war will end this year.');
  // Revealed from the lesson panel: the passage shows there, focus stays in its card.
  await passage.getByRole('button', { name: /Reveal the answer/ }).click();
  await expect(passage).not.toContainText('What did Viktor Maiko mean by:');
  const goTo = passage.getByRole('button', { name: 'Go to the passage 1' });
  await expect(goTo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#pin_0')).toBeFocused();
  await expect(page.locator('#pin_0')).toBeInViewport();
  await expect(page.locator('#q5__answer')).toBeVisible();
});

test('on a phone, answers are revealed and hidden again by touch', async ({ browser, baseURL }) => {
  const context = await browser.newContext({
    ...(baseURL ? { baseURL } : {}),
    viewport: { width: 375, height: 812 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto(`/i/${seed.id}?sections=energy,peace&mode=discuss`);
  const reveal = page.getByRole('button', { name: 'Reveal answer to question 3' });
  await reveal.tap();
  await expect(page.getByText('Deep drilling is a shared priority.')).toBeVisible();
  await page.getByRole('button', { name: 'Hide answer to question 3' }).tap();
  await expect(page.getByText('Deep drilling is a shared priority.')).toHaveCount(0);
  await page.getByRole('button', { name: 'Reveal all answers' }).tap();
  await expect(page.getByRole('button', { name: /^Reveal answer/ })).toHaveCount(0);
  await expect(page.getByText('Deep drilling is a shared priority.')).toBeVisible();
  await page.getByRole('button', { name: 'Hide all answers' }).tap();
  await expect(page.getByRole('button', { name: /^Reveal answer/ })).toHaveCount(2);
  await expect(page.getByText('Deep drilling is a shared priority.')).toHaveCount(0);
  await context.close();
});

test('a Russian lesson link with its passage in Punycode opens at 375 px with the passage pinned', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  // The seed with a sentence of question 6's answer in Russian (as many words, so the
  // prerendered page and its data say the same), wherever the page or its file has it.
  const english = 'Ukraine will not voluntarily cede its territory.';
  const russian = 'Украина никогда добровольно не отдаст свою территорию.';
  await page.route(
    (url) => url.pathname.startsWith(`/i/${seed.id}`) || url.pathname.endsWith(`${seed.id}.json`),
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replaceAll(english, russian);
      await route.fulfill({ response, body });
    },
  );
  // The builder's link for that passage with the prompt "Почему?": 72 characters for the
  // passage, which percent-encoded takes 289 (tests/unit/lesson-pins.test.ts checks that
  // encodePin writes it so).
  const pin = 'xn--++++++.-2cg1jabdkoehrcesg2ccqa3af9a9bckbwfbbceed0cqsac0bb7bdfe11c3dk';
  await page.goto(`/i/${seed.id}?sections=peace&pin=${pin}&prompt.pin.1=xn--?-8rb0e2ai6aza`);
  const passage = page.getByRole('list', { name: 'Passages for the lesson' }).getByRole('listitem');
  await expect(passage).toContainText(`“${russian}”`);
  await expect(passage.getByRole('note', { name: 'Prompt for passage 1' })).toContainText(
    'Почему?',
  );
  // Pinned in the answer, and gone to from the lesson's panel.
  await expect(page.locator('#pin_0')).toHaveText(russian);
  await passage.getByRole('button', { name: 'Go to the passage 1' }).click();
  await expect(page.locator('#pin_0')).toBeFocused();
  await expect(page.locator('#pin_0')).toBeInViewport();
  await expect(page.getByRole('alert').filter({ hasText: 'Part of this link' })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

for (const width of [320, 375, 768]) {
  test(`a pinned passage's two buttons sit on one row at ${width} px, each a 44 px target`, async ({
    page,
  }) => {
    // At 320 px "Reveal the answer" and "Go to its question" wrapped onto two rows of a card.
    await page.setViewportSize({ width, height: 800 });
    await page.goto(
      `/i/${seed.id}?sections=energy,peace&mode=discuss&pin=I+truly+believe+in+that.&prompt.pin.1=Why+so+sure?`,
    );
    const card = page.getByRole('list', { name: 'Passages for the lesson' }).getByRole('listitem');
    const buttons = card.getByRole('button');
    await expect(buttons).toHaveText([/^Reveal the answer/, /^Go to its question/]);
    const boxes = await buttons.evaluateAll((elements) =>
      elements.map((element) => {
        const { top, width, height } = element.getBoundingClientRect();
        return { top, width, height };
      }),
    );
    for (const box of boxes) {
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
    }
    expect(boxes[1]?.top, 'the second button on the first one’s row').toBe(boxes[0]?.top);
    expect(await scrollsSideways(page)).toBe(false);
    // Revealed, one button is left: "Go to the passage".
    await buttons.first().click();
    await expect(buttons).toHaveText([/^Go to the passage/]);
    expect(await scrollsSideways(page)).toBe(false);
  });
}

test('on a 320 px phone the builder’s "Pinned" reads as one word beside its passage', async ({
  page,
}) => {
  // Pinned, the key quote's button kept its 44 px and broke its word: "Pin" over "ned".
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`/i/${seed.id}`);
  await page.getByRole('button', { name: 'Make a lesson link' }).click();
  const builder = page.getByRole('dialog', { name: 'Make a lesson link' });
  const toPin = builder.getByRole('list', { name: 'Passages to pin' }).getByRole('button').first();
  await toPin.click();
  await expect(toPin).toHaveText(/^Pinned/);
  await expect(toPin).toBeDisabled();
  const lines = await toPin.evaluate((button) => {
    const range = document.createRange();
    range.selectNodeContents(button.firstChild ?? button);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  });
  expect(lines).toBe(1);
  expect(await scrollsSideways(page)).toBe(false);
});

test('a passage pinned from a section not ticked: the builder says the lesson shows that section', async ({
  page,
  axe,
}) => {
  // The link added the passage's section after the ticked ones, and nothing said so.
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`/i/${seed.id}`);
  await page.getByRole('button', { name: 'Make a lesson link' }).click();
  const builder = page.getByRole('dialog', { name: 'Make a lesson link' });
  await builder.getByRole('checkbox', { name: /^Energy/ }).check();
  await builder.getByRole('button', { name: /^Pin “the war will end this year/i }).click();
  await expect(builder.getByRole('status').filter({ hasText: 'Also in the lesson' })).toHaveText(
    'Also in the lesson: Peace, which holds a pinned passage.',
  );
  expect(await scrollsSideways(page)).toBe(false);
  await axeLightAndDark(page, axe, 'the builder saying a pinned passage’s section is shown');
  // Ticked, it is one of the chosen sections: nothing more to say.
  await builder.getByRole('checkbox', { name: /^Peace/ }).check();
  await expect(builder.getByText('Also in the lesson')).toHaveCount(0);
});

test('in discussion mode the reading time and the legend say what the reader sees', async ({
  page,
}) => {
  // With every answer hidden the header said "6 min read", the whole interview's time, and the
  // legend named key quotes, shared passages and search matches that none of the text showed.
  await page.goto(`/i/${seed.id}?mode=discuss`);
  const legend = page.locator('[data-reading-column]').getByText('Highlights:');
  await expect(page.getByText('1 min read')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Reveal answer/ })).toHaveCount(5);
  await expect(legend).toBeHidden();
  // One answer revealed: its words count, and its key quote is named.
  await page.getByRole('button', { name: 'Reveal answer to question 3' }).click();
  await expect(page.getByText('2 min read')).toBeVisible();
  await expect(legend).toBeVisible();
  expect(await legend.locator('..').innerText()).toMatch(/^Highlights:\s+Key quote$/);
  await page.getByRole('button', { name: 'Reveal all answers' }).click();
  await expect(page.getByText('6 min read')).toBeVisible();
  // A search over the questions alone: its matches are named, no key quote.
  await page.goto(`/i/${seed.id}?mode=discuss&q=ukraine`);
  await expect(page.locator('#reader_search_status')).toHaveText(/^1 of \d+$/);
  await expect(legend).toBeVisible();
  expect(await legend.locator('..').innerText()).toMatch(
    /^Highlights:\s+Search match\s+Current match$/,
  );
});
