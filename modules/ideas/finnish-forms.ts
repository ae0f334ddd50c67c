// Inflected forms of a Finnish word, for search. PostgreSQL's Finnish stemmer does not undo
// consonant gradation (katu → katu, kadun → kadu; jalka → jalk, jalan → jala), so a search
// generates the common case forms of each word in both grades, lets the same stemmer reduce them,
// and matches the resulting stems exactly (decision 0007). Forms that do not exist in Finnish are
// harmless: their stems are either the real ones again or words no idea contains.

const vowels = 'aeiouyäö';
const isVowel = (letter: string | undefined) => letter !== undefined && vowels.includes(letter);

/** Strong → weak grade of the consonants before a stem's last vowel (katu → kadu, kenttä → kentä). */
const weakening: Record<string, string[]> = {
  kk: ['k'],
  pp: ['p'],
  tt: ['t'],
  nk: ['ng'],
  mp: ['mm'],
  lt: ['ll'],
  nt: ['nn'],
  rt: ['rr'],
  ht: ['hd'],
  lp: ['lv'],
  rp: ['rv'],
  lk: ['l', 'lj'],
  rk: ['r', 'rj'],
  hk: ['h', 'hj'],
  k: [''],
  p: ['v'],
  t: ['d'],
};

/** Weak → strong: the base form of rengas, jäte, puhelin is the weak one (renkaan, jätteen). */
const strengthening: Record<string, string[]> = {
  ng: ['nk'],
  mm: ['mp'],
  ll: ['lt', 'lk'],
  nn: ['nt'],
  rr: ['rt'],
  hd: ['ht'],
  lv: ['lp'],
  rv: ['rp'],
  lj: ['lk'],
  rj: ['rk'],
  hj: ['hk'],
  h: ['hk'],
  k: ['kk'],
  p: ['pp'],
  t: ['tt'],
  d: ['t'],
  v: ['p'],
};

/** Two vowels that may meet inside a syllable: long vowels and diphthongs. Elsewhere a k was lost (tue ← tuke). */
const diphthongs = /^(aa|ee|ii|oo|uu|yy|ää|öö|[aeouyäö]i|[aeio]u|[eiäö]y|ie|uo|yö)$/u;

/**
 * The stem with the consonants before its final vowels changed by the table: `kenttä` → `kentä`,
 * `tuke` → `tue`. A doubled consonant changes at the end of a longer cluster too (ntt → nt).
 */
function regrade(stem: string, table: Record<string, string[]>): string[] {
  const match = /^(.*[aeiouyäö])([^aeiouyäö]+)([aeiouyäö]+)$/u.exec(stem);
  if (!match) return [];
  const [, before, cluster, after] = match as unknown as [string, string, string, string];
  const doubled = cluster.slice(-2);
  const replacements =
    table[cluster] ??
    (doubled[0] === doubled[1] ? table[doubled]?.map((weak) => cluster.slice(0, -2) + weak) : undefined);
  return (replacements ?? []).map((replacement) => before + replacement + after);
}

function weaken(stem: string): string[] {
  const special = [
    // luku → luvun, kyky → kyvyn; aika → ajan, poika → pojan.
    ...(/uku$|yky$/u.test(stem) ? [`${stem.slice(0, -2)}v${stem.at(-1)}`] : []),
    ...(/[aeiouyäö]ik[aeiouyäö]$/u.test(stem) ? [`${stem.slice(0, -3)}j${stem.at(-1)}`] : []),
  ];
  return [...regrade(stem, weakening), ...special];
}

function strengthen(stem: string): string[] {
  const lostK = /^(.*[aeiouyäö])([aeiouyäö])$/u.exec(stem);
  if (lostK && !diphthongs.test(stem.slice(-2))) return [`${lostK[1]}k${lostK[2]}`];
  return regrade(stem, strengthening);
}

/** Stems ending in a vowel to which case endings attach, in both grades. */
function vowelStems(word: string): string[] {
  const last = word.at(-1);
  const stems: string[] = [];
  if (word.endsWith('nen')) stems.push(`${word.slice(0, -3)}se`);
  else if (/[^aeiouyäö]e$/u.test(word)) stems.push(`${word}e`, ...strengthen(word).map((strong) => `${strong}e`));
  else if (isVowel(last)) {
    // An -i word may keep its i (tiski: tiskin) or take e (tuki: tuen, lehti: lehden, vesi: veden).
    const bases =
      last === 'i'
        ? [word, `${word.slice(0, -1)}e`, ...(word.endsWith('si') ? [`${word.slice(0, -2)}de`] : [])]
        : [word];
    for (const base of bases) stems.push(base, ...weaken(base));
  } else if (last === 's') {
    // kokous → kokoukse-, rikkaus → rikkaude-, roskis → roskikse-; rengas → renkaa-, opas → oppaa-, kallis → kallii-.
    const open = word.slice(0, -1);
    stems.push(`${open}kse`);
    if (/[uy]s$/u.test(word)) stems.push(`${open}de`);
    if (/[aäei]s$/u.test(word))
      stems.push(...[open, ...(/[aäe]s$/u.test(word) ? strengthen(open) : [])].map((stem) => stem + open.at(-1)));
  } else if (last === 'n') {
    // puhelin → puhelime-, kirjoitin → kirjoittime-, sydän → sydäme-, ahven → ahvene-.
    const open = word.slice(0, -1);
    stems.push(`${word}e`, ...[open, ...strengthen(open)].map((stem) => `${stem}me`));
  } else if (last === 't') {
    const open = word.slice(0, -1);
    stems.push(`${open}e`, open + open.at(-1));
  } else if (last === 'l' || last === 'r') {
    stems.push(`${word}e`, ...strengthen(`${word}e`));
  }
  return stems.filter((stem) => isVowel(stem.at(-1)));
}

/** The plural stems: katu → katui, tapa → tapoi/tapi, tiski → tiskei, tuke → tuki, renkaa → renkai. */
function pluralStems(stem: string): string[] {
  const last = stem.at(-1)!;
  const open = stem.slice(0, -1);
  if (stem.length > 2 && stem.at(-2) === last) return [`${stem.slice(0, -1)}i`];
  if ('ouyö'.includes(last)) return [`${stem}i`];
  if (last === 'i') return [`${open}ei`, stem];
  if (last === 'a') return [`${open}oi`, `${open}i`];
  return [`${open}i`];
}

/** The word and its common case forms, singular and plural, in both grades. */
export function finnishForms(word: string): string[] {
  const back = /[aou]/u.test(word);
  const a = back ? 'a' : 'ä';
  const forms = new Set([word]);
  for (const stem of vowelStems(word)) {
    const last = stem.at(-1)!;
    for (const ending of [
      'n',
      `ss${a}`,
      `st${a}`,
      `ll${a}`,
      `lt${a}`,
      'lle',
      'ksi',
      `n${a}`,
      't',
      a,
      `t${a}`,
      `${last}n`,
    ])
      forms.add(stem + ending);
    if (isVowel(stem.at(-2))) forms.add(`${stem}h${last}n`);
    for (const plural of pluralStems(stem)) {
      for (const ending of [
        `ss${a}`,
        `st${a}`,
        `ll${a}`,
        `lt${a}`,
        'lle',
        'ksi',
        `n${a}`,
        'hin',
        'siin',
        'den',
        `t${a}`,
      ])
        forms.add(plural + ending);
      const joined = isVowel(plural.at(-2)) ? `${plural.slice(0, -1)}j` : plural;
      forms.add(`${joined}${a}`).add(`${joined}en`);
    }
  }
  return [...forms];
}
