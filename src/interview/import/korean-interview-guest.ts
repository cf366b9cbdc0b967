// A Korean lead or headline naming the guest before "과의 인터뷰" / "와의 인터뷰" (the interview
// with NAME): "영화 '변호인' 임시완과의 인터뷰를 마치고, …" names 임시완. Korean writes no
// capitals, so the name is known by its place: two to four syllables right before the particle,
// which must fit its last syllable ("과" after a final consonant, "와" after a vowel) as the
// language joins them, and not a role or a pronoun ("감독과의 인터뷰",
// with the director; "그녀와의 인터뷰", with her).

const WITH =
  /(?<!\p{Script=Hangul})(\p{Script=Hangul}{2,4})(과|와)(?:의 ?| 나눈 |의 단독 )(?:인터뷰|대담|일문일답|대화)/gu;
const NOT_NAMES = new Set(
  (
    '선수 감독 배우 가수 작가 대표 회장 의원 장관 교수 기자 후보 시장 총리 대통령 사람 주인공 ' +
    '멤버 팬 그녀 그들 우리 저자 시인 화가 감독님 선생님 학생 신인 주연 위원장 사장 이사장 ' +
    '코치 단장 구단주 관계자 전문가 연구원 박사 변호사 의사 소설가 셰프 대사 청년 부부'
  ).split(' '),
);

// Whether a syllable ends in a consonant (its final, "받침"), which "과" follows.
const closed = (syllable: string) => ((syllable.codePointAt(0) ?? 0) - 0xac00) % 28 !== 0;

/** The guest a Korean text names as the one the interview was with, else undefined. */
export function koreanInterviewGuest(text: string): string | undefined {
  for (const [, name = '', particle] of text.matchAll(WITH)) {
    if (NOT_NAMES.has(name)) continue;
    if (closed(name.at(-1) ?? '') === (particle === '과')) return name;
  }
  return undefined;
}
