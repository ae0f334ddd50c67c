import { describe, expect, it } from 'vitest';
import { IdeaStatus } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { createUser } from '@/modules/platform/testing/factories';
import { finnishForms } from './finnish-forms';
import { listIdeas } from './list';

// Recall and precision of Finnish search (decision 0007): a base-form query must find the inflected
// forms an idea uses, consonant gradation included, and short queries must not match every word
// that merely starts the same way.

/** Base form (what people type) and an inflected form (what an idea says), from a municipality's work. */
const pairs: [string, string][] = [
  // The cases the issue named.
  ['katu', 'kadun'],
  ['tapa', 'tavan'],
  ['jalka', 'jalan'],
  ['pato', 'padon'],
  ['tuki', 'tuen'],
  ['sota', 'sodan'],
  ['kylpy', 'kylvyn'],
  ['hattu', 'hatun'],
  ['kenttä', 'kentän'],
  ['tiski', 'tiskin'],
  // Streets and transport.
  ['katu', 'kaduilla'],
  ['silta', 'sillan'],
  ['tie', 'tiellä'],
  ['pyörätie', 'pyörätiellä'],
  ['bussi', 'bussilla'],
  ['pysäkki', 'pysäkillä'],
  ['liikenne', 'liikenteen'],
  ['kuljetus', 'kuljetuksen'],
  ['matka', 'matkan'],
  ['auto', 'autoilla'],
  ['rata', 'radan'],
  ['risteys', 'risteyksessä'],
  // Schools.
  ['koulu', 'kouluissa'],
  ['luokka', 'luokan'],
  ['opettaja', 'opettajien'],
  ['oppilas', 'oppilaiden'],
  ['lukio', 'lukiossa'],
  ['tunti', 'tunnin'],
  ['välitunti', 'välitunnilla'],
  ['kirja', 'kirjoja'],
  // Kitchens.
  ['keittiö', 'keittiössä'],
  ['ruoka', 'ruoan'],
  ['lautanen', 'lautasia'],
  ['astia', 'astioiden'],
  ['leipä', 'leivän'],
  ['hävikki', 'hävikin'],
  ['uuni', 'uunissa'],
  // Day care.
  ['päiväkoti', 'päiväkodin'],
  ['lapsi', 'lapsen'],
  ['ryhmä', 'ryhmässä'],
  ['piha', 'pihalla'],
  ['leikki', 'leikin'],
  ['vaippa', 'vaipan'],
  // Home care.
  ['kotihoito', 'kotihoidon'],
  ['hoitaja', 'hoitajien'],
  ['asiakas', 'asiakkaan'],
  ['käynti', 'käynnit'],
  ['lääke', 'lääkkeet'],
  ['apu', 'avun'],
  // Cleaning.
  ['siivous', 'siivouksen'],
  ['lattia', 'lattiat'],
  ['pyyhe', 'pyyhkeet'],
  ['moppi', 'mopin'],
  ['imuri', 'imurilla'],
  // Waste.
  ['jäte', 'jätteen'],
  ['roska', 'roskat'],
  ['kierrätys', 'kierrätyksen'],
  ['jäteastia', 'jäteastioiden'],
  ['kompostori', 'kompostorin'],
  ['paperi', 'paperit'],
  // Parking.
  ['pysäköinti', 'pysäköinnin'],
  ['parkkipaikka', 'parkkipaikan'],
  ['lupa', 'luvan'],
  ['halli', 'hallissa'],
  ['sakko', 'sakon'],
  // Libraries.
  ['kirjasto', 'kirjastossa'],
  ['laina', 'lainat'],
  ['hylly', 'hyllyt'],
  ['lehti', 'lehden'],
  ['tapahtuma', 'tapahtumassa'],
  // Everything else a town does.
  ['kokous', 'kokouksessa'],
  ['työ', 'työssä'],
  ['vuoro', 'vuoron'],
  ['ranta', 'rannalla'],
  ['puisto', 'puistoissa'],
  ['lampi', 'lammen'],
  ['kaupunki', 'kaupungin'],
  ['rengas', 'renkaat'],
  ['puhelin', 'puhelimella'],
  ['vesi', 'veden'],
  ['käsi', 'käsien'],
  ['hammas', 'hampaat'],
  ['avain', 'avaimet'],
  ['sänky', 'sängyn'],
  ['kampa', 'kamman'],
  ['aika', 'ajan'],
  ['luku', 'luvun'],
  ['reikä', 'reiän'],
  ['henkilöstö', 'henkilöstön'],
  ['ikkuna', 'ikkunoissa'],
];

