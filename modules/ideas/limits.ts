/**
 * The lengths and counts the idea schemas enforce. A file of its own, without zod, so a form can
 * import the limits to tell them in its hints without shipping the validation library to phones.
 */
export const ideaLimits = {
  title: { min: 8, max: 160 },
  body: { min: 30, max: 20_000 },
  benefitNote: { max: 1000 },
  departments: 10,
  coAuthors: 5,
} as const;

export const commentLimits = { body: { min: 2, max: 5000 } } as const;
