/** What an evaluation form accepts; the form's hints say the same numbers. */
export const evaluationLimits = {
  justification: 5_000,
  costCentre: 60,
  /** Money is stored as integer cents: this keeps it well inside the column. */
  maxEuros: 20_000_000,
  maxPersonDays: 100_000,
  invitesAtOnce: 20,
} as const;
