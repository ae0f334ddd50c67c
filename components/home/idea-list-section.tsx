import type { ComponentProps } from 'react';
import { IdeaCard } from '@/components/idea-card';
import { Link } from '@/modules/i18n/navigation';
import type { IdeaSummary } from '@/modules/ideas/queries';

interface IdeaListSectionProps {
  id: string;
  heading: string;
  ideas: (IdeaSummary & { votable: boolean })[];
  empty: string;
  seeAll: { href: ComponentProps<typeof Link>['href']; label: string };
}

/** A short list of idea cards on the front page, with a link to the whole list it begins. */
export function IdeaListSection({ id, heading, ideas, empty, seeAll }: IdeaListSectionProps) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-2xl font-bold">
        {heading}
      </h2>
      {ideas.length === 0 ? (
        <p className="mt-3">{empty}</p>
      ) : (
        <ul className="mt-4 grid gap-4 md:grid-cols-2">
          {ideas.map((idea) => (
            <li key={idea.id}>
              <IdeaCard idea={idea} votable={idea.votable} />
            </li>
          ))}
        </ul>
      )}
      <p className="mt-4">
        <Link
          href={seeAll.href}
          className="inline-flex min-h-11 items-center gap-1 font-semibold text-brand underline underline-offset-4"
        >
          {seeAll.label}
          <span aria-hidden="true">→</span>
        </Link>
      </p>
    </section>
  );
}
