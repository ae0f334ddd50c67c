// Client-safe: the name forms show these limits, the schemas enforce them.

/** At most this many characters in a name, in each language. */
export const TAXONOMY_NAME_MAX = 80;

/** A category's or department's name fields, Finnish first. */
export const nameFields = ['nameFi', 'nameSv', 'nameEn'] as const;
