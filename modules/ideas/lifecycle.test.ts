import { describe, expect, it } from 'vitest';
import type { Actor } from '@/modules/access/permissions';
import { IdeaStatus, Role } from '@/modules/platform/db/generated/enums';
import {
  availableTransitions,
  destinationOf,
  lifecyclePosition,
  openStatuses,
  pathToImplementation,
  reasonIsPublic,
  systemTransitionFor,
  transitionFor,
  transitions,
  whoMovesOn,
  type TransitionName,
} from './lifecycle';

// Every state × every transition × every kind of person: allowed only where the table says so.
const authorId = 'author';
const people: Record<string, Actor | null> = {
  anonymous: null,
  author: { id: authorId, roles: [Role.EMPLOYEE], active: true },
  colleague: { id: 'colleague', roles: [Role.EMPLOYEE], active: true },
  moderator: { id: 'moderator', roles: [Role.EMPLOYEE, Role.MODERATOR], active: true },
  manager: { id: 'manager', roles: [Role.EMPLOYEE, Role.MANAGER], active: true, departmentIds: ['idea-department'] },
  managerElsewhere: {
    id: 'manager-elsewhere',
    roles: [Role.EMPLOYEE, Role.MANAGER],
    active: true,
    departmentIds: ['another-department'],
  },
  coordinator: { id: 'coordinator', roles: [Role.EMPLOYEE, Role.COORDINATOR], active: true },
  hr: { id: 'hr', roles: [Role.EMPLOYEE, Role.HR], active: true },
  admin: { id: 'admin', roles: [Role.EMPLOYEE, Role.ADMIN], active: true },
  deactivatedModerator: { id: 'gone', roles: [Role.EMPLOYEE, Role.MODERATOR, Role.MANAGER], active: false },
};

/** Who may make each transition, written out by hand. */
const whoMay: Record<TransitionName, string[]> = {
  submit: ['author'],
  resubmit: ['author'],
  publish: ['moderator'],
  'request-changes': ['moderator'],
  reject: ['moderator'],
  hide: ['moderator'],
  restore: ['moderator'],
  merge: ['moderator'],
  // Managers act on their own departments' ideas only; the coordinator and admins on all.
  nominate: ['moderator', 'manager', 'coordinator', 'admin'],
  promote: ['manager', 'coordinator', 'admin'],
  experiment: ['manager', 'coordinator', 'admin'],
  implement: ['manager', 'coordinator', 'admin'],
  complete: ['manager', 'coordinator', 'admin'],
  decline: ['manager', 'coordinator', 'admin'],
  discontinue: ['manager', 'coordinator', 'admin'],
  archive: ['manager', 'coordinator', 'admin'],
  withdraw: ['author'],
  // VAU's own rules: no person may make these.
  'auto-hide': [],
  'auto-publish': [],
  'auto-nominate': [],
};
const idea = { ownerIds: [authorId], departmentIds: ['idea-department'] };

