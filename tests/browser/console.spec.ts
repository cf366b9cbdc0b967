import { expect, seed, test } from './fixtures';

// With the service worker running, as readers have it: its registration and
// caching must log nothing either.
test.use({ serviceWorkers: 'allow' });

// The built site runs under a strict Content-Security-Policy: a violation, like
// any other error (a hydration mismatch included), shows in the console. An
// address the site does not have is answered with status 404, which the
// browser reports for the page and the interview file it asked for.
for (const [path, notFound] of [
  ['/', false],
  // Library views with pages of their own, hydrated from what was built for them.
  ['/person/viktor-maiko', false],
  ['/year/2026', false],
  [`/i/${seed.id}`, false],
  [`/i/${seed.id}/peace?q=oil&quote=the%20war%20will%20end`, false],
  [`/i/${seed.id}/trade#q1`, false],
  // A text fragment on a key quote's words: the reader finds and marks it itself once hydrated
  // (useOwnTextFragment), which must not make hydration differ from the built page.
  [`/i/${seed.id}/energy#:~:text=Ukraine%20also%20seeks%20Kazakh%20oil`, false],
  // A lesson of sections the boot script shows before the app has started (it marks the built
  // page's sections, index entries and key quotes), which must not make hydration differ either.
  [`/i/${seed.id}/peace?sections=security,peace`, false],
  ['/i/missing', true],
] as const) {
  test(`${path} logs no errors or warnings`, async ({ page }) => {
    const messages: string[] = [];
    page.on('console', (message) => {
      const expected404 = notFound && message.text().includes('status of 404');
      if ((message.type() === 'error' || message.type() === 'warning') && !expected404) {
        messages.push(message.text());
      }
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
  const policy = page.locator('meta[http-equiv="Content-Security-Policy"]');
  // Two inline scripts, the one in <head> that marks the page as scripted and
  // the boot script that lands links, are allowed by their hashes; WebAssembly
  // (the library's search index) may be compiled, not eval.
  await expect(policy).toHaveAttribute(
    'content',
    /script-src 'self' 'sha256-[\w+/=]+' 'sha256-[\w+/=]+' 'wasm-unsafe-eval'; style-src 'self'/,
  );
  await expect(policy).not.toHaveAttribute('content', /'unsafe-(inline|eval|hashes)'/);
});
