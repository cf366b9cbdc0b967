import { describe, expect, it } from 'vitest';
import { importOk } from '../support/import-outcome';

// Session 33's second round (importer2): the leftovers of the first, each re-typed in our own
// words with its names changed.

describe(
  'a headline in a script without capitals, over the lead that says its words again',
  { timeout: 30_000 },
  () => {
    const page = (top: string[], questions: [string, string][]) =>
      [...top, ...questions.flat()].join('\n\n');

    const arabic = (headline: string) =>
      page(
        [
          headline,
          'نشر في الصباح يوم 03 - 05 - 2015',
          'بعد عشرين عاما في خدمة النادي أعلن المدرب خالد ناصر القحطاني اعتزاله التدريب، وفي حوار الوداع مع الصباح تحدث عن مشواره الطويل وعن لحظاته الأجمل والأصعب مع اللاعبين والجماهير.',
        ],
        [
          ['لماذا قررت الاعتزال الآن ؟', 'شعرت أن الوقت قد حان، فالجيل الجديد يستحق فرصته كاملة.'],
          ['ما أجمل لحظة في مشوارك ؟', 'الفوز بالكأس الأولى أمام جمهورنا في الموسم الثاني.'],
          ['وماذا بعد ؟', 'سأرتاح قليلا مع أسرتي ثم أفكر في الخطوة التالية.'],
        ],
      );

    it('Arabic: the line over the date and the lead titles the page', () => {
      const headline = 'القحطاني في حوار الوداع: تركت الملعب وفي قلبي شيء من الحنين';
      const { interview } = importOk(arabic(headline));
      expect(interview.title).toBe(headline);
      expect(interview.intro.join('\n')).not.toContain(headline);
    });

    it('Arabic: a first line closing its sentence is the lead, not a headline (near miss)', () => {
      const line = 'تحدث المدرب القحطاني إلى الصباح عن اعتزاله بعد عشرين عاما.';
      const { interview } = importOk(arabic(line));
      expect(interview.title).not.toBe(line);
      expect(interview.intro).toContain(line);
    });

    const thai = (first: string) =>
      page(
        [
          first,
          '14 พ.ย. 2561 10:25 น. | เข้าชม 2,140',
          'สมชาย ใจดี กองหน้าทีมชาติไทย ใช้เวลาหลังการซ้อมตอบคำถามแฟนบอลที่ส่งเข้ามาทางเพจของสโมสร ทั้งเรื่องอนาคตในทีมชาติและเรื่องส่วนตัวที่แฟนบอลอยากรู้มานาน',
        ],
        [
          ['คุณจะย้ายไปเล่นในยุโรปไหม?', 'ตอนนี้ผมมีความสุขกับสโมสร แต่ถ้ามีโอกาสก็อยากลองดูสักครั้ง'],
          ['นักเตะที่คุณชื่นชมที่สุดคือใคร?', 'พี่ๆ ในทีมชาติทุกคน เพราะพวกเขาสอนผมหลายอย่าง'],
          ['วันหยุดคุณทำอะไร?', 'อยู่บ้านกับครอบครัว และเล่นเกมกับน้องชาย'],
        ],
      );

    it('Thai: the line over the date and the lead titles the page', () => {
      const headline = 'สมชาย ใจดี ตอบคำถามแฟนบอลแบบสั้นๆ ทั้งเรื่องอนาคตและเรื่องส่วนตัว';
      const { interview } = importOk(thai(headline));
      expect(interview.title).toBe(headline);
    });

    it('Thai: a long first line is a lead without a stop, not a headline (near miss)', () => {
      const line =
        'สมชาย ใจดี กองหน้าทีมชาติไทยวัยยี่สิบสองปีจากสโมสรในภาคเหนือ ได้รับเลือกให้ติดทีมชาติชุดใหญ่เป็นครั้งแรกในชีวิตเมื่อต้นเดือนที่ผ่านมา';
      const { interview } = importOk(thai(line));
      expect(interview.title).not.toBe(line);
      expect(interview.intro).toContain(line);
    });

    const hebrew = (first: string) =>
      page(
        [
          first,
          'מאת: נועה לוי',
          'בחודש שעבר זכתה נבחרת השחמט של בית ספרנו באליפות הארצית בפעם הראשונה. לכבוד הזכייה שוחחנו עם שניים משחקני הנבחרת כדי לשמוע איך הם התכוננו.',
        ],
        [
          ['איך התחלתם לשחק שחמט?', 'סבא שלי לימד אותי כשהייתי בן שש.'],
          ['כמה שעות אתם מתאמנים בשבוע?', 'בערך עשר שעות, לפעמים יותר לפני תחרות.'],
          ['מה הלאה?', 'אליפות אירופה לבתי ספר בקיץ.'],
        ],
      );

    it('Hebrew: the line over the byline and the lead titles the page', () => {
      const headline = 'כל מה שרציתם לדעת על הזכייה של נבחרת השחמט באליפות';
      const { interview } = importOk(hebrew(headline));
      expect(interview.title).toBe(headline);
    });

    it('Hebrew: a first line sharing no word with the lead is no headline (near miss)', () => {
      const line = 'העיתון של תלמידי התיכון העירוני ברחובות מאז שנת אלפיים';
      const { interview } = importOk(hebrew(line));
      expect(interview.title).not.toBe(line);
    });

    const chinese = (first: string) =>
      page(
        [
          first,
          '本报记者日前专访了建筑师林海。他在这座城市工作了二十年,谈起城市这些年的变化,他说这座城市教会了他耐心,也让他学会了在合适的时候放手。',
        ],
        [
          ['问:你为什么选择留在这座城市?', '答:因为这里的人。我的第一个项目就是为街坊邻居设计的。'],
          ['问:最难忘的项目是哪一个?', '答:老城区的图书馆,我们花了五年才完成。'],
          ['问:接下来有什么计划?', '答:想带学生们去做一些乡村的小建筑。'],
        ],
      );

    it('Chinese: the line over the lead titles the page', () => {
      const headline = '专访建筑师林海:这座城市教会我耐心,也教会我在合适的时候放手';
      const { interview } = importOk(chinese(headline));
      expect(interview.title).toBe(headline);
    });

    it('Chinese: a first line closing its sentence is the lead, not a headline (near miss)', () => {
      const line = '林海在这座城市工作了二十年,设计过学校、图书馆和桥。';
      const { interview } = importOk(chinese(line));
      expect(interview.title).not.toBe(line);
      expect(interview.intro).toContain(line);
    });
  },
);

