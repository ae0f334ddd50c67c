// The bench's "distinct searches": two words from a staff vocabulary, a pair nobody searched before
// in this run (so no stored page and no warm cache of that query helps). Base forms, as people type
// them. About two thirds of the words occur in the scale data set (so most pairs find ideas and
// have to be ranked or paged), the rest are municipal words it does not contain.

const inScaleData = [
  'päiväkoti',
  'koulu',
  'kirjasto',
  'uimahalli',
  'keittiö',
  'siivous',
  'asiakaspalvelu',
  'laskutus',
  'rekrytointi',
  'kaavoitus',
  'puisto',
  'arkisto',
  'ruokapalvelu',
  'liikuntapaikka',
  'nuorisotila',
  'sähköinen',
  'ajanvaraus',
  'automaattinen',
  'raportointi',
  'mobiilisovellus',
  'yhteinen',
  'tietojärjestelmä',
  'digitaalinen',
  'perehdytys',
  'energiansäästö',
  'kierrätys',
  'tehostaminen',
  'palautekanava',
  'lomake',
  'sähköistäminen',
  'työvuorosuunnittelu',
  'hävikki',
  'vähentäminen',
  'etäasiointi',
  'tapa',
  'aika',
  'virhe',
  'asukas',
  'kokeilu',
  'yksikkö',
  'säästö',
  'käsityö',
  'ratkaisu',
  'naapurikunta',
  'henkilöstö',
  'työhyvinvointi',
  'tieto',
  'paperi',
  'ongelma',
  'idea',
  'tietosuoja',
  'verkkoyhteys',
  'järjestelmä',
  'sijainen',
  'älypuhelin',
  'viikonloppu',
  'toimipiste',
  'kokemus',
  'käyttöönotto',
  'ruokahävikki',
  'hyvä',
  'meillä',
  'kauan',
  'toivottu',
  'muutos',
];
const notInScaleData = [
  'katu',
  'pysäköinti',
  'jäte',
  'kotihoito',
  'bussi',
  'silta',
  'lupa',
  'vesi',
  'ranta',
  'avain',
  'puhelin',
  'kenttä',
  'sauna',
  'lukio',
  'opettaja',
  'hoitaja',
  'lääke',
  'kuljetus',
  'risteys',
  'valaistus',
  'pyörätie',
  'lumityö',
  'kompostori',
  'vaippa',
  'lattia',
  'pyyhe',
  'hylly',
  'laina',
  'kokous',
  'rengas',
  'lampi',
  'kylpy',
  'tiski',
];

/** A small deterministic generator, so every run asks the same sequence. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** The vocabulary's ordered word pairs in a shuffled order: 9,702 searches before any repeats. */
export function distinctSearches(): () => string {
  const words = [...inScaleData, ...notInScaleData];
  const pairs = words.flatMap((first) =>
    words.filter((second) => second !== first).map((second) => `${first} ${second}`),
  );
  const random = seeded(2026);
  for (let index = pairs.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [pairs[index], pairs[other]] = [pairs[other]!, pairs[index]!];
  }
  let next = 0;
  return () => pairs[next++ % pairs.length]!;
}
