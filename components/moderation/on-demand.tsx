'use client';

import dynamic from 'next/dynamic';

// Moderators' forms on the idea page load only for moderators (see components/ideas/on-demand.tsx).

export const MergeForm = dynamic(() => import('./merge-form').then((module) => module.MergeForm));
export const NoteForm = dynamic(() => import('./note-form').then((module) => module.NoteForm));
export const ResolveForm = dynamic(() => import('./resolve-form').then((module) => module.ResolveForm));
export const ReviewRequestForm = dynamic(() =>
  import('./review-request-form').then((module) => module.ReviewRequestForm),
);
