import { describe, expect, it } from 'vitest';
import { answers, importOk } from '../support/import-outcome';

// Rules made from session 28's held-out set fresh-21 (session 29), each on a page of its own.

const questionTexts = (text: string) =>
  importOk(text).interview.sections.flatMap((s) => s.questions.map((q) => q.question.join(' ')));

describe('dash dialogue: both sides open with a dash, the answer on the next paragraph', () => {
  const spanish = [
    'El Faro de Cádiz',
    'Cultura',
    '"La música me salvó"',
    'El cantante, de gira por Andalucía, habla de su nuevo disco',
    'R. MORENO | CÁDIZ 12·03·19 | 09:30',
    '-Empecemos por el principio: su infancia en el barrio de Santa María.',
    '-Fue una infancia feliz, con poco dinero y mucha música en la calle.',
    '-¿Cuándo supo que quería cantar?',
    '-A los diez años, en una peña flamenca, cuando mi abuelo me subió al escenario.',
    '-¿Y el nuevo disco?',
    '-Es el más personal que he hecho. Habla de mi madre y del mar.',
  ].join('\n\n');

  it('reads "-Text" turns with no space after the hyphen, a statement first, the dashes off', () => {
    expect(questionTexts(spanish)).toEqual([
      'Empecemos por el principio: su infancia en el barrio de Santa María.',
      '¿Cuándo supo que quería cantar?',
      '¿Y el nuevo disco?',
    ]);
    expect(answers(importOk(spanish).interview)).toEqual([
      'Fue una infancia feliz, con poco dinero y mucha música en la calle.',
      'A los diez años, en una peña flamenca, cuando mi abuelo me subió al escenario.',
      'Es el más personal que he hecho. Habla de mi madre y del mar.',
    ]);
  });

  it('a byline "R. NAME | PLACE date | time" is no answer label "R."', () => {
    const { interview } = importOk(spanish);
    expect(answers(interview).join(' ')).not.toContain('MORENO');
    expect(interview.sections.map((s) => s.heading)).not.toContain(
      'R. MORENO | CÁDIZ 12·03·19 | 09:30',
    );
  });

  it('"- " on both the question and its answer on the next line come off (Turkish)', () => {
    const page = [
      'Başbakan sevinciyle de öfkesiyle de doğal',
      '',
      '- Basın danışmanı olarak ilişkisini nasıl değerlendiriyorsunuz?',
      '- Mesafeyi korumaya çok özen gösteriyor.',
      '',
      '- Ya gösterdiği tepkiler?',
      '- O da bir insan, bazı şeylere tepki verebiliyor.',
      '',
      '- Sizi en çok ne kızdırır?',
      '- Haksızlık.',
    ].join('\n');
    const { interview } = importOk(page);
    expect(questionTexts(page)).toEqual([
      'Basın danışmanı olarak ilişkisini nasıl değerlendiriyorsunuz?',
      'Ya gösterdiği tepkiler?',
      'Sizi en çok ne kızdırır?',
    ]);
    expect(answers(interview)).toEqual([
      'Mesafeyi korumaya çok özen gösteriyor.',
      'O da bir insan, bazı şeylere tepki verebiliyor.',
      'Haksızlık.',
    ]);
  });

  it('a dashed list inside an answer stays as written (near miss)', () => {
    const page = [
      'Lo que lleva en la maleta',
      '¿Qué lleva siempre en la maleta?',
      'Siempre lo mismo, desde hace años:',
      '-un cuaderno',
      '-dos libros',
      '-una cámara vieja',
      '-un jersey',
      '¿Y qué deja en casa?',
      'El teléfono, siempre que puedo.',
    ].join('\n\n');
    expect(questionTexts(page)).toEqual([
      '¿Qué lleva siempre en la maleta?',
      '¿Y qué deja en casa?',
    ]);
    expect(answers(importOk(page).interview)).toContain('-un cuaderno');
  });

  it('"P." and "R." labels used on every turn are still read (near miss)', () => {
    const page = [
      'Entrevista a la alcaldesa',
      'P. ¿Cuándo empezó su mandato?',
      'R. En enero, tras las elecciones.',
      'P. ¿Qué le queda por hacer?',
      'R. Terminar el puente del río.',
    ].join('\n\n');
    expect(questionTexts(page)).toEqual(['¿Cuándo empezó su mandato?', '¿Qué le queda por hacer?']);
  });
});

