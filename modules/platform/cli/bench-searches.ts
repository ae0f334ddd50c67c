// The bench's "distinct searches": two words from a staff vocabulary, as people type them (a base
// form, an inflected form or a half-typed word), two different words each time. No pair of words
// comes back, in either order, before every other pair has been asked: 28,485 searches, so
// nothing repeats within a minute below about 470 searches a second (no stored page and no warm
// cache of that query helps). About three quarters of the words occur in the scale data set (so
// most pairs find ideas and have to be ranked or paged), the rest are municipal words it does not
// contain.

/** Each word as people type it: base form first, then inflected or half-typed forms. */
const inScaleData = [
  ['päiväkoti', 'päiväkodin', 'päiväkodeissa'],
  ['koulu', 'koulun', 'kouluissa'],
  ['kirjasto', 'kirjaston', 'kirjas'],
  ['uimahalli', 'uimahallin'],
  ['keittiö', 'keittiön', 'keittiöissä'],
  ['siivous', 'siivouksen', 'siivo'],
  ['asiakaspalvelu', 'asiakaspalvelun', 'asiakaspal'],
  ['laskutus', 'laskutuksen', 'lasku'],
  ['rekrytointi', 'rekrytoinnin', 'rekry'],
  ['kaavoitus', 'kaavoituksen'],
  ['puisto', 'puistojen', 'puistot'],
  ['arkisto', 'arkiston'],
  ['ruokapalvelu', 'ruokapalvelun', 'ruokapalvelut'],
  ['liikuntapaikka', 'liikuntapaikkojen', 'liikuntapaikat'],
  ['nuorisotila', 'nuorisotilojen', 'nuorisotilat'],
  ['sähköinen', 'sähköisen', 'sähköiset'],
  ['ajanvaraus', 'ajanvarauksen', 'ajanvar'],
  ['automaattinen', 'automaattisen', 'automaat'],
  ['raportointi', 'raportoinnin', 'raportit'],
  ['mobiilisovellus', 'mobiilisovelluksen', 'mobiili'],
  ['yhteinen', 'yhteisen', 'yhteiset'],
  ['tietojärjestelmä', 'tietojärjestelmän', 'tietojärjestelmät'],
  ['digitaalinen', 'digitaalisen', 'digitaalisia'],
  ['perehdytys', 'perehdytyksen', 'perehdy'],
  ['energiansäästö', 'energiansäästön', 'energia'],
  ['kierrätys', 'kierrätyksen', 'kierrätystä'],
  ['tehostaminen', 'tehostamisen', 'tehostamista'],
  ['palautekanava', 'palautekanavan', 'palaute'],
  ['lomake', 'lomakkeiden', 'lomakkeet'],
  ['sähköistäminen', 'sähköistämisen'],
  ['työvuorosuunnittelu', 'työvuorosuunnittelun', 'työvuoro'],
  ['hävikki', 'hävikin'],
  ['vähentäminen', 'vähentämisen'],
  ['etäasiointi', 'etäasioinnin', 'etäasiointia'],
  ['tapa', 'tavan', 'tavat'],
  ['aika', 'ajan', 'aikaa'],
  ['virhe', 'virheitä', 'virheet'],
  ['asukas', 'asukkaat', 'asukkaiden'],
  ['kokeilu', 'kokeilun', 'kokeiluja'],
  ['yksikkö', 'yksikössä', 'yksiköstä'],
  ['säästö', 'säästöt', 'säästöä'],
  ['käsityö', 'käsityön'],
  ['ratkaisu', 'ratkaisun', 'ratkaisut'],
  ['naapurikunta', 'naapurikunnassa', 'naapurikunnat'],
  ['henkilöstö', 'henkilöstön'],
  ['työhyvinvointi', 'työhyvinvoinnin', 'työhyvinvointia'],
  ['tieto', 'tiedot', 'tietoa'],
  ['paperi', 'paperilla', 'paperit'],
  ['ongelma', 'ongelmat', 'ongelmia'],
  ['idea', 'ideat', 'ideoita'],
  ['tietosuoja', 'tietosuojan'],
  ['verkkoyhteys', 'verkkoyhteyden', 'verkkoyhteydet'],
  ['järjestelmä', 'järjestelmän', 'järjestelmät'],
  ['sijainen', 'sijaisen', 'sijaiset'],
  ['älypuhelin', 'älypuhelimella', 'älypuhelimet'],
  ['viikonloppu', 'viikonloppuisin', 'viikonloput'],
  ['toimipiste', 'toimipisteessä', 'toimipisteet'],
  ['kokemus', 'kokemuksia', 'kokemukset'],
  ['käyttöönotto', 'käyttöönoton'],
  ['ruokahävikki', 'ruokahävikin'],
  ['hyvä', 'hyvää', 'hyvät'],
  ['meillä'],
  ['kauan'],
  ['toivottu', 'toivottuja'],
  ['muutos', 'muutokset', 'muutoksen'],
];
const notInScaleData = [
  ['katu', 'kadun', 'kaduilla'],
  ['pysäköinti', 'pysäköinnin'],
  ['jäte', 'jätteet', 'jätteiden'],
  ['kotihoito', 'kotihoidon'],
  ['bussi', 'bussit'],
  ['silta', 'sillan'],
  ['lupa', 'luvat'],
  ['vesi', 'veden'],
  ['ranta', 'rannan'],
  ['avain', 'avaimet'],
  ['puhelin', 'puhelimet'],
  ['kenttä', 'kentän'],
  ['sauna'],
  ['lukio', 'lukiossa'],
  ['opettaja', 'opettajat'],
  ['hoitaja', 'hoitajien'],
  ['lääke', 'lääkkeet'],
  ['kuljetus', 'kuljetukset'],
  ['risteys', 'risteyksessä'],
  ['valaistus'],
  ['pyörätie', 'pyörätiet'],
  ['lumityö', 'lumityöt'],
  ['kompostori'],
  ['vaippa', 'vaipat'],
  ['lattia'],
  ['pyyhe', 'pyyhkeet'],
  ['hylly', 'hyllyt'],
  ['laina'],
  ['kokous', 'kokoukset'],
  ['rengas', 'renkaat'],
  ['lampi'],
  ['kylpy'],
  ['tiski', 'tiskit'],
];

/** A small deterministic generator, so every run asks the same sequence. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * Pairs of two different words' forms, each unordered pair once, shuffled, and written in a
 * random order: 28,485 searches before the first repeat.
 */
export function distinctSearches(): () => string {
  const forms = [...inScaleData, ...notInScaleData].flatMap((word, lemma) => word.map((form) => ({ form, lemma })));
  const random = seeded(2026);
  const pairs = forms.flatMap((first, index) =>
    forms
      .slice(index + 1)
      .filter((second) => second.lemma !== first.lemma)
      .map((second) => (random() < 0.5 ? `${first.form} ${second.form}` : `${second.form} ${first.form}`)),
  );
  for (let index = pairs.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [pairs[index], pairs[other]] = [pairs[other]!, pairs[index]!];
  }
  let next = 0;
  return () => pairs[next++ % pairs.length]!;
}
