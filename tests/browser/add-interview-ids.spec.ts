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