describe('CJK lines on a page taken for hard-wrapped prose', () => {
  const page = [
    '前期 第9節 監督・選手インタビュー',
    '前期第9節を終えた監督と選手の声をお届けします。',
    '<山田太郎 監督>',
    'Q.前期の最終戦は敗戦となりましたが、いまの率直なお気持ちは?',
    'A.立ち上がりが良かっただけに、早い時間の失点が悔やまれます。次の試合に生かします。',
    'Q.前期を通して見えたチームの課題と収穫を教えてください。',
    'A.走る、戦う、合わせる、そして自信を持つ。基本的なことですが、この夏はそこに集中します。',
    'たくさんの方に応援していただいているので、このままでは終われません。全員で戦います。',
    '<7. 佐藤一郎>',
    'Q.前期の最終戦を終えた感想を聞かせてください。',
    'A.苦しい結果でした。',
    '上位には残れましたが、自分たちの力でつかんだとは言えません。まず自分から変わっていきます。',
    'Q.2点を追う展開の中、後半はどんなことを意識していましたか?',
    'A.前半から雰囲気が重いと感じたので、ベテランとして声を出してチームを盛り上げようとしました。',
  ].join('\n');

  it('a line ending "。" or "?" ends its paragraph; "Q."/"A." with no space open turns', () => {
    expect(questionTexts(page)).toEqual([
      '前期の最終戦は敗戦となりましたが、いまの率直なお気持ちは?',
      '前期を通して見えたチームの課題と収穫を教えてください。',
      '前期の最終戦を終えた感想を聞かせてください。',
      '2点を追う展開の中、後半はどんなことを意識していましたか?',
    ]);
  });

  it('a line broken mid-sentence still joins the next (near miss)', () => {
    const broken = page.replace('この夏はそこに集中します。', 'この夏はそこに集中しながら、');
    expect(answers(importOk(broken).interview)).toContain(
      '走る、戦う、合わせる、そして自信を持つ。基本的なことですが、この夏はそこに集中しながら、 たくさんの方に応援していただいているので、このままでは終われません。全員で戦います。',
    );
  });
});

describe('a Japanese club page’s furniture and speaker headers', () => {
  it('the update flag and back link are page; "<NAME 監督>" / "<N. NAME>" head sections', () => {
    const page = [
      '- 2025/06/23 更新',
      '前期 第9節 監督・選手インタビュー',
      '前期第9節を終えた監督と選手の声をお届けします。',
      '<山田太郎 監督>',
      'Q.いまの率直なお気持ちは?',
      'A.悔しいです。',
      '<7. 佐藤一郎>',
      'Q.後半はどんなことを意識していましたか?',
      'A.声を出しました。',
      '一覧へ戻る',
    ].join('\n');
    const { interview, dropped } = importOk(page);
    expect(dropped).toEqual(['- 2025/06/23 更新', '一覧へ戻る']);
    expect(interview.sections.map((s) => s.heading)).toEqual(['<山田太郎 監督>', '<7. 佐藤一郎>']);
  });

  it('an answer that mentions an update, and a tag in angle brackets, stay (near miss)', () => {
    const page = [
      'Q.いまの率直なお気持ちは?',
      'A.2025/06/23 更新されたメニューで練習しています。',
      '<br>',
      'Q.後半はどんなことを意識していましたか?',
      'A.声を出しました。',
    ].join('\n');
    const { dropped } = importOk(page);
    expect(dropped).not.toContain('A.2025/06/23 更新されたメニューで練習しています。');
  });
});

