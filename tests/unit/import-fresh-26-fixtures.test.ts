import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Rules prompted by the fresh-26 pages (tests/fixtures/import/fresh-26), session 32's fixtures
// helper: each is checked here on text of its own, as a caller of importArticle sees it. The first
// import loads the importer's modules: under load that takes seconds.

describe('labels in a script without capitals run into one paragraph', { timeout: 30_000 }, () => {
  it('splits "ถาม : … ตอบ : …" turns run into one long paragraph', () => {
    const { interview } = importOk(`ดาวเตะตอบคำถามแฟนบอล

นักเตะทีมชาติออกรายการโทรทัศน์ที่บ้านเกิดและเปิดให้แฟนบอลส่งคำถามสั้นๆ เข้ามา

ถาม : คุณชอบอาหารไทยไหม? ตอบ : ชอบมาก โดยเฉพาะต้มยำกุ้ง กินได้ทุกวันเลย ถาม : คุณตื่นนอนกี่โมง? ตอบ : ประมาณเจ็ดโมงเช้า แล้วก็ออกไปวิ่งกับสุนัขของผมรอบสวนสาธารณะใกล้บ้าน ถาม : ทีมไหนที่คุณกลัวที่สุด? ตอบ : ไม่มีทีมไหนที่ผมกลัว แต่ทุกทีมในลีกนี้เล่นหนักมากจริงๆ ถาม : วันหยุดคุณชอบทำอะไร? ตอบ : อยู่บ้านกับครอบครัว ดูหนัง แล้วก็ทำอาหารง่ายๆ กินกันเอง ถาม : ฝากอะไรถึงแฟนบอลหน่อย? ตอบ : ขอบคุณที่เชียร์เสมอ หวังว่าจะได้ไปเตะที่เมืองไทยสักครั้ง`);
    expect(questions(interview)).toEqual([
      ['คุณชอบอาหารไทยไหม?'],
      ['คุณตื่นนอนกี่โมง?'],
      ['ทีมไหนที่คุณกลัวที่สุด?'],
      ['วันหยุดคุณชอบทำอะไร?'],
      ['ฝากอะไรถึงแฟนบอลหน่อย?'],
    ]);
    expect(answers(interview)[0]).toBe('ชอบมาก โดยเฉพาะต้มยำกุ้ง กินได้ทุกวันเลย');
  });

  it('leaves a long paragraph whose word before a colon comes back but once alone', () => {
    const { interview } = importOk(`คุณเริ่มเล่นฟุตบอลเมื่อไร?

ตอนอายุแปดขวบ ที่โรงเรียนมีครูพละคนหนึ่งชื่อ ครูสมชาย : เขาสอนให้ผมเตะบอลด้วยเท้าซ้าย ผมฝึกทุกเย็นหลังเลิกเรียนจนมืด บางวันฝนตกก็ยังฝึก พ่อแม่เป็นห่วงมาก แต่ก็ไม่เคยห้าม ต่อมาครูสมชาย : พาผมไปคัดตัวเข้าทีมจังหวัด ผมติดทีมตั้งแต่ครั้งแรก แล้วก็ได้ไปแข่งที่กรุงเทพฯ เป็นครั้งแรกในชีวิต ตอนนั้นตื่นเต้นมากจนนอนไม่หลับทั้งคืน จำได้ว่าแม่ทำข้าวห่อให้ไปกินบนรถทัวร์ด้วย

ทำไมถึงเลือกตำแหน่งกองหน้า?

เพราะผมชอบยิงประตู`);
    expect(questions(interview)).toHaveLength(2);
    expect(answers(interview)[0]).toContain('ครูสมชาย : พาผมไป');
  });
});
