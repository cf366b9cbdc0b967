import { expect, test } from './fixtures';

// An interview kept from a page in Russian (or Kazakh, Greek, Arabic) gets
// links that read like its names, not /i/interview/section-2: the romanizer
// loads for such a text only.

const RUSSIAN = `Арман Сейткали: «Свобода слова есть»
12 марта 2024
Министр рассказал нам о редакциях, деньгах и новых законах.
Редакции
Вопрос: Как вы оцениваете работу редакций?
Ответ: Редакции работают свободно, и это важно.
Деньги
Вопрос: Что мешает журналистам?
Ответ: Прежде всего нехватка денег.`;

test('an interview in Cyrillic is kept at a link in Latin letters, its sections too', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/add');
  await page
    .getByLabel('Paste the article’s text')
    .fill('Q: Why?\nA: Because.\nQ: Why not?\nA: No.');
  await page.getByRole('button', { name: 'Read this text' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ready to keep' })).toBeVisible();
  expect(scripts.filter((path) => path.includes('romanize'))).toEqual([]);

  await page.getByRole('button', { name: /^Start over/ }).click();
  await page.getByLabel('Paste the article’s text').fill(RUSSIAN);
  await page.getByRole('button', { name: 'Read this text' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ready to keep' })).toBeVisible();
  await page.getByRole('button', { name: 'Keep on this device' }).click();
  await expect(page).toHaveURL(/\/i\/arman-seytkali-2024$/);
  await expect(page.locator('section h2 button')).toHaveText([/^Редакции/, /^Деньги/]);
  await expect(page.locator('#redaktsii__heading, #dengi__heading')).toHaveCount(2);
  expect(scripts.filter((path) => path.includes('romanize'))).toHaveLength(1);
});

test('the id is checked against the published interviews without an error in the console', async ({
  page,
}) => {
  // Each new id was looked up as interviews/<id>.json: a 404, logged as an error, a keystroke.
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/add');
  await page
    .getByLabel('Paste the article’s text')
    .fill('Q: Why?\nA: Because.\nQ: Why not?\nA: No.');
  await page.getByRole('button', { name: 'Read this text' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ready to keep' })).toBeVisible();
  await page.locator('summary', { hasText: 'Details and people' }).click();
  // (The field is named "Id"; its hint and any problem are its description.)
  const id = page.getByRole('textbox', { name: 'Id' });
  await id.fill('');
  await id.pressSequentially('a-new-interview');
  await expect(page.getByRole('button', { name: 'Keep on this device' })).toBeEnabled();
  // A published interview's id is still refused.
  await id.fill('viktor-maiko-2026');
  await expect(id).toHaveAccessibleDescription(
    /is the id of a published interview: choose another/,
  );
  await expect(page.getByRole('button', { name: 'Keep on this device' })).toBeDisabled();
  await id.fill('viktor-maiko-2027');
  await expect(page.getByRole('button', { name: 'Keep on this device' })).toBeEnabled();
  expect(errors).toEqual([]);
});

test('a second interview given the id of one kept on this device is not kept over it', async ({
  page,
}) => {
  // Two untitled questionnaires (no guest, headline or date) were both given the id "interview":
  // keeping the second replaced the first on this device without a word.
  await page.goto('/add');
  const paste = page.getByLabel('Paste the article’s text');
  await paste.fill('Q: Sail or motor?\nA: Sail.\nQ: Since when?\nA: Since I was ten.');
  await page.getByRole('button', { name: 'Read this text' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ready to keep' })).toBeVisible();
  await page.getByRole('button', { name: 'Keep on this device' }).click();
  await expect(page).toHaveURL(/\/i\/interview$/);

  await page.goto('/add');
  await paste.fill('Q: Bread or cake?\nA: Bread.\nQ: Who taught you?\nA: My grandmother.');
  await page.getByRole('button', { name: 'Read this text' }).click();
  await page.locator('summary', { hasText: 'Details and people' }).click();
  const id = page.getByRole('textbox', { name: 'Id' });
  await expect(id).toHaveValue('interview');
  const kept = /is the id of “Interview”, kept on this device: choose another/;
  await expect(id).toHaveAccessibleDescription(kept);
  await expect(page.getByRole('button', { name: 'Keep on this device' })).toBeDisabled();
  // The suggested id follows the guest named in the editor ("Person 2: Interviewee" till then),
  // and is checked as it changes.
  const guest = page.getByRole('group', { name: /^Person 2: / }).getByLabel('Name');
  await guest.fill('Ada Brot');
  await expect(id).toHaveValue('ada-brot');
  await expect(id).not.toHaveAccessibleDescription(kept);
  await expect(page.getByRole('button', { name: 'Keep on this device' })).toBeEnabled();
  await guest.fill('Interviewee');
  await expect(id).toHaveValue('interview');
  await expect(id).toHaveAccessibleDescription(kept);
  await expect(page.getByRole('button', { name: 'Keep on this device' })).toBeDisabled();
  await id.fill('bread-or-cake');
  await expect(page.getByRole('button', { name: 'Keep on this device' })).toBeEnabled();
  await page.getByRole('button', { name: 'Keep on this device' }).click();
  await expect(page).toHaveURL(/\/i\/bread-or-cake$/);
  // Both are kept.
  await page.goto('/i/interview');
  await expect(page.getByText('Sail.', { exact: true })).toBeVisible();
});
