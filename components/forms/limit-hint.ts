'use client';

import { useTranslations } from 'next-intl';
import { formatNumber } from '@/modules/i18n/format';

/**
 * A hint sentence for a length limit taken from a schema's exported limits, so it is told before
 * the form is refused: `limitHint(ideaLimits.title)` → "Vähintään 8 ja enintään 160 merkkiä."
 */
export function useLimitHint() {
  const t = useTranslations('forms.limits');
  return ({ min, max }: { min?: number; max?: number }) => {
    // Digits in Finland's format in every language (20 000, not 20,000): see modules/i18n/format.ts.
    if (min !== undefined && max !== undefined) return t('between', { min: formatNumber(min), max: formatNumber(max) });
    if (min !== undefined) return t('atLeast', { min: formatNumber(min) });
    return max !== undefined ? t('atMost', { max: formatNumber(max) }) : '';
  };
}