describe(
  "an archive's transcript in its newer layout: the event line over the holder's photo, a link between the name and the record",
  { timeout: 30_000 },
  () => {
    const chrome = [
      'Speech Archive',
      'Transcripts from the Prime Ministers of Eastland',
      'Transcript 40512',
    ];
    const record = [
      'Period of Service: 03/05/2011 to 01/06/2019',
      'More information about Lowe, Harriet on the State Library website.',
      'Release Date: 25/10/2013',
      'Release Type: Interview',
      'Transcript ID: 40512',
    ];
    const turns = [
      'HOST: Prime Minister, good morning and welcome to the show.',
      'PM: Good morning, Sam. Good to be back.',
      'HOST: Will the ferry fares go up this summer?',
      'PM: Not this year. We froze them in the spring budget and they stay frozen.',
      'HOST: And when will the new boats arrive?',
      'PM: The first in March, the second before winter.',
    ];
    const event = 'Transcript of interview with Sam Reed, Radio East';

    it("is titled by the event line, the guest is the holder, the archive's lines are listed", () => {
      const { interview, dropped } = importOk(
        [...chrome, event, 'Photo of Lowe, Harriet', 'Lowe, Harriet', ...record, ...turns].join(
          '\n\n',
        ),
      );
      expect(interview.title).toBe(event);
      expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Harriet Lowe']);
      expect(interview.published).toBe('2013-10-25');
      expect(interview.intro).toEqual([]);
      for (const line of [...chrome, 'Photo of Lowe, Harriet', 'Lowe, Harriet', ...record])
        expect(dropped).toContain(line);
    });

    it("a photo's line over a name with no record under it is no archive's (near miss)", () => {
      const { interview } = importOk(
        [
          event,
          'Photo of Lowe, Harriet',
          'Lowe, Harriet',
          'Harriet Lowe spoke to Sam Reed on the morning the new ferry timetable was announced.',
          ...turns,
        ].join('\n\n'),
      );
      expect(interview.intro).toContain('Photo of Lowe, Harriet');
      expect(interview.intro).toContain('Lowe, Harriet');
    });
  },
);

describe(
  "a Substack post's publication: the newsletter, not its author",
  { timeout: 30_000 },
  () => {
    const post = (top: string[], thanks: string) =>
      [
        ...top,
        '6 questions for Ines Calder',
        'On night shifts, notebooks and finishing things',
        'Marcus Bellweather',
        'Apr 2, 2024',
        'Ines Calder writes Lamplight, a monthly letter about drawing at night. I asked her my usual questions.',
        'Why a newsletter? I wanted a place to post drawings that did not vanish after a day.',
        'When do you draw? After midnight, mostly, when the house is quiet.',
        "What's next? A small book of the night drawings, if the printer agrees.",
        thanks,
        'Discussion about this post',
        '© 2024 Marcus Bellweather',
        'Privacy ∙ Terms ∙ Collection notice',
        'Substack is the home for great culture',
      ].join('\n');

    it('is the name the subscribe line and the masthead give', () => {
      const { interview } = importOk(
        post(
          ['Quiet Rooms', 'Subscribe', 'Sign in'],
          'Thank you for reading Quiet Rooms! Subscribe for free to receive new posts and support my work.',
        ),
      );
      expect(interview.source.publication).toBe('Quiet Rooms');
    });

    it('a page naming no newsletter keeps its copyright line (near miss)', () => {
      const { interview } = importOk(post([], 'Thank you for reading this far!'));
      expect(interview.source.publication).toBe('Marcus Bellweather');
    });
  },
);
