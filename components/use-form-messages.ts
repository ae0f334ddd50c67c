'use client';

import { useTranslations } from 'next-intl';
import type { FormState } from '@/modules/access/mutation';

/**
 * The texts for a form's answer: `text` translates a message key from the server, `fieldError`
 * gives a field's errors as one sentence (undefined when the field is fine).
 */
export function useFormMessages(state: FormState) {
  const messages = useTranslations();
  const text = (key: string) => messages(key as 'errors.invalid');
  const fieldError = (field: string) => state.fieldErrors?.[field]?.map(text).join(' ');
  return { text, fieldError };
}