/**
 * What a query must NOT find. Decided: a query of fewer than five letters (after stemming) matches
 * only the forms of that word, never as a prefix — so `tapa` does not find `tapahtuma`, and a
 * three-letter start finds nothing it does not spell out. Longer words still match compounds.
 */
const unrelated: [query: string, texts: string[]][] = [
  ['tapa', ['Tapahtumat kirjastossa', 'Tapaturmien ehkäisy']],
  ['pato', ['Patologian näytteet']],
  ['tuki', ['Tukholman ystävyyskaupunki']],
  ['katu', ['Katumus ei korjaa mitään']],
  ['sota', ['Sotilaskodin kahvio']],
  ['kou', ['Koulun piha', 'Kouluissa ruokailu', 'Kouvolan malli']],
  ['kat', ['Katujen auraus', 'Kattojen korjaus', 'Kaupungin talous']],
  ['päi', ['Päiväkodin leikit', 'Päivittäinen raportti']],
  ['tie', ['Tietosuoja kuntoon', 'Tiedote asukkaille']],
];

/** A made-up word of random letters keeps this file's ideas apart from everything else in the shared database. */
function marker(): string {
  return Array.from({ length: 12 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
}

describe('Finnish search: inflected forms and consonant gradation', () => {
  const db = testDb();

  async function publish(titles: string[]) {
    const author = await createUser(db);
    await db.idea.createMany({
      data: titles.map((title) => ({
        title,
        body: 'Ehdotus kunnan työn kehittämiseksi.',
        authorId: author.id,
        status: IdeaStatus.PUBLISHED,
        publishedAt: new Date(),
      })),
    });
    const ideas = await db.idea.findMany({ where: { title: { in: titles } }, select: { id: true, title: true } });
    return new Map(ideas.map((idea) => [idea.title, idea.id]));
  }

  it('finds at least 95 % of 90 inflected forms by their base form, and every pair the issue named', async () => {
    const tag = marker();
    const titleOf = (inflected: string, index: number) => `Ehdotus ${index}: ${inflected} ${tag}`;
    const ids = await publish(pairs.map(([, inflected], index) => titleOf(inflected, index)));
    const missed: string[] = [];
    for (const [index, [base, inflected]] of pairs.entries()) {
      const found = (await listIdeas(db, null, { q: `${base} ${tag}` }, 'fi')).items.map((item) => item.id);
      if (!found.includes(ids.get(titleOf(inflected, index))!)) missed.push(`${base} → ${inflected}`);
    }
    expect(pairs.length).toBeGreaterThanOrEqual(60);
    expect(
      missed.filter((miss) => pairs.slice(0, 10).some(([base, inflected]) => miss === `${base} → ${inflected}`)),
    ).toEqual([]);
    expect((pairs.length - missed.length) / pairs.length, `missed: ${missed.join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('does not turn a short word or a three-letter start into a prefix of unrelated words', async () => {
    for (const [query, texts] of unrelated) {
      const tag = marker();
      const ids = await publish(texts.map((text) => `${text} ${tag}`));
      const found = (await listIdeas(db, null, { q: `${query} ${tag}` }, 'fi')).items.map((item) => item.title);
      expect(found, query).toEqual([]);
      // Each text is found by its own first word, so the check above is not vacuous.
      for (const text of texts) {
        const own = (await listIdeas(db, null, { q: `${text.split(' ')[0]} ${tag}` }, 'fi')).items.map(
          (item) => item.id,
        );
        expect(own, text).toContain(ids.get(`${text} ${tag}`));
      }
    }
  });

  it('generates forms in both grades, weak and strong', () => {
    expect(finnishForms('katu')).toEqual(expect.arrayContaining(['kadun', 'kaduilla', 'katuja']));
    expect(finnishForms('jalka')).toEqual(expect.arrayContaining(['jalan', 'jalkoja']));
    expect(finnishForms('kenttä')).toEqual(expect.arrayContaining(['kentän', 'kenttiä']));
    expect(finnishForms('rengas')).toEqual(expect.arrayContaining(['renkaan', 'renkaita']));
    expect(finnishForms('jäte')).toEqual(expect.arrayContaining(['jätteen', 'jätteet']));
    expect(finnishForms('aika')).toEqual(expect.arrayContaining(['ajan']));
  });
});
