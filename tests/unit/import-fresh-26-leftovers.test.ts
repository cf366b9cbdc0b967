import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Session 33 (importer): fresh-26's leftovers (tests/fixtures/import/fresh-26), each rule checked
// here on text of its own, as a caller of importArticle sees it, with a near miss beside it. The
// first import loads the importer's modules: under load that takes seconds.

describe("a committee's evidence session on a record site", { timeout: 30_000 }, () => {
  const session = `Examination of Witnesses
Rivers Bill – in a Public Bill Committee on 9th March 2023.
Nadia Brook, Owen Pike and Lisa Moor gave evidence.
Photo of Gareth Lane Gareth Lane Conservative, Ludlow 10:30 am, 9th March 2023
Good morning. We will now hear from Nadia Brook, director of the Wye Trust; Owen Pike, chair of the anglers' federation; and Lisa Moor, head of water quality at the county council. I will call our first questioner, Ruth Hale.
Photo of Ruth Hale Ruth Hale Labour, Bristol South
Nadia, how many of your rivers meet the standard today?
Nadia Brook
Two of the eleven, and neither did ten years ago.
Photo of Ruth Hale Ruth Hale Labour, Bristol South
Owen, what do your members see on the bank?
Owen Pike
Fewer fish every season, and algae where there was none.
Photo of Simon Kerr Simon Kerr Liberal Democrat, Bath
Lisa, would the new fines change what the companies do?
Lisa Moor
Only if they are large enough to cost more than the repairs.
Nadia Brook
And only if the money goes back into the rivers.
Photo of Gareth Lane Gareth Lane Conservative, Ludlow 11:10 am, 9th March 2023
Order. That ends the time for questions. I thank the witnesses for their evidence.`;

  it('seats the chair with the Members who ask, the witnesses answering', () => {
    const { interview } = importOk(session);
    const { interviewers, interviewees } = interview.people;
    expect(interviewers.map((p) => [p.name, p.role]).sort()).toEqual([
      ['Gareth Lane', 'Conservative, Ludlow'],
      ['Ruth Hale', 'Labour, Bristol South'],
      ['Simon Kerr', 'Liberal Democrat, Bath'],
    ]);
    expect(interviewees.map((p) => p.name)).toEqual(['Nadia Brook', 'Owen Pike', 'Lisa Moor']);
    expect(questions(interview)).toEqual([
      ['Nadia, how many of your rivers meet the standard today?'],
      ['Owen, what do your members see on the bank?'],
      ['Lisa, would the new fines change what the companies do?'],
    ]);
    // The chair's closing stays at the end, under his name, once.
    expect(answers(interview).at(-1)).toBe(
      'Gareth Lane: Order. That ends the time for questions. I thank the witnesses for their evidence.',
    );
  });

  it("gives a witness the role the chair's list gives her, not the intro's sentence", () => {
    const { interview } = importOk(session);
    const roles = interview.people.interviewees.map((p) => [p.name, p.role]);
    expect(roles).toEqual([
      ['Nadia Brook', 'director of the Wye Trust'],
      ['Owen Pike', "chair of the anglers' federation"],
      ['Lisa Moor', 'head of water quality at the county council'],
    ]);
  });

  it("leaves a Minister who answers Members' questions (no witness) an interviewee", () => {
    const { interview } = importOk(`Oral Answers to Questions
Photo of Ruth Hale Ruth Hale Labour, Bristol South
What steps is the Department taking to clean up the Severn?
Photo of Tom Ashby Tom Ashby Minister of State (Environment)
We have doubled the number of inspections this year.
Photo of Ruth Hale Ruth Hale Labour, Bristol South
Will the Minister publish the results for each river?
Photo of Tom Ashby Tom Ashby Minister of State (Environment)
We will, every quarter, starting in June.`);
    expect(interview.people.interviewers.map((p) => p.name)).toEqual(['Ruth Hale']);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Tom Ashby']);
    expect(answers(interview)).toEqual([
      'We have doubled the number of inspections this year.',
      'We will, every quarter, starting in June.',
    ]);
  });
});

