import type pg from 'pg';
import { addWorkingDays, calendarDayOf } from '../../modules/accelerator/working-days';
import { copy } from './copy';

// The scale data set's accelerator: a card with an owner and a teammate for every idea that reached
// it, two or three scorecards per card (a criterion left unjudged now and then: no row, never zero),
// open invitations on some ideas still in evaluation, due dates of which some have passed, and
// cards that have gone quiet.

const DAY = 24 * 60 * 60 * 1000;

export const acceleratorStatuses = ['evaluation', 'experiment', 'implementation', 'implemented', 'discontinued'];
/** The board's columns before completion: "active" cards. */
const runningStatuses = ['evaluation', 'experiment', 'implementation'];

const progressRange: Record<string, [number, number]> = {
  evaluation: [0, 10],
  experiment: [20, 60],
  implementation: [55, 90],
  implemented: [100, 100],
  discontinued: [20, 50],
};

const plans = [
  '1. Nykytilan kartoitus\n2. Kokeilu yhdessä yksikössä\n3. Arviointi ja päätös laajentamisesta',
  '**Mittari:** käytetty työaika ennen ja jälkeen.\n\n- kokeiluyksiköt sovittu\n- palaute kerätään kuukauden välein',
];

export interface ScaleIdea {
  status: string;
  authorIndex: number;
  /** When the idea entered its current stage. */
  stageEnteredAt: Date;
  /** For ideas with expected savings: the euro amount the evaluators start from. */
  savingsEur: number | null;
}

export async function copyAcceleratorRows(
  client: pg.Client,
  ideas: readonly ScaleIdea[],
  userIds: readonly string[],
  next: () => number,
  now: number,
): Promise<{ cards: number; activeCards: number; evaluations: number }> {
  const criteria = (
    await client.query<{ id: string }>('SELECT id FROM scorecard_criteria WHERE active ORDER BY sort_order')
  ).rows.map((row) => row.id);
  const carded = ideas.flatMap((idea, index) => (acceleratorStatuses.includes(idea.status) ? [index] : []));
  const someone = (except: number) => {
    const chosen = Math.floor(next() * userIds.length);
    return chosen === except ? (chosen + 1) % userIds.length : chosen;
  };
  const ownerOf = new Map(carded.map((index) => [index, someone(ideas[index]!.authorIndex)]));
  const day = (at: number) => calendarDayOf(new Date(at - (at % DAY)));
  const today = now - (now % DAY);

  await copy(
    client,
    'accelerator_cards',
    [
      'idea_id',
      'owner_id',
      'plan',
      'evaluation_due_on',
      'due_on',
      'progress_percent',
      'last_activity_at',
      'realised_savings_cents',
      'realised_hours',
      'benefit_check_on',
      'created_at',
      'updated_at',
    ],
    (function* () {
      for (const index of carded) {
        const idea = ideas[index]!;
        const entered = idea.stageEnteredAt.getTime();
        const [low, high] = progressRange[idea.status]!;
        const running = runningStatuses.includes(idea.status) && idea.status !== 'evaluation';
        // One running card in six is late; one in eight has had no activity for over a month.
        const late = index % 6 === 0;
        const quiet = index % 8 === 1;
        const dueOn = running ? day(today + (late ? -(1 + (index % 20)) : 10 + (index % 120)) * DAY) : null;
        const lastActivity = quiet ? Math.min(entered, now - 40 * DAY) : entered + (now - entered) * next();
        const implemented = idea.status === 'implemented';
        yield [
          index + 1,
          userIds[ownerOf.get(index)!],
          plans[index % plans.length],
          addWorkingDays(day(entered), 15),
          dueOn,
          low + Math.floor(next() * (high - low + 1)),
          new Date(lastActivity),
          implemented && idea.savingsEur ? Math.round(idea.savingsEur * 90) : null,
          implemented ? 40 + (index % 400) : null,
          implemented ? day(entered + 365 * DAY) : null,
          idea.stageEnteredAt,
          idea.stageEnteredAt,
        ];
      }
    })(),
  );

  await copy(
    client,
    'accelerator_team_members',
    ['idea_id', 'user_id', 'created_at'],
    (function* () {
      for (const index of carded) {
        const teammate = (ownerOf.get(index)! + 1 + (index % 97)) % userIds.length;
        yield [index + 1, userIds[teammate], ideas[index]!.stageEnteredAt];
      }
    })(),
  );

  let evaluationId = 0;
  const scores: [number, string, number][] = [];
  await copy(
    client,
    'evaluations',
    [
      'id',
      'idea_id',
      'evaluator_id',
      'invited_at',
      'submitted_at',
      'justification',
      'estimated_savings_cents',
      'one_off_cost_cents',
      'person_days',
      'within_own_duties',
      'cost_centre',
    ],
    (function* () {
      for (const index of carded) {
        const idea = ideas[index]!;
        const invitedAt = new Date(idea.stageEnteredAt.getTime() + DAY);
        const count = 2 + (index % 2);
        const taken = new Set([idea.authorIndex, ownerOf.get(index)!]);
        for (let k = 0; k < count; k++) {
          let evaluator = someone(idea.authorIndex);
          while (taken.has(evaluator)) evaluator = (evaluator + 1) % userIds.length;
          taken.add(evaluator);
          evaluationId += 1;
          // In evaluation, the last invited on every other idea has not submitted yet.
          const open = idea.status === 'evaluation' && k === count - 1 && index % 2 === 0;
          if (open) {
            yield [evaluationId, index + 1, userIds[evaluator], invitedAt, null, null, null, null, null, null, null];
            continue;
          }
          for (const criterion of criteria)
            if (next() >= 0.1) scores.push([evaluationId, criterion, 1 + Math.floor(next() * 5)]);
          yield [
            evaluationId,
            index + 1,
            userIds[evaluator],
            invitedAt,
            new Date(Math.min(invitedAt.getTime() + (2 + k) * DAY, now)),
            'Hyöty on selvä, ja kokeilu onnistuu nykyisillä järjestelmillä.',
            idea.savingsEur ? Math.round(idea.savingsEur * (70 + next() * 50)) : 0,
            Math.round(next() * 40) * 100_000,
            5 + Math.floor(next() * 55),
            next() < 0.2,
            String(4000 + (index % 9) * 100),
          ];
        }
      }
    })(),
  );
  await client.query(`SELECT setval(pg_get_serial_sequence('evaluations', 'id'), $1)`, [evaluationId]);
  await copy(client, 'evaluation_scores', ['evaluation_id', 'criterion_id', 'score'], scores);

  const activeCards = carded.filter((index) => runningStatuses.includes(ideas[index]!.status)).length;
  return { cards: carded.length, activeCards, evaluations: evaluationId };
}
