'use client';

import dynamic from 'next/dynamic';

// The accelerator's forms on the idea page load only for the people who get them (see
// components/ideas/on-demand.tsx).

export const BenefitForm = dynamic(() => import('./card-forms').then((module) => module.BenefitForm));
export const CandidateActions = dynamic(() => import('./candidate-actions').then((module) => module.CandidateActions));
export const CardPlanForm = dynamic(() => import('./card-forms').then((module) => module.CardPlanForm));
export const ConfirmBenefitForm = dynamic(() => import('./card-forms').then((module) => module.ConfirmBenefitForm));
export const InviteEvaluatorsForm = dynamic(() =>
  import('./invite-evaluators-form').then((module) => module.InviteEvaluatorsForm),
);
export const ProgressNoteForm = dynamic(() => import('./card-forms').then((module) => module.ProgressNoteForm));
