// A Japanese (or Chinese) club or school page heads an interview with the player's name and, in
// brackets, their school, year and position: "大森 翔(関西学院大学3年/GK)", "山田太郎（同志社大学2年/FW）".
// A surname and a given name in Han characters, a space between or none; the brackets hold a
// figure or a slash, as such details do (a note "(関西学院大学)" names a school, not a person).
const NAME_LINE =
  /^(\p{Script=Han}{1,4}[ \u3000]?\p{Script=Han}{1,3})[(（](?=[^)）]*[\d/／])[^)）]{2,40}[)）]$/u;

/** Whether a line is such a name line: the page's words, never a menu's item. */
export const isBracketedNameLine = (text: string) => NAME_LINE.test(text.trim());

/** The guest a name line names, where the page holds exactly one such line. */
export function nameLineGuest(article: string): string | undefined {
  const names = article.split('\n').flatMap((line) => {
    const name = NAME_LINE.exec(line.trim())?.[1];
    return name ? [name] : [];
  });
  return names.length === 1 ? names[0] : undefined;
}
