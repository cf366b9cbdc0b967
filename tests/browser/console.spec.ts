import { expect, seed, test } from './fixtures';

// The built site runs under a strict Content-Security-Policy: a violation, like
// any other error, shows in the console.
for (const path of [
  '/',
  `/i/${seed.id}`,
  `/i/${seed.id}/peace?q=oil&quote=the%20war%20will%20end`,
  '/i/missing',
]) {
  test(`${path} logs no errors or warnings`, async ({ page }) => {
    const messages: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
    });
    page.on('pageerror', (error) => messages.push(error.message));
    await page.goto(path);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page
      .getByRole('button', { name: 'Cite this interview' })
      .or(page.getByRole('link').first())
      .first()
      .waitFor();
    expect(messages).toEqual([]);
  });
}

test('the built page carries the Content-Security-Policy', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /script-src 'self'; style-src 'self'/,
  );
});
