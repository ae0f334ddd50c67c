import en from './messages/errors/en.json';
import fi from './messages/errors/fi.json';
import sv from './messages/errors/sv.json';
import type { AppLocale } from './locales';

// The `errors` namespace has files of its own because the last-resort error page (app/
// global-error.tsx) has no translation provider and must carry its text in every page's bundle:
// a few hundred bytes, instead of every message in three languages.
export const errorMessages: Record<AppLocale, typeof fi> = { fi, sv, en };