describe('a "Question:" label that opened every question before it', () => {
  it('opens a question again after an answer that ends by asking', () => {
    const page = [
      'Science questions from pupils',
      'More of the questions the pupils sent me, with my answers.',
      'Question: what’s your favourite part of science',
      'Solving puzzles. I love discovering things!',
      'Question: wy do you be a scintits',
      'I like knowing how things work. For me science is a big game. What could be better?',
      'Question: what was you ferst experiment',
      'A model rocket, launched in the garden.',
    ].join('\n\n');
    expect(questionTexts(page)).toEqual([
      'what’s your favourite part of science',
      'wy do you be a scintits',
      'what was you ferst experiment',
    ]);
  });

  it('a host’s name label after an answer that asks back is still the answer (near miss)', () => {
    const page = [
      'Adam: What comes next for the lab?',
      'Ben: More work, and a new building. It never ends, does it? Who knows?',
      'Adam: Fair enough.',
      'Ben: We will see in spring, when the money comes in.',
      'Adam: And after that?',
      'Ben: A long rest, I hope, somewhere warm.',
    ].join('\n\n');
    expect(questionTexts(page)).toEqual(['What comes next for the lab?', 'And after that?']);
  });
});

describe('a minister’s office transcript: capitals labels with a role holding commas', () => {
  const page = [
    'The Hon Julie Collins MP',
    'Minister for Agriculture, Fisheries and Forestry',
    'Interview with Amelia Bernasconi, ABC Country Hour',
    'E&OE TRANSCRIPT',
    'RADIO INTERVIEW',
    'SUBJECTS: Farmers in Canberra; live export industry',
    'AMELIA BERNASCONI, HOST: Minister, thanks for joining us. How do you answer the farmers?',
    'JULIE COLLINS, MINISTER FOR AGRICULTURE, FISHERIES AND FORESTRY: I understand that some farmers are doing it tough.',
    'BERNASCONI: Do you think they feel that way?',
    'COLLINS: No, I don’t. We have been clear about what we are doing.',
    'BERNASCONI: Minister, we’ll have to leave it there.',
    'COLLINS: Thanks very much.',
  ].join('\n');

  it('reads the label, names the guest without "The Hon"/"MP", and drops "E&OE TRANSCRIPT"', () => {
    const { interview, dropped } = importOk(page);
    expect(answers(interview)[0]).toBe('I understand that some farmers are doing it tough.');
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Julie Collins']);
    expect(dropped).toContain('E&OE TRANSCRIPT');
    expect(interview.sections.map((s) => s.heading)).not.toContain(
      'SUBJECTS: Farmers in Canberra; live export industry',
    );
  });

  it('a capitals sentence with commas before a colon, its last word no label, stays (near miss)', () => {
    const near = page.replace(
      'COLLINS: No, I don’t. We have been clear about what we are doing.',
      'COLLINS: No, I don’t.\nWE WILL DELIVER, ON TIME, IN FULL: that is our promise.',
    );
    expect(answers(importOk(near).interview)).toContain(
      'WE WILL DELIVER, ON TIME, IN FULL: that is our promise.',
    );
  });
});

