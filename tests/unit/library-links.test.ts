import { describe, expect, it } from 'vitest';
import { parseLibraryLocation, parseLibrarySearch } from '../../src/config/library-location';
import { libraryPath, librarySearch, paths } from '../../src/config/paths';
import { libraryTitle, pagerItems, withFilter } from '../../src/features/library/library-view';

describe('library links', () => {
  it('build the link contract, in a stable order, leaving defaults out', () => {
    expect(paths.library()).toBe('/');
    expect(paths.library({ filters: { topic: 'energy' } })).toBe('/topic/energy');
    expect(paths.library({ filters: { topic: 'energy' }, sort: 'title' })).toBe(
      '/?topic=energy&sort=title',
    );
    expect(
      paths.library({
        page: 3,
        sort: 'title',
        filters: { year: '2026', topic: 'middle-corridor', person: 'viktor-maiko' },
      }),
    ).toBe('/?topic=middle-corridor&person=viktor-maiko&year=2026&sort=title&page=3');
    expect(paths.library({ sort: 'newest', page: 1 })).toBe('/');
    expect(paths.library({ filters: { topic: 'энергетика' } })).toBe(
      '/?topic=%D1%8D%D0%BD%D0%B5%D1%80%D0%B3%D0%B5%D1%82%D0%B8%D0%BA%D0%B0',
    );
  });

  it('give the whole library’s pages and each facet value’s pages paths of their own', () => {
    expect(paths.library({ page: 2 })).toBe('/page/2');
    expect(paths.library({ filters: { person: 'viktor-maiko' } })).toBe('/person/viktor-maiko');
    expect(paths.library({ filters: { year: '2026' }, page: 3 })).toBe('/year/2026/page/3');
    expect(paths.library({ filters: { publication: 'the-times' }, page: 1 })).toBe(
      '/publication/the-times',
    );
    // Views that are the app's alone: a search, another order, two filters, a key that is no file name.
    expect(libraryPath({ q: 'oil' })).toBeUndefined();
    expect(libraryPath({ sort: 'oldest', page: 2 })).toBeUndefined();
    expect(libraryPath({ filters: { topic: 'energy', year: '2026' } })).toBeUndefined();
    expect(libraryPath({ filters: { topic: 'энергетика' } })).toBeUndefined();
    expect(paths.library({ q: 'oil', filters: { topic: 'energy' } })).toBe('/?q=oil&topic=energy');
  });

  it('read a view’s path back, with the parameters of its search string', () => {
    for (const query of [
      { q: '', filters: {}, sort: 'newest' as const, page: 7 },
      { q: '', filters: { person: 'viktor-maiko' }, sort: 'newest' as const, page: 1 },
      { q: '', filters: { topic: 'middle-corridor' }, sort: 'newest' as const, page: 2 },
    ]) {
      expect(parseLibraryLocation(paths.library(query), '')).toEqual({ query, ignored: [] });
    }
    expect(parseLibraryLocation('/person/viktor-maiko', '?q=oil&year=2026').query).toEqual({
      q: 'oil',
      filters: { person: 'viktor-maiko', year: '2026' },
      sort: 'newest',
      page: 1,
    });
    // The path holds over the search string; a page it cannot read is said.
    expect(parseLibraryLocation('/topic/energy/page/2', '?topic=oil&page=5').query).toMatchObject({
      filters: { topic: 'energy' },
      page: 2,
    });
    expect(parseLibraryLocation('/page/two', '').ignored).toEqual([{ name: 'page', value: 'two' }]);
    // Every library URL of before reads as it did.
    expect(parseLibraryLocation('/', '?topic=energy&sort=title&page=3')).toEqual(
      parseLibrarySearch('?topic=energy&sort=title&page=3'),
    );
  });

  it('read back what they build', () => {
    const query = {
      q: 'kazakh oil',
      filters: { topic: 'энергетика', publication: 'the-times-of-central-asia' },
      sort: 'oldest' as const,
      page: 12,
    };
    expect(parseLibrarySearch(librarySearch(query))).toEqual({ query, ignored: [] });
  });

  it('read filter values as keys, as people type them', () => {
    expect(
      parseLibrarySearch('?topic=Middle+Corridor&person=Viktor%20Maiko').query.filters,
    ).toEqual({ topic: 'middle-corridor', person: 'viktor-maiko' });
    expect(parseLibrarySearch('?topic=&year=').query.filters).toEqual({});
  });

  it('ignore an order or page they cannot read, and say so', () => {
    expect(parseLibrarySearch('?sort=random&page=0&utm_source=x')).toEqual({
      query: { q: '', filters: {}, sort: 'newest', page: 1 },
      ignored: [
        { name: 'sort', value: 'random' },
        { name: 'page', value: '0' },
      ],
    });
    expect(parseLibrarySearch('?page=2.5').ignored).toEqual([{ name: 'page', value: '2.5' }]);
    expect(parseLibrarySearch('?page=99999999999').ignored).toHaveLength(1);
  });

  it('go back to page 1 when a filter changes', () => {
    const query = { q: 'oil', filters: { topic: 'energy' }, sort: 'title' as const, page: 4 };
    expect(withFilter(query, 'year', '2026')).toEqual({
      q: 'oil',
      filters: { topic: 'energy', year: '2026' },
      sort: 'title',
      page: 1,
    });
    expect(withFilter(query, 'topic', undefined).filters).toEqual({});
  });
});

describe('the pager', () => {
  const pages = (current: number, count: number) =>
    pagerItems(current, count).map((item) => ('page' in item ? item.page : '…'));

  it('shows the first, the last, and the current page with its neighbours', () => {
    expect(pages(1, 1)).toEqual([1]);
    expect(pages(1, 3)).toEqual([1, 2, 3]);
    expect(pages(6, 500)).toEqual([1, '…', 5, 6, 7, '…', 500]);
    expect(pages(1, 500)).toEqual([1, 2, '…', 500]);
    expect(pages(500, 500)).toEqual([1, '…', 499, 500]);
  });

  it('shows a single page in a gap rather than an ellipsis', () => {
    expect(pages(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('the library page title', () => {
  it('names the filters and the page', () => {
    const query = { q: '', filters: { topic: 'energy' }, sort: 'newest' as const, page: 2 };
    expect(libraryTitle(query, [{ facet: 'topic', key: 'energy', label: 'Energy' }])).toBe(
      'Energy · Page 2 · Interviews · Interview Reader',
    );
    expect(libraryTitle({ q: '', filters: {}, sort: 'title', page: 1 }, [])).toBe(
      'Interview Reader',
    );
    expect(libraryTitle({ q: ' oil ', filters: {}, sort: 'newest', page: 1 }, [])).toBe(
      '“oil” · Interviews · Interview Reader',
    );
  });
});
