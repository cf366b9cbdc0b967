import { expect, scrollsSideways, seed, test } from './fixtures';

// One page for the index's entries and following one (each was a test that loaded it).
test('the index lists every question as a link, grouped by topic; following one opens, scrolls to and focuses it', async ({
  page,
}) => {
  await page.goto(`/i/${seed.id}`);
  const index = page.getByRole('navigation', { name: 'Questions' });
  await expect(index.getByRole('link')).toHaveCount(10); // 5 topics + 5 questions
  await expect(
    index.getByRole('link', { name: /^Mr\. Ambassador, what are the prospects/ }),
  ).toHaveAttribute('href', `/i/${seed.id}/trade#q1`);
  await page.getByRole('button', { name: 'Collapse all' }).click();
  // Collapsed (by the app, so it has started): the link, followed in the app, must open it.
  // Clicked before the app starts, the link loads the page anew, every section open.
  await expect(page.getByRole('button', { name: /^Energy\s*:/ })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await index.getByRole('link', { name: /How does Ukraine view its energy cooperation/ }).click();
  await expect(page).toHaveURL(new RegExp(`/i/${seed.id}/energy#q3$`));
  await expect(page.locator('#q3')).toBeFocused();
  await expect(page.locator('#q3')).toBeInViewport();
  await expect(page.getByText('Deep drilling is a shared priority.')).toBeVisible();
});

test('the index stays beside the text on wide screens', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/i/${seed.id}/peace`);
  await expect(page.getByRole('navigation', { name: 'Questions' })).toBeInViewport();
  await expect(page.getByRole('button', { name: /Questions \(5\)/ })).toBeHidden();
});

test('scroll-spy marks the question being read, also deep in a long answer', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/i/${seed.id}`);
  const index = page.getByRole('navigation', { name: 'Questions' });
  const current = index.locator('[aria-current="true"]');
  await page.locator('#q2').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect(current).toHaveText(/How is cooperation in the transport sector developing/);
  // Well inside the long last answer, far below its question.
  await page
    .locator('#q5')
    .getByText('Ukraine will not voluntarily cede its territory.')
    .evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect(current).toHaveText(
    /How do you assess current relations with the U\.S\. and the EU\?/,
  );
  await expect(current).toHaveCount(1);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(current).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  // One page for the panel's ways of closing (each was a test that loaded it).
  test('the index is a toggleable panel that closes when an entry is followed, and on Escape', async ({
    page,
  }) => {
    await page.goto(`/i/${seed.id}`);
    const toggle = page.getByRole('button', { name: /^Questions/ });
    const index = page.getByRole('navigation', { name: 'Questions' });
    await expect(index).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(index).toBeVisible();
    await index.getByRole('link', { name: /How do you respond to reports of attacks/ }).click();
    await expect(index).toBeHidden();
    await expect(page.locator('#q4')).toBeInViewport();
    await expect(page.locator('#q4')).toBeFocused();
    // Escape closes it and returns focus to its button.
    await toggle.click();
    await expect(index).toBeVisible();
    await index.getByRole('link').first().focus();
    await page.keyboard.press('Escape');
    await expect(index).toBeHidden();
    await expect(toggle).toBeFocused();
  });

  test('opened from a section link, the index marks the question the bar names', async ({
    page,
  }) => {
    // On a section's heading the bar counts its first question ("Question 3 of 5"), and the
    // index, a tap away, marked none.
    await page.goto(`/i/${seed.id}/energy`);
    await expect(page.getByText('Question 3 of 5')).toBeVisible();
    await page.getByRole('button', { name: /^Questions/ }).click();
    const current = page.getByRole('navigation', { name: 'Questions' }).locator('[aria-current]');
    await expect(current).toHaveText(/How does Ukraine view its energy cooperation/);
    await expect(current).toHaveCount(1);
  });

  test('Tab past the last entry closes the index: the next control is not hidden under it', async ({
    page,
  }) => {
    // WCAG 2.2 2.4.11: the panel covers the page below the bar, so the control after
    // it in the page ("Expand all") took focus out of sight beneath it.
    await page.goto(`/i/${seed.id}/security`);
    const toggle = page.getByRole('button', { name: /^Questions/ });
    await toggle.click();
    const index = page.getByRole('navigation', { name: 'Questions' });
    await index.getByRole('link').last().focus();
    await page.keyboard.press('Tab');
    await expect(index).toBeHidden();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const focused = page.locator(':focus');
    await expect(focused).toBeInViewport();
    // What is painted at the focused control's centre is the control itself.
    expect(
      await focused.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return top !== null && (element === top || element.contains(top));
      }),
    ).toBe(true);
  });

  // One page for the four addresses, each loaded afresh.
  test('the library, the reader, a section and an unknown section never scroll sideways', async ({
    page,
  }) => {
    for (const path of [
      '/',
      `/i/${seed.id}`,
      `/i/${seed.id}/middle-corridor`,
      `/i/${seed.id}/nope`,
    ]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
      expect(await scrollsSideways(page), `${path} scrolls sideways`).toBe(false);
    }
  });
});

test('by keyboard alone: Tab to an index entry, Enter, and focus lands on the question', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/i/${seed.id}`);
  const entry = page
    .getByRole('navigation', { name: 'Questions' })
    .getByRole('link', { name: /How do you respond to reports of attacks/ });
  for (let presses = 0; presses < 40; presses += 1) {
    if (await entry.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(entry).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#q4')).toBeFocused();
  // The next Tab continues from the question: its copy-link button.
  await page.keyboard.press('Tab');
  await expect(page.locator('#q4').getByRole('button', { name: /to question 4$/ })).toBeFocused();
});