describe('a roundtable: surname labels used once each, the panel in a bulleted list', () => {
  const page = [
    'Logistics Roundtable: Ports and Patience',
    'Our monthly roundtable of experts answers your questions.',
    'The panel:',
    '• Anna Lindqvist, CEO',
    '• Marco Ferri, CPSM, Manager, Freight',
    '• Ruth Osei, Subject Matter Expert',
    'Q: Which issue deserves more attention this year?',
    'Lindqvist: Port congestion, because it touches every other cost we carry.',
    'Ferri: Agreed. Staffing at the ports is the issue under every other issue.',
    'Get the latest supply chain news delivered to your inbox. Subscribe to Freight Weekly.',
    'Q: What is your best advice for new graduates?',
    'Osei: Stay curious, and get to know your suppliers before you need them.',
  ].join('\n\n');

  it('credits each panellist, the labels out of the words, and drops the newsletter line', () => {
    const { interview, dropped } = importOk(page);
    expect(interview.people.interviewees.map((p) => p.name).sort()).toEqual([
      'Anna Lindqvist',
      'Marco Ferri',
      'Ruth Osei',
    ]);
    expect(answers(interview)[0]).toBe(
      'Port congestion, because it touches every other cost we carry.',
    );
    expect(dropped).toContain(
      'Get the latest supply chain news delivered to your inbox. Subscribe to Freight Weekly.',
    );
  });

  it('a word and a colon opening an answer, no panellist’s name, stays in the words (near miss)', () => {
    const near = page
      .replace('Lindqvist: Port', 'Congestion: port')
      .replace('Ferri: Agreed.', 'Staffing: agreed.')
      .replace('Osei: Stay', 'Advice: stay');
    expect(answers(importOk(near).interview)[0]).toBe(
      'Congestion: port congestion, because it touches every other cost we carry.',
    );
  });
});

describe('a site’s, blog’s or magazine’s name on line 1 above the headline', () => {
  const page = [
    'Found Gardeners',
    'Episode 12 – Ruth Osei – Roots and patience',
    'April 19, 2022',
    'Ruth has grown vegetables on a city roof for twenty years.',
    '[00:00:50] Graham: Let’s start with the roof. You’ve been [00:01:00] growing there for years. How?',
    '[00:01:09] Ruth: Slowly, one bed at a time, and nothing has changed [00:02:00] really.',
    '[00:02:02] Graham: What do you grow first each spring?',
    '[00:02:11] Ruth: Peas, always peas.',
    'Share this:',
    'Twitter',
    'Like this:',
    'Loading...',
  ].join('\n\n');

  it('is page furniture, and the headline under it titles the page', () => {
    const { interview, dropped } = importOk(page);
    expect(interview.title).toBe('Episode 12 – Ruth Osei – Roots and patience');
    expect(dropped).toContain('Found Gardeners');
  });

  it('WordPress’s "Loading..." after the sharing lines is furniture', () => {
    expect(importOk(page).dropped).toContain('Loading...');
  });

  it('a [hh:mm:ss] inside a sentence of a stamped transcript leaves the words', () => {
    const all = importOk(page).interview.sections.flatMap((s) =>
      s.questions.flatMap((q) => [...q.question, ...q.answer]),
    );
    expect(all).toContain('Let’s start with the roof. You’ve been growing there for years. How?');
    expect(all).toContain('Slowly, one bed at a time, and nothing has changed really.');
  });

  it('a guest’s name on line 1, said again below, and a headline over a standfirst stay (near misses)', () => {
    const named = page.replace('Found Gardeners', 'Ruth Osei');
    expect(importOk(named).dropped).not.toContain('Ruth Osei');
    const standfirst = [
      'Talking Tariffs',
      'The trade minister on ports, prices and patience.',
      'Question: why now',
      'Because the ports cannot wait another year.',
      'Question: what next',
      'A new deal with our neighbours, signed in spring.',
    ].join('\n\n');
    expect(importOk(standfirst).interview.title).toBe('Talking Tariffs');
  });
});

