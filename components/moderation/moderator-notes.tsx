import { getTranslations } from 'next-intl/server';
import { getFormat } from '@/modules/i18n/get-format';
import { NoteForm } from './on-demand';

interface ModeratorNotesProps {
  notes: { id: string; body: string; createdAt: Date; authorName: string }[];
  subject: 'idea' | 'user';
  subjectId: string;
}

/** The team's internal notes with a form for a new one; render only for those who may read them. */
export async function ModeratorNotes({ notes, subject, subjectId }: ModeratorNotesProps) {
  const [t, format] = await Promise.all([getTranslations('moderation.notes'), getFormat()]);
  return (
    <section aria-labelledby={`notes-${subject}`} className="mt-8 rounded-lg border border-dashed border-brand p-4">
      <h2 id={`notes-${subject}`} className="text-xl font-bold">
        {t('heading')}
      </h2>
      <p className="text-sm text-muted">{t('hint')}</p>
      {notes.length === 0 && <p className="mt-2">{t('none')}</p>}
      <ul className="mt-2 grid gap-2">
        {notes.map((note) => (
          <li key={note.id} className="rounded bg-surface p-2">
            <p className="text-sm text-muted">
              {note.authorName} · {format.date(note.createdAt)}
            </p>
            <p className="whitespace-pre-line">{note.body}</p>
          </li>
        ))}
      </ul>
      <NoteForm subject={subject} subjectId={subjectId} />
    </section>
  );
}
