import type { ReactNode } from 'react';

interface CardCountsProps {
  votes: ReactNode;
  comments: string;
  /** Said after the counts, such as why the reader cannot vote. */
  children?: ReactNode;
}

/** An idea card's vote and comment counts: the same line, in the same place, on every card. */
export function CardCounts({ votes, comments, children }: CardCountsProps) {
  return (
    <p className="flex min-h-11 flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <span>{votes}</span>
      <span>{comments}</span>
      {children}
    </p>
  );
}
