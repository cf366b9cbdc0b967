import type { NoiseReason } from './noise';
import type { SourceParagraph } from './paragraphs';

const SHORT_LINE = /^[^.!?:;,"“”«»|]{2,40}$/u;
const SPEAKER = /^([^:]{3,60}): \S/u;

/**
 * A site's name and its menu, four short lines or more closing no sentence, over an interview's
 * headline "NAME: …" of five words or more right over the page's date line, the name said again
 * further down: "An ninh thế giới giữa tháng" / "Trang chủ" / "Trò chuyện cuối tháng" / "Văn hóa"
 * / "Nghệ sĩ nhân dân Minh Hòa: Đã có lúc …" / "Thứ Bảy, 12/10/2024, 08:00". A news page's short
 * headline over a standfirst "NAME: …" has one line over it, not four.
 */
export function menuOverSpeakerHeadline(
  paragraphs: readonly SourceParagraph[],
  noise: ReadonlyMap<number, NoiseReason>,
): number[] {
  const date = paragraphs.findIndex((p, i) => i <= 8 && noise.get(p.index) === 'date line');
  const headline = paragraphs[date - 1]?.text ?? '';
  const above = paragraphs.slice(0, Math.max(date - 1, 0)).filter((p) => !noise.has(p.index));
  const name = SPEAKER.exec(headline)?.[1]?.split(' ').at(-1) ?? '';
  return above.length >= 4 &&
    name.length >= 2 &&
    headline.split(' ').length >= 5 &&
    paragraphs.slice(date + 1).some((p) => p.text.includes(name)) &&
    above.every((p) => SHORT_LINE.test(p.text) && p.text.split(' ').length <= 6)
    ? above.map((p) => p.index)
    : [];
}
