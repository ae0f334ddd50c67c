import { deriveFollowsAndScoresSql } from './derived';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { copy } from './copy';
import { acceleratorStatuses, copyAcceleratorRows } from './scale-accelerator';
import { commentPool } from './demo-ideas';
import { categories, departments } from './demo-organisation';
import { seededRandom } from './random';

// The benchmark data set: 10,000 users, 100,000 ideas, 1,000,000 votes and 300,000 comments, and
// the accelerator's 30,000 cards (15,000 active) with scorecards, streamed with COPY inside one
// transaction (all or nothing). Counters are computed while the rows are generated, so they equal
// the rows exactly.

export const scale = { users: 10_000, ideas: 100_000, votes: 1_000_000, comments: 300_000, activeCards: 15_000 };

/**
 * In embedded mode the data set gets a database of its own, so the demo municipality stays as it is.
 * Named after the data set's version: one loaded before the accelerator (issue 12) stays where it
 * was, and the new set loads into an empty database of its own.
 */
export const SCALE_DATABASE = 'vau_scale_accelerator';

const firstNames = [
  'Aino',
  'Eino',
  'Helmi',
  'Väinö',
  'Aada',
  'Onni',
  'Sofia',
  'Leo',
  'Lilja',
  'Elias',
  'Ilona',
  'Oliver',
  'Kerttu',
  'Toivo',
  'Venla',
  'Eetu',
  'Siiri',
  'Juho',
  'Enni',
  'Aarni',
];
const lastNames = [
  'Korhonen',
  'Virtanen',
  'Mäkinen',
  'Nieminen',
  'Mäkelä',
  'Hämäläinen',
  'Laine',
  'Heikkinen',
  'Koskinen',
  'Järvinen',
  'Lehtonen',
  'Lehtinen',
  'Saarinen',
  'Salminen',
  'Heinonen',
  'Niemi',
  'Heikkilä',
  'Kinnunen',
  'Salonen',
  'Turunen',
];
const subjects = [
  'Päiväkodin',
  'Koulun',
  'Kirjaston',
  'Uimahallin',
  'Keittiön',
  'Siivouksen',
  'Asiakaspalvelun',
  'Laskutuksen',
  'Rekrytoinnin',
  'Kaavoituksen',
  'Puistojen',
  'Arkiston',
  'Ruokapalvelun',
  'Liikuntapaikkojen',
  'Nuorisotilojen',
];
const changes = [
  'sähköinen ajanvaraus',
  'automaattinen raportointi',
  'mobiilisovellus',
  'yhteinen tietojärjestelmä',
  'digitaalinen perehdytys',
  'energiansäästö',
  'kierrätyksen tehostaminen',
  'palautekanava',
  'lomakkeiden sähköistäminen',
  'työvuorosuunnittelu',
  'hävikin vähentäminen',
  'etäasiointi',
];
const sentences = [
  'Nykyinen tapa vie paljon aikaa ja aiheuttaa virheitä.',
  'Asukkaat ovat toivoneet tätä pitkään.',
  'Kokeilu voitaisiin aloittaa yhdessä yksikössä.',
  'Säästö syntyisi käsityön vähenemisestä.',
  'Ratkaisu on jo käytössä muutamassa naapurikunnassa.',
  'Tämä parantaisi myös henkilöstön työhyvinvointia.',
  'Tiedot kulkevat nyt paperilla yksiköstä toiseen.',
  'Päiväkodeissa ja kouluissa sama ongelma toistuu päivittäin.',
];

/** Splits `total` over `count` items with a long tail: a few popular ideas, many quiet ones. */
function longTail(total: number, count: number, next: () => number): number[] {
  const weights = Array.from({ length: count }, (_, index) => 1 / Math.pow(index + 1, 0.6) + next() * 0.001);
  for (let index = weights.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [weights[index], weights[other]] = [weights[other]!, weights[index]!];
  }
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  const shares = weights.map((weight) => Math.floor((weight / sum) * total));
  let remainder = total - shares.reduce((acc, share) => acc + share, 0);
  for (let index = 0; remainder > 0; index = (index + 1) % count, remainder--) shares[index]! += 1;
  return shares;
}

