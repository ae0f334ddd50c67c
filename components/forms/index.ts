/**
 * One pattern for every form (issue 11). A refused form shows `ErrorSummary` first; each field is
 * a `Field` (or a `<fieldset>` with `FieldFrame` + `FieldError`) whose hint tells its limits
 * (`useLimitHint` with the limits of `modules/<domain>/limits.ts`); long fields get a `CharacterCount`;
 * long forms take `onKeyDown={keepEnterFromSubmitting}`. Pages add the `forms` namespace to their
 * `clientMessages(...)`. See `components/ideas/idea-form.tsx` for all of it in use.
 */
export { ErrorSummary, type SummaryFields } from './error-summary';
export { Field, FieldError, FieldFrame, controlClass, describedBy } from './field';
export { CharacterCount } from './character-count';
export { useLimitHint } from './limit-hint';
export { keepEnterFromSubmitting } from './enter-key';
export { useRovingFocus, nextRovingIndex } from './roving-focus';
export { useErrorTitle } from './error-title';
