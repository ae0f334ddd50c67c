import type { AppLocale } from './locales';

export interface LocalizedNames {
  nameFi: string;
  nameSv: string;
  nameEn: string;
}

/** Departments, categories and the like carry their name in each language. */
export function localizedName(entity: LocalizedNames, locale: AppLocale): string {
  return { fi: entity.nameFi, sv: entity.nameSv, en: entity.nameEn }[locale];
}

export const localizedNameSelect = { nameFi: true, nameSv: true, nameEn: true } as const;
