import { describe, expect, it } from 'vitest';
import { parseDateLine } from '../../src/interview/import/dates';

describe('parseDateLine', () => {
  it.each([
    ['10 February 2026', '2026-02-10'],
    ['10 Feb 2026', '2026-02-10'],
    ['10th February, 2026', '2026-02-10'],
    ['February 10, 2026', '2026-02-10'],
    ['Feb. 10, 2026', '2026-02-10'],
    ['Tuesday, February 10, 2026', '2026-02-10'],
    ['Tue, 10 Feb 2026 14:30', '2026-02-10'],
    ['Published: 10 February 2026', '2026-02-10'],
    ['Updated on February 10, 2026 at 9:15 am EST', '2026-02-10'],
    ['2026-02-10', '2026-02-10'],
    ['2026-02-10T08:00:00Z', '2026-02-10'],
    ['10.02.2026', '2026-02-10'],
    ['10/02/2026', '2026-02-10'],
    ['02/25/2026', '2026-02-25'],
    // Thai, in the Buddhist era (543 years ahead), abbreviated or written out, the time after.
    ['14 พ.ย. 2561', '2018-11-14'],
    ['14 พ.ย. 2561 10:25 น.', '2018-11-14'],
    ['1 มกราคม 2567', '2024-01-01'],
  ])('reads %s as %s', (line, iso) => {
    expect(parseDateLine(line)).toBe(iso);
  });

  it.each([
    '31 February 2026',
    'February 2026',
    'The war began on 24 February 2022.',
    '10 February',
    '14 พ.ย.',
    'Share',
  ])('does not read %s as a date line', (line) => {
    expect(parseDateLine(line)).toBeUndefined();
  });
});
