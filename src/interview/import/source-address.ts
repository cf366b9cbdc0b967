// An article's address as a saved page gives it (its canonical link or og:url) may carry what the
// site, a newsletter or an ad added when the page was passed on: campaign tags and click ids.
// They say how a reader came, not which article it is, and an interview's source address is
// printed, cited and linked for years.

// Only names no site uses for its own content: analytics campaign tags (Google's utm_*), ad and
// social click ids (Google, Microsoft, Meta, Instagram, Yandex, X, TikTok), mail campaigns
// (Mailchimp, HubSpot, Marketo). `ref` and `source` are left: some sites name articles by them.
const TRACKING_PARAM =
  /^(?:utm_[a-z_]+|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|igshid|yclid|twclid|ttclid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok)$/i;

/** A parameter's name as written before its `=`, decoded where it can be. */
function nameOf(pair: string): string {
  const name = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(name.replaceAll('+', ' '));
  } catch {
    return name;
  }
}

/**
 * The address without its tracking parameters; everything else (the other parameters, their
 * order and encoding, the fragment) as written. An address with none is returned unchanged.
 */
export function withoutTrackingParams(url: string): string {
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  if (queryAt === -1) return url;
  const pairs = beforeHash.slice(queryAt + 1).split('&');
  const kept = pairs.filter((pair) => !TRACKING_PARAM.test(nameOf(pair)));
  if (kept.length === pairs.length) return url;
  const query = kept.filter((pair) => pair !== '').join('&');
  return `${beforeHash.slice(0, queryAt)}${query === '' ? '' : `?${query}`}${hash}`;
}
