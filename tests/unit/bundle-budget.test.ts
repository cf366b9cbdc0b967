import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';

// React, a data router and TanStack Query alone are about 107 KB gzipped;
// classic zod instead of zod/mini would add some 20 KB. The first view loads
// what index.html names; the citation processor and styles (about 110 KB)
// load only with the citation dialog. The search brings stemmers for 28
// languages (60 KB in all), of which it loads the interview's one (1–12 KB).
const JS_BUDGET_GZIP = 140_000;
const ALL_JS_BUDGET_GZIP = 370_000;
const CSS_BUDGET_GZIP = 12_000;

describe('bundle size', () => {
  it('stays within its budget (gzipped)', { timeout: 60_000 }, async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'bundle-budget-'));
    // Vitest sets NODE_ENV=test, which would bundle React's development build.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ mode: 'production', logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    const assets = path.join(outDir, 'assets');
    const gzipped = (ext: string) =>
      readdirSync(assets)
        .filter((name) => name.endsWith(ext))
        .reduce((sum, name) => sum + gzipSync(readFileSync(path.join(assets, name))).length, 0);
    const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    const firstView = [...html.matchAll(/(?:src|href)="[^"]*\/assets\/([^"]+\.js)"/g)].map(
      ([, name]) => name ?? '',
    );
    expect(firstView.length).toBeGreaterThan(0);
    const firstViewSize = firstView.reduce(
      (sum, name) => sum + gzipSync(readFileSync(path.join(assets, name))).length,
      0,
    );
    expect(firstViewSize).toBeLessThan(JS_BUDGET_GZIP);
    expect(gzipped('.js')).toBeLessThan(ALL_JS_BUDGET_GZIP);
    expect(gzipped('.css')).toBeLessThan(CSS_BUDGET_GZIP);
  });
});
