import { MOST_QUOTES, type IgnoredReaderParam } from '../../config/paths';

// Parameters that sites and mail add to links they pass on: not the reader's business, nor worth a notice.
const TRACKING = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|ref|source)$/;

/** A value as a notice quotes it: cut short. */
const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** What the reader says about a part of its link it ignored; nothing for a tracking parameter. */
export function describeIgnored(item: IgnoredReaderParam): string | undefined {
  switch (item.kind) {
    case 'empty':
      return `An empty “${item.param}” was ignored.`;
    case 'sections':
      return `“sections=${shown(item.value)}” names no section, so every section is shown.`;
    case 'mode':
      return `“mode=${shown(item.value)}” is not a mode (the one mode is “discuss”), so the interview is shown for reading.`;
    case 'unknown':
      if (TRACKING.test(item.param)) return undefined;
      return `“${shown(item.param)}” is not part of a reader link and was ignored.`;
    case 'quotes':
      return `Only the first ${MOST_QUOTES} quoted passages are marked; ${item.more} more were ignored.`;
  }
}
