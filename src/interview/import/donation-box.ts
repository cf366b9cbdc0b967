// A site's call for donations over its bank details, set above the article: "Bitte unterstützt
// unsere Arbeit finanziell:" / "Konto: Jung & Naiv" / "IBAN: DE85 …" / "GLS Gemeinschaftsbank"
// / "PayPal ► http://…". None of it is the interview's.

// The call: support (in German or English) for the site's work, closed by a colon.
const CALL =
  /^(?:Bitte )?(?:unterstützt|unterstützen Sie|unterstütze|support|please support)\b[^.!?]{0,80}:$/iu;
// A line of the details: a field ("Konto: …", "IBAN: …", "PayPal ► …") or a bank's name.
const DETAIL =
  /^(?:(?:Konto(?:inhaber)?|Kontonummer|Empfänger|IBAN|BIC|BLZ|Verwendungszweck|Account|Bank)\s*:\s*\S|(?:PayPal|Patreon|Steady)\b|\S+(?: \S+){0,2}(?:bank|Bank|Sparkasse)$)/u;
const PAYMENT = /^(?:IBAN\b|PayPal\b)/u;

/** The call and its details, as indexes into `texts`: only where an IBAN or PayPal line is among them. */
export function donationBox(texts: readonly string[]): number[] {
  return texts.flatMap((text, at) => {
    if (!CALL.test(text)) return [];
    let end = at + 1;
    while (end - at <= 8 && DETAIL.test(texts[end] ?? '')) end += 1;
    const details = texts.slice(at + 1, end);
    return details.length >= 2 && details.some((t) => PAYMENT.test(t))
      ? [...Array(end - at).keys()].map((k) => at + k)
      : [];
  });
}
