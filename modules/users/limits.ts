/** The profile schema's limits, without zod, so the profile form can tell them in its hints. */
export const profileLimits = { name: { min: 2, max: 120 } } as const;