describe('a team named before its player in the lead', { timeout: 30_000 }, () => {
  const page = (lead: string) => `Klatovský týdeník
Sport
Hokej hraje patnáct let. Teď nastupuje Tomáš Beneš i za tým Truhlářství Novák
3. října 2022  09:40
${lead}
1. Kdy jste začal hrát hokej?
V pěti letech, na rybníku za domem.
2. Co vás na turnaji čeká?
Hlavně zápasy s kluky z dílny a dobrá nálada.
3. Komu budete fandit?
Všem, kdo hrají poctivě.`;

  it('names the player, not the team ("za tým Truhlářství Novák")', () => {
    const { interview } = importOk(
      page(
        'Firemní liga je tu znovu. Za tým Truhlářství Novák nastoupí i Tomáš Beneš, který hraje za místní klub od žáků.',
      ),
    );
    expect(interview.people.interviewees.map((p) => [p.name, p.role])).toEqual([
      ['Tomáš Beneš', undefined],
    ]);
  });

  it('still names a captain written after his team ("kapitán týmu Tomáš Beneš"), his role after', () => {
    const { interview } = importOk(
      page(
        'Firemní liga je tu znovu. Na otázky odpověděl kapitán týmu Tomáš Beneš, vedoucí truhlářské dílny.',
      ),
    );
    expect(interview.people.interviewees.map((p) => [p.name, p.role])).toEqual([
      ['Tomáš Beneš', 'vedoucí truhlářské dílny'],
    ]);
  });
});

describe('a headline and its lead opening on the same name, in Thai', { timeout: 30_000 }, () => {
  const page = (lead: string) => `ข่าวฟุตบอล
ผลบอล
ตารางคะแนน
ไฮไลท์ฟุตบอล
ดาเนียล เฟรเซอร์ ตอบคำถามแฟนบอลแบบสั้นๆ ก่อนเกมใหญ่
${lead}
ถาม : คุณชอบอาหารไทยไหม? ตอบ : ชอบมาก โดยเฉพาะต้มยำกุ้ง ถาม : ใครคือนักเตะที่คุณชื่นชมที่สุด? ตอบ : พ่อของผมเอง เขาสอนผมทุกอย่าง ถาม : คุณจะกลับมาเล่นในลีกนี้อีกไหม? ตอบ : ถ้ามีโอกาสก็อยากกลับมา ถาม : เป้าหมายฤดูกาลนี้คืออะไร? ตอบ : ยิงให้ได้สิบประตูและช่วยทีมคว้าแชมป์ให้ได้ ถาม : วันหยุดคุณชอบทำอะไร? ตอบ : ตกปลากับเพื่อนๆ ที่ทะเลสาบใกล้บ้าน ถาม : ฝากอะไรถึงแฟนบอลหน่อย? ตอบ : ขอบคุณที่มาเชียร์ทุกนัด แล้วเจอกันที่สนามครับ`;

  it('names the guest by the words both open on', () => {
    const { interview } = importOk(
      page(
        'ดาเนียล เฟรเซอร์ กองกลางตัวเก่งของทีม ใช้เวลาว่างก่อนเกมใหญ่ตอบคำถามจากแฟนบอลทางบ้านแบบสบายๆ ทั้งเรื่องอาหาร ครอบครัว และอนาคตของเขาในลีก ไปอ่านกันได้เลย',
      ),
    );
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['ดาเนียล เฟรเซอร์']);
  });

  it('names no one where they share only their first word', () => {
    const { interview } = importOk(
      page(
        'ดาเนียล กองกลางตัวเก่งของทีม ใช้เวลาว่างก่อนเกมใหญ่ตอบคำถามจากแฟนบอลทางบ้านแบบสบายๆ ทั้งเรื่องอาหาร ครอบครัว และอนาคตของเขาในลีก ไปอ่านกันได้เลย',
      ),
    );
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Interviewee']);
  });
});

