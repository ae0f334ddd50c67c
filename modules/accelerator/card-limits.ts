/** What the accelerator card's forms accept; the forms' hints say the same numbers. */
export const cardLimits = {
  plan: 10_000,
  progressNote: 2_000,
  benefitNote: 1_000,
  team: 12,
  /** Money is stored as integer cents: this keeps it well inside the column. */
  maxEuros: 20_000_000,
  maxHours: 1_000_000,
} as const;
