import { organisationEnvSchema, parseEnvOnce } from './env';

/** The languages the ORG_NAME* variables come in (the app's locales; platform names no domain). */
export type OrganisationLanguage = 'fi' | 'sv' | 'en';

export interface Organisation {
  name: string;
  logoUrl: string;
  brandColor: string;
  accessibilityEmail: string;
}

/** The deploying organisation's name (in the reader's language), logo and colour, from ORG_* variables. */
export function getOrganisation(locale: OrganisationLanguage): Organisation {
  const env = parseEnvOnce(organisationEnvSchema);
  const names: Record<OrganisationLanguage, string> = { fi: env.ORG_NAME, sv: env.ORG_NAME_SV, en: env.ORG_NAME_EN };
  return {
    name: names[locale],
    logoUrl: env.ORG_LOGO_URL,
    brandColor: env.ORG_BRAND_COLOR,
    accessibilityEmail: env.ORG_ACCESSIBILITY_EMAIL,
  };
}