// The Thai page's headline was read as intro (titled "Interview with …") and its date, in the
// Buddhist era a Thai page counts years in (2561 is 2018), unread.
describe("a Thai page's headline over its Buddhist-era date line", { timeout: 30_000 }, () => {
  const page = (date: string) => `ข่าวฟุตบอล
ผลบอล
ตารางคะแนน
ดาเนียล เฟรเซอร์ ตอบคำถามแฟนบอลแบบสั้นๆ ก่อนเกมใหญ่
${date}
ดาเนียล เฟรเซอร์ กองกลางตัวเก่งของทีม ใช้เวลาว่างก่อนเกมใหญ่ตอบคำถามจากแฟนบอลทางบ้านแบบสบายๆ ไปอ่านกันได้เลย
ถาม : คุณชอบอาหารไทยไหม? ตอบ : ชอบมาก โดยเฉพาะต้มยำกุ้ง ถาม : ใครคือนักเตะที่คุณชื่นชมที่สุด? ตอบ : พ่อของผมเอง เขาสอนผมทุกอย่าง ถาม : คุณจะกลับมาเล่นในลีกนี้อีกไหม? ตอบ : ถ้ามีโอกาสก็อยากกลับมา ถาม : เป้าหมายฤดูกาลนี้คืออะไร? ตอบ : ยิงให้ได้สิบประตูและช่วยทีมคว้าแชมป์ให้ได้ ถาม : วันหยุดคุณชอบทำอะไร? ตอบ : ตกปลากับเพื่อนๆ ที่ทะเลสาบใกล้บ้าน ถาม : ฝากอะไรถึงแฟนบอลหน่อย? ตอบ : ขอบคุณที่มาเชียร์ทุกนัด แล้วเจอกันที่สนามครับ`;

  it('reads the date (2561 is 2018) and titles the interview by the headline', () => {
    const { interview, dropped } = importOk(page('3 ก.พ. 2561 09:40 น. | เข้าชม 1,208'));
    expect(interview.published).toBe('2018-02-03');
    expect(interview.title).toBe('ดาเนียล เฟรเซอร์ ตอบคำถามแฟนบอลแบบสั้นๆ ก่อนเกมใหญ่');
    expect(dropped).toContain('3 ก.พ. 2561 09:40 น. | เข้าชม 1,208');
    expect(interview.intro.join(' ')).not.toContain('ตอบคำถามแฟนบอลแบบสั้นๆ ก่อนเกมใหญ่');
  });

  it('reads a month written out, and a year already counted from Christ as it is', () => {
    expect(importOk(page('3 กุมภาพันธ์ 2018')).interview.published).toBe('2018-02-03');
  });

  // Near miss: a Thai line with a number and a month's letters in it, not a date, stays text.
  it('leaves a line that is not a date in the intro', () => {
    const { interview } = importOk(page('ฤดูกาล 2561 เขายิงไป 12 ประตู'));
    expect(interview.published).toBeUndefined();
    expect(interview.intro.join(' ')).toContain('ฤดูกาล 2561 เขายิงไป 12 ประตู');
  });
});

describe('a byline naming the interviewer in capitals', { timeout: 30_000 }, () => {
  const page = (byline: string) => `Tuesday, May 7, 2013
LUGHA YETU NI DARAJA LA DUNIA
${byline}
SWALI: Habari za siku nyingi, Bi Rehema?
REHEMA SALIM: Nzuri sana, karibu nyumbani.
SWALI: Ulianza lini kufundisha Kiswahili?
REHEMA SALIM: Mwaka elfu mbili na tano, hapa mjini.
SWALI: Una ushauri gani kwa wanafunzi wapya?
REHEMA SALIM: Wasome kila siku na wasiogope kuongea.`;

  it('writes the name as a person writes it ("NA" / "AMOSI KILEO")', () => {
    const { interview } = importOk(page('NA\nAMOSI KILEO'));
    expect(interview.people.interviewers.map((p) => p.name)).toEqual(['Amosi Kileo']);
    expect(interview.byline?.map((a) => a.name)).toEqual(['Amosi Kileo']);
  });

  it('leaves a name the byline writes in mixed case as written ("By Amosi McKileo")', () => {
    const { interview } = importOk(page('By Amosi McKileo'));
    expect(interview.people.interviewers.map((p) => p.name)).toEqual(['Amosi McKileo']);
  });
});