describe('a Spanish newsletter box between two exchanges', () => {
  it('"Suscríbete a …" and its "Apuntarme" button are furniture', () => {
    const { dropped } = importOk(
      [
        '¿Qué le parece el nuevo Gobierno?',
        'Me ha sorprendido para bien.',
        'Suscríbete a nuestra newsletter y recibe cada mañana las noticias más importantes',
        'Apuntarme',
        '¿Se nota ya otro estilo?',
        'Creo que sí, y se nota en la calle.',
      ].join('\n\n'),
    );
    expect(dropped).toEqual([
      'Suscríbete a nuestra newsletter y recibe cada mañana las noticias más importantes',
      'Apuntarme',
    ]);
  });

  it('an answer that starts "Apuntarme…" stays (near miss)', () => {
    const { dropped } = importOk(
      [
        '¿Qué hará este verano?',
        'Apuntarme a un curso de vela, por fin.',
        '¿Y después?',
        'Volver al trabajo.',
      ].join('\n\n'),
    );
    expect(dropped).toEqual([]);
  });
});

describe('bare alternating turns: a short remark ending "..." between two answers', () => {
  const page = [
    'Możemy wygrać',
    'Prezydent w rozmowie mówi o swojej wizji państwa.',
    'Czy popierał pan tę decyzję?',
    'Tak. Naturalne jest, że tak się stało, i mówiłem o tym od dawna.',
    'Dlaczego więc stało się to dopiero teraz?',
    'Kilka miesięcy przed wyborami sytuacja w stolicy stała się bardzo trudna, a czasu było mało.',
    'Mówi się, że to stanowisko jest trampoliną do kariery...',
    'Ja tak na to nie patrzę. Miasto samo w sobie daje dużą władzę i wymaga wiele pracy.',
    'A jakie argumenty przemawiały za tym?',
    'Przy naszych mediach taki scenariusz był możliwy, więc trzeba było działać szybko.',
    'Czy były też inne powody?',
    'Nie. Była natomiast pewna nierówność w tym, jak media traktowały polityków.',
    'Dziennik, 22 lipca 2006 r.',
  ].join('\n\n');

  it('is a question, though the run after the last question is even', () => {
    expect(questionTexts(page)).toEqual([
      'Czy popierał pan tę decyzję?',
      'Dlaczego więc stało się to dopiero teraz?',
      'Mówi się, że to stanowisko jest trampoliną do kariery...',
      'A jakie argumenty przemawiały za tym?',
      'Czy były też inne powody?',
    ]);
  });

  it('a long middle paragraph stays in the answer (near miss)', () => {
    const near = page.replace(
      'Mówi się, że to stanowisko jest trampoliną do kariery...',
      'Mówiłem wtedy wielu osobom, że to stanowisko jest trampoliną do kariery, i że nie warto go oddawać bez walki, bo miasto daje ogromne możliwości każdemu, kto umie z nich korzystać...',
    );
    expect(questionTexts(near)).toHaveLength(4);
  });
});

describe('bare turns whose first exchange alone is labelled', () => {
  const page = [
    'Możemy wygrać',
    'Prezydent w rozmowie mówi o swojej wizji państwa.',
    'Cezary Nowak, Piotr Zieliński: Czy popierał pan tę decyzję?',
    'Lech Wiśniewski: Tak. Naturalne jest, że tak się stało.',
    'Dlaczego więc stało się to dopiero teraz?',
    'Kilka miesięcy przed wyborami sytuacja w stolicy stała się bardzo trudna.',
    'Czy były też inne powody?',
    'Nie. Była natomiast pewna nierówność w tym, jak media traktowały polityków.',
  ].join('\n\n');

  it('strips both labels (two names joined by a comma are one), the guest named by the answer’s', () => {
    const { interview } = importOk(page);
    expect(questionTexts(page)[0]).toBe('Czy popierał pan tę decyzję?');
    expect(answers(interview)[0]).toBe('Tak. Naturalne jest, że tak się stało.');
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Lech Wiśniewski']);
  });

  it('a question’s label with no label on its answer stays (near miss)', () => {
    const near = page.replace('Lech Wiśniewski: Tak.', 'Tak.');
    expect(questionTexts(near)[0]).toBe(
      'Cezary Nowak, Piotr Zieliński: Czy popierał pan tę decyzję?',
    );
  });
});