describe('idea lifecycle', () => {
  it('has a rule for every transition and no unknown ones', () => {
    expect(Object.keys(whoMay).sort()).toEqual([...new Set(transitions.map((transition) => transition.name))].sort());
  });

  for (const status of Object.values(IdeaStatus)) {
    for (const name of Object.keys(whoMay) as TransitionName[]) {
      it(`${name} from ${status}`, () => {
        const defined = transitions.find((transition) => transition.name === name && transition.from.includes(status));
        for (const [person, actor] of Object.entries(people)) {
          const result = transitionFor(actor, { status, ...idea }, name);
          const expected = defined !== undefined && whoMay[name].includes(person);
          expect(result !== null, `${person}: ${name} from ${status}`).toBe(expected);
          if (result) expect(result.to).toBe(defined?.to);
        }
      });
    }
  }

  it('offers the UI exactly the transitions the server would accept', () => {
    for (const status of Object.values(IdeaStatus)) {
      for (const actor of Object.values(people)) {
        const offered = availableTransitions(actor, { status, ...idea }).map((transition) => transition.name);
        const accepted = (Object.keys(whoMay) as TransitionName[]).filter((name) =>
          transitionFor(actor, { status, ...idea }, name),
        );
        expect(offered.sort()).toEqual(accepted.sort());
      }
    }
  });

  it('never lets a decision that needs a reason go without one, and leaves no state unreachable', () => {
    const reasoned = [
      ...new Set(transitions.filter((transition) => transition.reasonRequired).map((transition) => transition.name)),
    ].sort();
    expect(reasoned).toEqual(['decline', 'discontinue', 'hide', 'reject', 'request-changes']);
    const reachable = new Set<IdeaStatus>([IdeaStatus.DRAFT, ...transitions.map((transition) => transition.to)]);
    expect([...reachable].sort()).toEqual(Object.values(IdeaStatus).sort());
  });

  it('hides automatically only what is still open for votes and comments, never a settled idea', () => {
    for (const status of Object.values(IdeaStatus)) {
      expect(systemTransitionFor(status, 'auto-hide') !== null, status).toBe(openStatuses.includes(status));
    }
    expect(openStatuses).toEqual([
      IdeaStatus.PUBLISHED,
      IdeaStatus.SHORTLISTED,
      IdeaStatus.EVALUATION,
      IdeaStatus.EXPERIMENT,
      IdeaStatus.IMPLEMENTATION,
    ]);
  });

  it('restores a hidden idea to the state it was hidden from', () => {
    const restore = transitions.find((transition) => transition.name === 'restore')!;
    expect(destinationOf(restore, { hiddenFromStatus: IdeaStatus.EVALUATION })).toBe(IdeaStatus.EVALUATION);
    expect(destinationOf(restore, { hiddenFromStatus: null })).toBe(IdeaStatus.PUBLISHED);
    const withdraw = transitions.find((transition) => transition.name === 'withdraw')!;
    expect(destinationOf(withdraw, { hiddenFromStatus: IdeaStatus.EVALUATION })).toBe(IdeaStatus.WITHDRAWN);
  });

  it('places every state on the path to implementation, or beside it after the last stage it reached', () => {
    const S = IdeaStatus;
    expect(pathToImplementation).toEqual([
      S.SUBMITTED,
      S.PUBLISHED,
      S.SHORTLISTED,
      S.EVALUATION,
      S.EXPERIMENT,
      S.IMPLEMENTATION,
      S.IMPLEMENTED,
    ]);
    expect(lifecyclePosition(S.EVALUATION, null)).toEqual({
      passed: [S.SUBMITTED, S.PUBLISHED, S.SHORTLISTED],
      current: S.EVALUATION,
      ahead: [S.EXPERIMENT, S.IMPLEMENTATION, S.IMPLEMENTED],
      offPath: null,
    });
    // Declined during evaluation: the stages reached stay passed, nothing lies ahead.
    expect(lifecyclePosition(S.DECLINED, S.EVALUATION)).toEqual({
      passed: [S.SUBMITTED, S.PUBLISHED, S.SHORTLISTED, S.EVALUATION],
      current: S.DECLINED,
      ahead: [],
      offPath: 'end',
    });
    // A detour leads back: the author may fix a sent-back idea, a hidden one may return.
    expect(lifecyclePosition(S.CHANGES_REQUESTED, S.SUBMITTED)).toMatchObject({
      passed: [S.SUBMITTED],
      ahead: [S.PUBLISHED, S.SHORTLISTED, S.EVALUATION, S.EXPERIMENT, S.IMPLEMENTATION, S.IMPLEMENTED],
      offPath: 'detour',
    });
    expect(lifecyclePosition(S.HIDDEN, S.EXPERIMENT)).toMatchObject({
      passed: [S.SUBMITTED, S.PUBLISHED, S.SHORTLISTED, S.EVALUATION, S.EXPERIMENT],
      offPath: 'detour',
    });
    expect(lifecyclePosition(S.DRAFT, null)).toMatchObject({ passed: [], offPath: 'detour' });
    // Without a timeline, the first stage the lifecycle leads from is assumed.
    // A withdrawn idea may never have left its draft: nothing is claimed passed.
    expect(lifecyclePosition(S.WITHDRAWN, null)).toMatchObject({ passed: [], ahead: [], offPath: 'end' });
    expect(lifecyclePosition(S.DISCONTINUED, null)).toMatchObject({
      passed: [S.SUBMITTED, S.PUBLISHED, S.SHORTLISTED, S.EVALUATION, S.EXPERIMENT],
      offPath: 'end',
    });
    for (const status of [S.MERGED, S.REJECTED, S.ARCHIVED])
      expect(lifecyclePosition(status, null).offPath).toBe('end');
  });

  it('places a fixed hidden idea back in review before the stage it returns to', () => {
    const S = IdeaStatus;
    // Hidden while shortlisted, fixed and resubmitted: publishing returns it to the shortlist.
    expect(lifecyclePosition(S.SUBMITTED, S.SUBMITTED, S.SHORTLISTED)).toEqual({
      passed: [S.SUBMITTED, S.PUBLISHED],
      current: S.SUBMITTED,
      ahead: [S.SHORTLISTED, S.EVALUATION, S.EXPERIMENT, S.IMPLEMENTATION, S.IMPLEMENTED],
      offPath: 'detour',
    });
    // Sent back for more changes on the way: still placed after the stage it was hidden from.
    expect(lifecyclePosition(S.CHANGES_REQUESTED, S.SUBMITTED, S.EVALUATION)).toMatchObject({
      passed: [S.SUBMITTED, S.PUBLISHED, S.SHORTLISTED, S.EVALUATION],
      offPath: 'detour',
    });
    // A first submission has no stage to return to.
    expect(lifecyclePosition(S.SUBMITTED, S.SUBMITTED, null)).toMatchObject({ passed: [], offPath: null });
  });

  it('makes public only the reasons the lifecycle asks for on decisions that leave the idea public', () => {
    const S = IdeaStatus;
    expect(reasonIsPublic({ fromStatus: S.EVALUATION, toStatus: S.DECLINED })).toBe(true);
    expect(reasonIsPublic({ fromStatus: S.EXPERIMENT, toStatus: S.DISCONTINUED })).toBe(true);
    // A moderator's optional note on publishing or restoring, and the reasons for sending back or hiding.
    expect(reasonIsPublic({ fromStatus: S.SUBMITTED, toStatus: S.PUBLISHED })).toBe(false);
    expect(reasonIsPublic({ fromStatus: S.HIDDEN, toStatus: S.SHORTLISTED })).toBe(false);
    expect(reasonIsPublic({ fromStatus: S.SUBMITTED, toStatus: S.CHANGES_REQUESTED })).toBe(false);
    expect(reasonIsPublic({ fromStatus: S.PUBLISHED, toStatus: S.HIDDEN })).toBe(false);
    expect(reasonIsPublic({ fromStatus: S.SUBMITTED, toStatus: S.REJECTED })).toBe(false);
    expect(reasonIsPublic({ fromStatus: null, toStatus: null })).toBe(false);
  });

  it('names who holds the idea now: whoever may move it on along the path', () => {
    const S = IdeaStatus;
    expect(whoMovesOn(S.DRAFT)).toEqual(['authors']);
    expect(whoMovesOn(S.SUBMITTED)).toEqual(['idea.moderate']);
    expect(whoMovesOn(S.CHANGES_REQUESTED)).toEqual(['authors']);
    expect(whoMovesOn(S.HIDDEN)).toEqual(['authors', 'idea.moderate']);
    expect(whoMovesOn(S.PUBLISHED)).toEqual(['idea.nominate']);
    expect(whoMovesOn(S.SHORTLISTED)).toEqual(['idea.promote']);
    for (const stage of [S.EVALUATION, S.EXPERIMENT, S.IMPLEMENTATION])
      expect(whoMovesOn(stage)).toEqual(['accelerator.manage']);
    for (const settled of [S.IMPLEMENTED, S.DECLINED, S.DISCONTINUED, S.WITHDRAWN, S.MERGED, S.REJECTED, S.ARCHIVED])
      expect(whoMovesOn(settled)).toEqual([]);
  });
});
