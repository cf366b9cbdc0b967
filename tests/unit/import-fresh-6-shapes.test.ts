import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Rules prompted by the fresh-6 pages (tests/fixtures/import/fresh-6): each is
// checked here on text of its own, as a caller of importArticle sees it.

describe('furniture around the interview', () => {
  it("drops a site's menu bar that opens with a menu word, in any language", () => {
    const { interview, dropped } = importOk(`Home Nieuws Regio Sport Amateurvoetbal Show Podcasts
Zprávy Sport Fotbal Hokej Kultura Krimi Podcasty
Home Sweet Home Tour Dates Announced
Hoe was het seizoen?
Heel goed.
Wat komt er nu?
Rust.`);
    expect(dropped).toEqual([
      'Home Nieuws Regio Sport Amateurvoetbal Show Podcasts',
      'Zprávy Sport Fotbal Hokej Kultura Krimi Podcasty',
    ]);
    expect(questions(interview)).toEqual([['Hoe was het seizoen?'], ['Wat komt er nu?']]);
  });

  it('drops a breadcrumb from the home page and a media player’s links and embed code', () => {
    const { interview, dropped } = importOk(`Accueil > Vie de l'école > Nos rencontres
Station logo
  • Download
  • <iframe src="" width="100%" height="290" title="audio player">
  • Transcript
Pourquoi êtes-vous devenu maire ?
Par goût des autres.
Depuis quand ?
Depuis toujours.`);
    expect(dropped).toEqual([
      "Accueil > Vie de l'école > Nos rencontres",
      'Station logo',
      '• Download',
      '• <iframe src="" width="100%" height="290" title="audio player">',
      '• Transcript',
    ]);
    expect(answers(interview)).toEqual(['Par goût des autres.', 'Depuis toujours.']);
  });
});
