import { describe, expect, it } from 'vitest';
import { SITEMAP_MAX_URLS, sitemapFiles } from '../../src/prerender/page-html';

const site = 'https://reader.example.org';
const fileUrl = (file: string) => `${site}/${file}`;
const pages = (count: number) => Array.from({ length: count }, (_, i) => `${site}/i/p${i}`);
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

describe('sitemapFiles', () => {
  it('lists every page in sitemap.xml while they fit one file', () => {
    const urls = pages(SITEMAP_MAX_URLS);
    const files = sitemapFiles(urls, fileUrl);
    expect(files.map(([file]) => file)).toEqual(['sitemap.xml']);
    expect(files[0]?.[1]).toContain('<urlset ');
    expect(locs(files[0]?.[1] ?? '')).toEqual(urls);
  });

  it('splits a larger site into files of 50,000 URLs, with sitemap.xml as their index', () => {
    const urls = pages(2 * SITEMAP_MAX_URLS + 1);
    const files = new Map(sitemapFiles(urls, fileUrl));
    expect([...files.keys()]).toEqual([
      'sitemap.xml',
      'sitemap-1.xml',
      'sitemap-2.xml',
      'sitemap-3.xml',
    ]);
    const index = files.get('sitemap.xml') ?? '';
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(locs(index)).toEqual([1, 2, 3].map((n) => `${site}/sitemap-${n}.xml`));
    // Every page once, in order, no file over the protocol's limit.
    const parts = [1, 2, 3].map((n) => locs(files.get(`sitemap-${n}.xml`) ?? ''));
    expect(parts.map((part) => part.length)).toEqual([SITEMAP_MAX_URLS, SITEMAP_MAX_URLS, 1]);
    expect(parts.flat()).toEqual(urls);
  });

  it('escapes what XML needs escaped in an address', () => {
    const [[, xml] = ['', '']] = sitemapFiles([`${site}/?topic=a&year=2026`], fileUrl);
    expect(xml).toContain('<loc>https://reader.example.org/?topic=a&amp;year=2026</loc>');
  });
});
