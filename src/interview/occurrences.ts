// Looking for a term again just after each place it was found costs the
// term's length each time: in repetitive text ("ha ha ha …") a long term can
// occur at almost every position, and the work grows with the text's length
// times the term's. A cursor finds each next place reading the text once.

/** Terms up to this long are found with the engine's indexOf: checking one again costs little. */
const SHORT_TERM = 32;

/**
 * The first place at or after `from` where a term occurs in a text, or -1.
 * Asked with `from` never going back, it reads the text once, front to back.
 */
export type Cursor = (from: number) => number;

/** For each length k, the length of the longest proper prefix of term[0..k) that is also its suffix (-1 for 0). */
function borders(term: string): Int32Array {
  const border = new Int32Array(term.length + 1);
  border[0] = -1;
  let k = -1;
  for (let i = 0; i < term.length; i += 1) {
    while (k >= 0 && term[k] !== term[i]) k = border[k] ?? -1;
    k += 1;
    border[i + 1] = k;
  }
  return border;
}

/**
 * Makes cursors over the places a term (not empty) occurs in texts: linear in
 * each text and in the term, however often it repeats (Knuth–Morris–Pratt for
 * long terms, its table made once for all texts).
 */
export function occurrencesOf(term: string): (text: string) => Cursor {
  if (term.length <= SHORT_TERM) {
    return (text) => {
      let found = -2;
      return (from) => {
        if (found === -1 || found >= from) return found;
        found = text.indexOf(term, from);
        return found;
      };
    };
  }
  const border = borders(term);
  return (text) => {
    let found = -2;
    let i = 0; // the text is read up to here,
    let k = 0; // and its last k characters read are term[0..k)
    return (from) => {
      if (found === -1 || found >= from) return found;
      while (i < text.length) {
        while (k >= 0 && term[k] !== text[i]) k = border[k] ?? -1;
        i += 1;
        k += 1;
        if (k === term.length) {
          const at = i - k;
          k = border[k] ?? 0;
          if (at >= from) return (found = at);
        }
      }
      return (found = -1);
    };
  };
}
