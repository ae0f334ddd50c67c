/**
 * What the shared pages (app/shared-pages.ts: the front page, the ideas list, an idea page in its
 * `everyone` and `member` versions, the accessibility statement) read from the database, and how a
 * change to it reaches the page store. Stored pages live until a change notice drops them
 * (docs/decisions/0039), so this list must be exact: `shared-page-reads.test.ts` fails on a table
 * of the schema that is in neither list, on a read table's column or operation that no trigger
 * announces and that is not excused here, and on a shared page's query that reads anything not
 * listed as read.
 */
export interface SharedRead {
  /** The only columns a shared page may read (the rest are never shown); every column when absent. */
  columns?: readonly string[];
  /** Columns and operations ('INSERT', 'DELETE') that no trigger announces, each with why none is needed. */
  unannounced?: Readonly<Record<string, string>>;
}

export const readBySharedPages: Readonly<Record<string, SharedRead>> = {
  ideas: {
    unannounced: {
      id: 'never changed: page addresses and other rows name the idea by it',
      vote_count: 'votes announce an idea’s count from the vote code, at most once per moment (announce.ts)',
      trending_score: 'moves only with votes, which announce themselves from the vote code',
    },
  },
  comments: {},
  idea_events: {},
  idea_co_authors: {},
  idea_departments: {},
  accelerator_cards: {},
  accelerator_team_members: {},
  evaluations: {},
  users: {
    columns: ['id', 'name'],
    unannounced: {
      id: 'never changed: other rows name the person by it',
      INSERT: 'a new person is on no page until a row of the tables above names them, which announces itself',
    },
  },
  categories: {},
  departments: {},
  // Campaigns (front page announcement, campaign pages, an idea's campaign): statement triggers announce 'all'.
  campaigns: {},
  campaign_images: {},
  campaign_departments: {},
  campaign_categories: {},
  // The lexemes searches expand a typed prefix into (the list's search).
  search_lexemes: {
    unannounced: {
      INSERT: 'added only by triggers in the statement that writes an idea or a comment, which announces itself',
      DELETE: 'never deleted: a lexeme that no longer occurs matches nothing',
      lexeme: 'never changed: the row is the lexeme',
    },
  },
};

/**
 * Rows of the reader's own that an idea page looks up (their vote, follow and helpful marks, the
 * scores of their own evaluation). The shared versions are rendered for nobody or for a made-up
 * reader who has none (`plainEmployee`): the browser asks for the real reader's own (decision 0008).
 */
export const readersOwnRows: readonly string[] = ['votes', 'idea_follows', 'comment_helpful', 'evaluation_scores'];

/** Tables no shared page reads. Showing one on a shared page means moving it up, with its triggers. */
export const notReadBySharedPages: readonly string[] = [
  'accounts',
  'app_settings',
  'audit_log',
  'email_jobs',
  'flags',
  'idea_revisions',
  'mailbox_messages',
  'webhook_endpoints',
  'webhook_deliveries',
  'managed_departments',
  'moderator_notes',
  'notification_preferences',
  'notifications',
  'payroll_batches',
  'payroll_lines',
  'rate_limit_hits',
  'reward_budgets',
  'reward_cases',
  'reward_rule_versions',
  'reward_shares',
  'reward_triggers',
  'scorecard_criteria',
  'sessions',
  'verification_tokens',
];