export async function isScaleDataLoaded(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ ideas: string; cards: string }>(
      'SELECT (SELECT count(*) FROM ideas) AS ideas, (SELECT count(*) FROM accelerator_cards) AS cards',
    );
    const ideas = Number(rows[0]?.ideas);
    if (ideas >= scale.ideas && Number(rows[0]?.cards) === 0)
      throw new Error(
        'The database holds a scale data set from before the accelerator: load the new one into an empty database.',
      );
    return ideas >= scale.ideas;
  } finally {
    await client.end();
  }
}

export async function loadScaleData(url: string, log: (line: string) => void): Promise<void> {
  const next = seededRandom(20261122);
  const now = Date.now();
  const day = 24 * 60 * 60 * 1000;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const existing = await client.query('SELECT 1 FROM ideas LIMIT 1');
    if (existing.rowCount)
      throw new Error('The database already holds ideas; load the scale data set into an empty database.');

    const departmentIds = departments.map(() => randomUUID());
    const categoryIds = categories.map(() => randomUUID());
    await copy(
      client,
      'departments',
      ['id', 'slug', 'name_fi', 'name_sv', 'name_en', 'sort_order'],
      departments.map((d, index) => [departmentIds[index], d.slug, d.nameFi, d.nameSv, d.nameEn, index]),
    );
    await copy(
      client,
      'categories',
      ['id', 'slug', 'name_fi', 'name_sv', 'name_en', 'sort_order'],
      categories.map((c, index) => [categoryIds[index], c.slug, c.nameFi, c.nameSv, c.nameEn, index]),
    );

    const userIds = Array.from({ length: scale.users }, () => randomUUID());
    const at = new Date(now);
    await copy(
      client,
      'users',
      ['id', 'name', 'email', 'department_id', 'roles', 'demo', 'created_at', 'updated_at'],
      (function* () {
        for (let n = 0; n < scale.users; n++) {
          const roles =
            n === 2
              ? '{employee,coordinator}'
              : n % 500 === 0
                ? '{employee,moderator}'
                : n % 200 === 1
                  ? '{employee,manager}'
                  : '{employee}';
          yield [
            userIds[n],
            `${firstNames[n % 20]} ${lastNames[Math.floor(n / 20) % 20]} ${n}`,
            `user${n}@scale.example`,
            departmentIds[n % departmentIds.length],
            roles,
            true,
            at,
            at,
          ];
        }
      })(),
    );
    log(`  users: ${scale.users}`);
    // Every other manager also acts for the next department (managed departments).
    await copy(
      client,
      'managed_departments',
      ['user_id', 'department_id'],
      (function* () {
        for (let n = 1; n < scale.users; n += 400) yield [userIds[n], departmentIds[(n + 1) % departmentIds.length]];
      })(),
    );

    // 90 % of ideas are visible to colleagues and carry all votes and comments; 15 % are on the
    // accelerator's board before completion (evaluation, experiment, implementation).
    const statuses = [
      ...Array.from({ length: 10 }, () => 'published'),
      'shortlisted',
      'shortlisted',
      'evaluation',
      'experiment',
      'implementation',
      'implemented',
      'implemented',
      'discontinued',
      'submitted',
      'submitted',
    ];
    const ideaStatus = Array.from({ length: scale.ideas }, (_, index) => statuses[index % statuses.length]!);
    const publicIdeas = ideaStatus.flatMap((status, index) => (status === 'submitted' ? [] : [index]));
    const votesPerIdea = new Array<number>(scale.ideas).fill(0);
    const commentsPerIdea = new Array<number>(scale.ideas).fill(0);
    longTail(scale.votes, publicIdeas.length, next).forEach((votes, k) => (votesPerIdea[publicIdeas[k]!] = votes));
    longTail(scale.comments, publicIdeas.length, next).forEach(
      (comments, k) => (commentsPerIdea[publicIdeas[k]!] = comments),
    );
    const authorOf = Array.from({ length: scale.ideas }, () => Math.floor(next() * scale.users));
    const expectedSavingsEur = (index: number) => (index % 3 === 0 ? 5_000 + (index % 50) * 1_000 : null);
    const publishedAt = Array.from(
      { length: scale.ideas },
      (_, index) => new Date(now - (scale.ideas - index) * 15 * 60 * 1000),
    );
    // An idea in the accelerator entered its stage some days after publication (never in the future).
    const stageEnteredAt = publishedAt.map((published, index) =>
      acceleratorStatuses.includes(ideaStatus[index]!)
        ? new Date(Math.min(published.getTime() + (5 + (index % 60)) * day, now - day))
        : published,
    );

    await copy(
      client,
      'ideas',
      [
        'id',
        'title',
        'body',
        'status',
        'category_id',
        'author_id',
        'anonymous',
        'expected_savings_eur',
        'vote_count',
        'comment_count',
        'created_at',
        'updated_at',
        'submitted_at',
        'published_at',
        'status_changed_at',
      ],
      (function* () {
        for (let index = 0; index < scale.ideas; index++) {
          const title = `${subjects[index % subjects.length]} ${changes[Math.floor(index / subjects.length) % changes.length]} (${index + 1})`;
          const body = [0, 1, 2].map((k) => sentences[(index + k * 3) % sentences.length]).join(' ');
          const published = ideaStatus[index] === 'submitted' ? null : publishedAt[index];
          const created = new Date(publishedAt[index]!.getTime() - day);
          yield [
            index + 1,
            title,
            body,
            ideaStatus[index],
            categoryIds[index % categoryIds.length],
            userIds[authorOf[index]!],
            index % 25 === 0,
            expectedSavingsEur(index),
            votesPerIdea[index],
            commentsPerIdea[index],
            created,
            created,
            created,
            published,
            published ? stageEnteredAt[index] : created,
          ];
        }
      })(),
    );
    await client.query(`SELECT setval(pg_get_serial_sequence('ideas', 'id'), $1)`, [scale.ideas]);
    log(`  ideas: ${scale.ideas}`);

    // Every idea concerns one department, every fifth a second one too. Departments go by blocks of
    // the status cycle, so each department has ideas in every status.
    await copy(
      client,
      'idea_departments',
      ['idea_id', 'department_id'],
      (function* () {
        for (let index = 0; index < scale.ideas; index++) {
          const department = Math.floor(index / statuses.length) % departmentIds.length;
          yield [index + 1, departmentIds[department]];
          if (index % 5 === 0) yield [index + 1, departmentIds[(department + 3) % departmentIds.length]];
        }
      })(),
    );

    // Distinct voters per idea: a stride coprime with the user count never repeats a user.
    const stride = 7919;
    await copy(
      client,
      'votes',
      ['idea_id', 'user_id', 'created_at'],
      (function* () {
        for (let index = 0; index < scale.ideas; index++) {
          const wanted = votesPerIdea[index]!;
          const start = Math.floor(next() * scale.users);
          for (let step = 0, given = 0; given < wanted; step++) {
            const voter = (start + step * stride) % scale.users;
            if (voter === authorOf[index]) continue;
            given++;
            yield [index + 1, userIds[voter], publishedAt[index]];
          }
        }
      })(),
    );
    log(`  votes: ${scale.votes}`);

    let commentId = 0;
    await copy(
      client,
      'comments',
      ['id', 'idea_id', 'author_id', 'parent_id', 'body', 'created_at', 'updated_at'],
      (function* () {
        for (let index = 0; index < scale.ideas; index++) {
          const first = commentId + 1;
          for (let k = 0; k < commentsPerIdea[index]!; k++) {
            commentId++;
            const created = new Date(publishedAt[index]!.getTime() + (k + 1) * 60_000);
            const parent = k > 0 && k % 4 === 0 ? first : null;
            yield [
              commentId,
              index + 1,
              userIds[Math.floor(next() * scale.users)],
              parent,
              commentPool[commentId % commentPool.length],
              created,
              created,
            ];
          }
        }
      })(),
    );
    await client.query(`SELECT setval(pg_get_serial_sequence('comments', 'id'), $1)`, [commentId]);
    log(`  comments: ${commentId}`);

    const accelerator = await copyAcceleratorRows(
      client,
      ideaStatus.map((status, index) => ({
        status,
        authorIndex: authorOf[index]!,
        stageEnteredAt: stageEnteredAt[index]!,
        savingsEur: expectedSavingsEur(index),
      })),
      userIds,
      next,
      now,
    );
    log(
      `  accelerator: ${accelerator.cards} cards (${accelerator.activeCards} active), ${accelerator.evaluations} evaluations`,
    );

    for (const statement of deriveFollowsAndScoresSql(1, scale.ideas)) await client.query(statement);
    log('  follows and trending scores derived');

    await client.query('COMMIT');
    await client.query('ANALYZE');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