describe("a fan blog's post title with its tag and issue", { timeout: 30_000 }, () => {
  const post = (title: string) => `sakura-ph subs
Mga salin ng mga panayam sa Tagalog
Monday, March 2, 2015
${title}
Date of Interview: 2015.02.20
Interviewee: Hoshino Ren
Language: Tagalog
Q: Ano ang paborito mong pagkain tuwing taglamig?
A: Nabe, lalo na kapag kasama ang buong grupo. (^_^)
Q: Sino ang pinakamaingay sa inyo?
A: Siguro ako. Pero ayaw nilang aminin na sila rin.
Q: Ano ang gusto mong sabihin sa mga fans?
A: Salamat sa paghihintay. Magkita tayo sa tour!
Posted by ate_mika at 9:15 PM
Labels: magazine, Hoshino Ren
No comments:
Post a Comment`;

  it('titles the interview by it ("[TRANSLATIONS] Magazine: … (2015.03)")', () => {
    const { interview } = importOk(
      post('[TRANSLATIONS] Magazine: Hoshino Ren – Winter Song (2015.03)'),
    );
    expect(interview.title).toBe('[TRANSLATIONS] Magazine: Hoshino Ren – Winter Song (2015.03)');
  });

  it('keeps the profile lines together in the intro, none a section heading', () => {
    const { interview } = importOk(
      post('[TRANSLATIONS] Magazine: Hoshino Ren – Winter Song (2015.03)'),
    );
    // The importer's one section, labelled in the interview's language (Tagalog: "Panayam").
    expect(interview.sections.map((s) => s.heading)).toEqual(['Panayam']);
    expect(interview.intro.join('\n')).toContain('Language: Tagalog');
  });

  it('still reads a tag over the headline as a kicker, the line under it the title', () => {
    const { interview } = importOk(
      `[INTERVIEW] Part two\nHoshino Ren on the tour and the sea\n${post('').split('\n').slice(4).join('\n')}`,
    );
    expect(interview.title).toBe('Hoshino Ren on the tour and the sea');
  });
});

describe('a heading over the first question under a caption line', { timeout: 30_000 }, () => {
  it('stays a heading ("Photo: …" over "Part One: Winter")', () => {
    const { interview } = importOk(`Hoshino Ren on the tour and the sea
Interviewee: Hoshino Ren
Photo: Aki Mori
Part One: Winter
Q: Ano ang paborito mong pagkain tuwing taglamig?
A: Nabe, lalo na kapag kasama ang buong grupo.
Q: Sino ang pinakamaingay sa inyo?
A: Siguro ako. Pero ayaw nilang aminin na sila rin.`);
    expect(interview.sections.map((s) => s.heading)).toEqual(['Part One: Winter']);
  });
});

describe(
  'a short headline over a "NAME: …" standfirst and the date line',
  { timeout: 30_000 },
  () => {
    const page = (
      top: string,
      standfirst = 'our reserves will last the winter',
      footer = '',
    ) => `${top}
Grid chief Anna Berg: ${standfirst}
Monday, 3 October 2022

Q: How full are the stores?
A: Ninety per cent, more than last year.

Q: What if January is very cold?
A: Then we buy from our neighbours, as we did in 2018.${footer}`;

    it('keeps it as the title where the line under it says its words again', () => {
      const { dropped, interview } = importOk(page('Winter Is Coming'));
      expect(dropped).toEqual(['Monday, 3 October 2022']);
      expect(interview.title).toBe('Winter Is Coming');
    });

    // A short headline sharing no word with the line under it was dropped as a site's name.
    it('keeps it as the title where it shares no word with the line under it', () => {
      const { dropped, interview } = importOk(page('Ready for Winter', 'the cold months'));
      expect(dropped).toEqual(['Monday, 3 October 2022']);
      expect(interview.title).toBe('Ready for Winter');
    });

    it("still drops a site's name there that the page names again (its copyright line)", () => {
      const { dropped } = importOk(
        page('Nordic Energy Daily', undefined, '\n\n© 2022 Nordic Energy Daily'),
      );
      expect(dropped).toEqual([
        'Nordic Energy Daily',
        'Monday, 3 October 2022',
        '© 2022 Nordic Energy Daily',
      ]);
    });
  },
);
