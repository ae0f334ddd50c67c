'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { formatNumber } from '@/modules/i18n/format';
import { characterCountState } from './character-count-state';

/** How long typing must pause before the count is read out, so a screen reader is not flooded. */
const announceAfterMs = 1000;

interface CharacterCountProps {
  /** The field's id; the visible count gets `${id}-count`. */
  id: string;
  value: string;
  limits: { min?: number; max: number };
  /** Share of `max` used before the count shows (see `characterCountState`). */
  showFrom?: number;
}

/**
 * A live count under a long field: "Jäljellä 120 merkkiä", "12 merkkiä liikaa". Visible at once;
 * screen readers hear it politely once typing pauses. Tell the limit itself in the field's hint
 * (`useLimitHint`), since this count only speaks while typing:
 *
 *   <Field ... after={<CharacterCount id="title" value={title} limits={ideaLimits.title} />}>
 */
export function CharacterCount({ id, value, limits, showFrom }: CharacterCountProps) {
  const t = useTranslations('forms.count');
  const count = characterCountState(value, limits, showFrom);
  const message = count ? t(count.kind, { count: count.count, shown: formatNumber(count.count) }) : '';
  // Silent until the person edits the field: a count read out on page load interrupts everyone.
  const [startingValue] = useState(value);
  const [edited, setEdited] = useState(false);
  if (!edited && value !== startingValue) setEdited(true);
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    if (!edited) return;
    const timer = setTimeout(() => setAnnounced(message), announceAfterMs);
    return () => clearTimeout(timer);
  }, [message, edited]);

  return (
    <>
      <p
        id={`${id}-count`}
        aria-hidden="true"
        className={`mt-1 min-h-5 text-sm ${count?.kind === 'tooMany' ? 'font-semibold text-red-800' : 'text-muted'}`}
      >
        {message}
      </p>
      <p aria-live="polite" className="sr-only">
        {announced}
      </p>
    </>
  );
}
