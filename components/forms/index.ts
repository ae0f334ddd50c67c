/**
 * One pattern for every form (issue 11). A refused form shows `ErrorSummary` first; each field is
 * a `Field` (or a `<fieldset>` with `FieldFrame` + `FieldError`) whose hint tells its limits
 * (`useLimitHint` with the limits a schema module exports); long fields get a `CharacterCount`;
 * long forms take `onKeyDown={keepEnterFromSubmitting}`. Pages add the `forms` namespace to their
 * `clientMessages(...)`. See `components/ideas/idea-form.tsx` for all of it in use.
 */
export { ErrorSummary, type SummaryFields } from './error-summary';
export { Field, FieldError, FieldFrame, controlClass, describedBy, type ControlProps } from './field';
export { CharacterCount } from './character-count';
export { characterCountState, type CharacterCountState } from './character-count-state';
export { useLimitHint } from './limit-hint';
export { keepEnterFromSubmitting, submitsOnEnter } from './enter-key';
export { useRovingFocus, nextRovingIndex } from './roving-focus';
export { useErrorTitle } from './error-title';
