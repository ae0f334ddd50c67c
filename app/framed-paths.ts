import { defaultLocale, locales } from '../modules/i18n/locales';
import { WIDGET_PATH } from '../modules/intranet/widget-path';

// Read by next.config.ts too, so only relative imports of files without dependencies.

/** The pages other sites may frame: app/framing.ts says who may; every other page, nobody. */
export const framedPaths = [WIDGET_PATH] as const;

export const framedLocalePrefixes = locales.filter((locale) => locale !== defaultLocale).map((locale) => `/${locale}`);
