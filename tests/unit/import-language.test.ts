import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../src/interview/import/language';
import { importOk } from '../support/import-outcome';

// An imported interview's language tag is its page's lang attribute: screen readers read the
// text in that language. It was "en" for every page the command line or /add imported.
describe('the language of an imported article', () => {
  it.each([
    ['ru', 'Как вы пришли в театр? Случайно. Подруга позвала на пробы, и меня взяли сразу.'],
    [
      'uk',
      'Як змінилася ваша робота за останній рік? Пацієнтів стало вдвічі більше, а лікарів менше.',
    ],
    ['kk', 'Сіз театрға қалай келдіңіз? Кездейсоқ. Досым сынаққа шақырды, мені бірден алды.'],
    [
      'de',
      'Wie sind Sie zur Kunst gekommen? Ich beobachte die Welt und experimentiere mit ihr, das ist alles.',
    ],
    [
      'fr',
      'Vous partirez avec une liste d’union de la gauche ? Oui, nous sommes prêts pour les élections.',
    ],
    [
      'es',
      '¿Usted llegó al mundo del vino o el mundo del vino llegó a usted? Me sirven las dos, pero el vino.',
    ],
    [
      'pl',
      'Jak i kiedy zaczęła się Twoja przygoda trenerska? Osiem lat temu skończyłem kontrakt, nie jest łatwo.',
    ],
    [
      'en',
      'How did you get into humanitarian work? By accident, really. I was a nurse and the hospital closed.',
    ],
    // Its short words that begin or end with an accented letter ("è", "perché") count too.
    [
      'it',
      'È stato un anno difficile, ma è andata bene. Perché? Perché la squadra è forte e unita.',
    ],
    ['ja', 'ここ2年は残留争いが続き、昨季はあと一歩で降格という苦しいシーズンを過ごした。'],
    // Written mostly in kanji, as news and officials' Japanese is: its kana say Japanese.
    [
      'ja',
      '岸田文雄首相は本日、首相官邸で記者会見し、経済安全保障推進法改正案を閣議決定したと発表した。',
    ],
    ['zh', '中华人民共和国国务院总理今天在北京人民大会堂会见了来访的外国代表团成员。'],
    [
      'zh',
      '任天堂的《ポケモン》系列今年在中国大陆市场的销售额再创新高，公司总裁在上海发布会上表示满意。',
    ],
    ['ar', 'كيف بدأت مسيرتك في كرة القدم؟ بدأت في نادي الحي عندما كنت في العاشرة من عمري.'],
  ])('reads %s from its script and words', (tag, text) => {
    expect(guessLanguage(text)).toBe(tag);
  });

  // Swahili and Tagalog were read as Czech and Polish (their short words "na", "to" and a
  // letter or two), Finnish as Swedish (its "ä"): a screen reader then speaks the whole interview
  // in the wrong language.
  it.each([
    [
      'sw',
      'Je, ulianzaje kazi ya ualimu? Nilianza kwa bahati tu. Baba yangu alikuwa mwalimu katika shule ya kijiji, na mimi nilipenda sana kusoma vitabu vyake.',
    ],
    [
      'tl',
      'Ano ang gagawin mo kung may isang araw kang bakasyon? Matutulog ako nang buong araw. Pagod na kasi ako sa mga ensayo namin ngayong buwan.',
    ],
    [
      'fi',
      'Miten päädyit valmentajaksi? Se tapahtui vähän vahingossa. Pelasin itse junioreissa, mutta loukkaantumisen jälkeen aloin auttaa nuorempia ja jäin siihen.',
    ],
  ])('reads %s from its short words, not a neighbour’s letters', (tag, text) => {
    expect(guessLanguage(text)).toBe(tag);
  });

  // Near miss: where two languages' words come back as often, neither is taken.
  it('guesses nothing where two languages score alike', () => {
    expect(
      guessLanguage(
        'Is this the right one, and what was the answer? Das ist gut, und die Antwort ist klar.',
      ),
    ).toBeUndefined();
  });

  it("tags an article whose language it cannot tell 'und' (undetermined), not 'en'", () => {
    const text = `Kwa nini ulichagua kazi hii?
Nilichagua kazi hii kwa sababu napenda watu.
Ulianza lini?
Mwaka elfu mbili na kumi.`;
    expect(importOk(text).interview.language).toBe('sw');
    const unknown = `Kiedy?
Wczoraj.
Gdzie?
Tutaj.`;
    expect(importOk(unknown).interview.language).toBe('und');
  });

  it('guesses nothing from a few words', () => {
    expect(guessLanguage('OK. Yes.')).toBeUndefined();
  });

  it("tags an imported Russian interview 'ru', and keeps --language when given", () => {
    const text = `Марина Белозерова о новой роли
— Как вы пришли в театр?
— Случайно. Подруга позвала на пробы, и меня взяли.
— Что вы играете сейчас?
— Королеву в «Золотом петушке», и это моя любимая роль.`;
    expect(importOk(text).interview.language).toBe('ru');
    expect(importOk(text, { language: 'uk' }).interview.language).toBe('uk');
  });
});
