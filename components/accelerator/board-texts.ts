'use client';

import { useTranslations } from 'next-intl';
import type { MoveState } from '@/modules/accelerator/moves';

/** A move's answer in words: message keys from the server, with the stage named where it matters. */
export function useMoveText() {
  const messages = useTranslations();
  const statuses = useTranslations('status');
  const outcome = (state: MoveState) =>
    messages(state.message as 'errors.invalid', { column: state.current ? statuses(state.current) : '' });
  const fieldError = (state: MoveState, field: string) =>
    state.fieldErrors?.[field]?.map((key) => messages(key as 'errors.invalid')).join(' ');
  return { outcome, fieldError };
}
