/** The staff file's limits, apart from the parser so that the page's form can check the size too. */
export const staffImportLimits = { bytes: 2 * 1024 * 1024, rows: 20_000 } as const;
