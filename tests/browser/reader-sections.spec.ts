import { expect, seed, test } from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.goto(`/i/${seed.id}`);
});

// One page for what reads and toggles a section, each step leaving every section open as
// it found it (each was a test that loaded the page anew).
test('a section header shows its topic, heading and questions; it toggles by mouse and keyboard, and all at once', async ({
  page,
}) => {
  await test.step('a section header shows its topic, heading and number of questions', async () => {
    const toggle = page.getByRole('button', {
      name: /^Trade\s*:\s*Trade and Economic Prospects in Central Asia\s*,\s*1 question$/,
    });
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(toggle).toHaveAttribute('aria-controls', 'trade__body');
  });

  await test.step('questions and answers carry distinct speaker tags', async () => {
    const block = page.locator('#q1');
    await expect(block.getByRole('heading', { level: 3 })).toContainText('TCA asks:');
    await expect(block.getByText('Ambassador Maiko answers:')).toBeAttached();
  });

  await test.step('toggles by mouse', async () => {
    const toggle = page.getByRole('button', { name: /Trade and Economic Prospects/ });
    const answer = page.getByText('Kazakhstan leads the region economically');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(answer).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(answer).toBeVisible();
  });

  await test.step('toggles by keyboard: Enter and Space', async () => {
    const toggle = page.getByRole('button', { name: /Energy Sector Cooperation/ });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByText('Deep drilling is a shared priority.')).toBeHidden();
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByText('Deep drilling is a shared priority.')).toBeVisible();
  });

  await test.step('collapsed content stays findable: hidden="until-found" and beforematch opens it', async () => {
    await page.getByRole('button', { name: /^Security\s*:/ }).click();
    const body = page.locator('#security__body');
    await expect(body).toHaveAttribute('hidden', 'until-found');
    // What the browser fires when find-in-page or a fragment reaches collapsed content.
    await body.evaluate((element) => element.dispatchEvent(new Event('beforematch')));
    await expect(page.getByRole('button', { name: /^Security\s*:/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(body).not.toHaveAttribute('hidden');
  });

  await test.step('expand all and collapse all', async () => {
    const toggles = page.locator('section h2 button[aria-expanded]');
    await expect(toggles).toHaveCount(5);
    await page.getByRole('button', { name: 'Collapse all' }).click();
    for (const toggle of await toggles.all())
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await page.getByRole('button', { name: 'Expand all' }).click();
    for (const toggle of await toggles.all())
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  });
});

test('print shows every section expanded', async ({ page }) => {
  // How each section's heading prints: its words as shown, their size, and whether they wrap.
  const printedHeadings = () =>
    page.locator('h2.section-header').evaluateAll((headings) =>
      headings.map((heading) => {
        const shown = [...heading.querySelectorAll('span')].filter(
          (span) => span.getClientRects().length > 0 && span.children.length === 0,
        );
        const words = shown.find((span) => (span.textContent ?? '').length > 25);
        if (!words) return 'no heading shown';
        const style = getComputedStyle(words);
        return `${words.textContent} ${style.fontSize} ${style.whiteSpace} ${words.scrollWidth > words.clientWidth ? 'cut' : 'whole'}`;
      }),
    );
  await page.emulateMedia({ media: 'print' });
  const expanded = await printedHeadings();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Collapse all' }).click();
  await expect(page.getByText('Deep drilling is a shared priority.')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Deep drilling is a shared priority.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Collapse all' })).toBeHidden();
  // A collapsed section's heading printed as its one-line, cut-off screen form.
  expect(await printedHeadings()).toEqual(expanded);
});

test('key quotes are marked in the text and listed, each linking to its place', async ({
  page,
}) => {
  await expect(page.locator('mark[data-kind="key-quote"]')).toHaveCount(6);
  await expect(page.locator('#q5 mark#war-will-end-this-year')).toHaveText(
    'the war will end this year. I truly believe in that.',
  );
  // The list is folded to one line before the first question, and opens when asked.
  const panel = page.getByRole('region', { name: 'Key quotes' });
  await expect(panel.getByRole('listitem')).toHaveCount(0);
  await panel.getByText('Key quotes').click();
  await expect(panel.getByRole('listitem')).toHaveCount(6);
  await page.getByRole('button', { name: 'Collapse all' }).click();
  // Collapsed, so the link must open its section (followed in the app, not loaded anew).
  await expect(page.getByRole('button', { name: /^Security\s*:/ })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await panel.getByRole('link', { name: /Kazakhstan is not, and will not be, a target/ }).click();
  await expect(page).toHaveURL(new RegExp(`/i/${seed.id}/security#not-a-target$`));
  await expect(page.locator('mark#not-a-target')).toBeFocused();
  await expect(page.locator('mark#not-a-target')).toBeInViewport();
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });

  test('a tap toggles a section', async ({ page }) => {
    const toggle = page.getByRole('button', { name: /^Peace\s*:/ });
    await toggle.tap();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.tap();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('section headings line up with the text: no room kept for a toggle that is not there', async ({
    page,
  }) => {
    // The heading kept the toggle's 28 px for its arrow (which needs JavaScript, and is not
    // shown): every heading stood indented from the paragraphs above and below it.
    for (const width of [320, 768, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const indents = await page.locator('h2[id$="__heading"]').evaluateAll((headings) => {
        const textLeft = (element: Element) => {
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const range = document.createRange();
            range.selectNodeContents(node);
            const box = range.getClientRects()[0];
            if (box && box.width > 0) return box.left;
          }
          return NaN;
        };
        const intro = document.querySelector('[data-reading-column] p');
        const column = intro ? textLeft(intro) : NaN;
        return headings.map((heading) => Math.round(textLeft(heading) - column));
      });
      expect(indents, `${width} px`).toEqual([0, 0, 0, 0, 0]);
    }
  });
});
