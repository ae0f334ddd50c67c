'use client';

import { useTranslations } from 'next-intl';

/**
 * A hint sentence for a length limit taken from a schema's exported limits, so it is told before
 * the form is refused: `limitHint(ideaLimits.title)` → "Vähintään 8 ja enintään 160 merkkiä."
 */
export function useLimitHint() {
  const t = useTranslations('forms.limits');
  return ({ min, max }: { min?: number; max?: number }) => {
    if (min !== undefined && max !== undefined) return t('between', { min, max });
    if (min !== undefined) return t('atLeast', { min });
    return max !== undefined ? t('atMost', { max }) : '';
  };
}
