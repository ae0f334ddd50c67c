import { describe, expect, it } from 'vitest';
import { FlagReason, IdeaEventType, IdeaStatus, Role, type Database } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createIdea, createUser, testOrigin } from '@/modules/platform/testing/factories';
import { ideaSnapshot, snapshotFrom } from './changes';
import { flagContent, resolveFlags, resolveInput } from './flags';
import { addModeratorNote } from './notes';
import { scrubText } from './redaction';

/** Every table and column whose text (or JSON, as text) contains the phrase. */
async function whereTextContains(db: Database, phrase: string): Promise<string[]> {
  // Materialised first, so the count runs on our tables only (never on system views).
  const rows = await db.$queryRaw<{ place: string }[]>`
    WITH text_columns AS MATERIALIZED (
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
    )
    SELECT table_name || '.' || column_name AS place FROM text_columns
    WHERE (xpath('/row/n/text()', query_to_xml(
      format('SELECT count(*) AS n FROM %I WHERE %I::text LIKE %L', table_name, column_name, '%' || ${phrase} || '%'), false, true, '')))[1]::text::int > 0
    ORDER BY 1`;
  return rows.map((row) => row.place);
}

describe('redaction', () => {
  const db = testDb();
  const employees = (count: number) => Promise.all(Array.from({ length: count }, () => createUser(db).then(actorOf)));
  const moderatorActor = async () => actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.MODERATOR] }));

  it('takes the personal data out of an idea’s title, text, benefit note, timeline snapshots, reports and notes: only the audit log keeps it', async () => {
    const phrase = `Hanna Virtanen 040 555 ${Math.floor(Math.random() * 1e6)}`;
    const author = await createUser(db);
    const idea = await createIdea(db, {
      authorId: author.id,
      title: `Kiitos ${phrase}`,
      body: `Soittakaa ${phrase} aamulla, hän tietää.`,
    });
    await db.idea.update({ where: { id: idea.id }, data: { expectedBenefitNote: `Laskelma: ${phrase}` } });
    // What a moderator's earlier request for changes kept of an older version, with its reason.
    await db.ideaEvent.create({
      data: {
        ideaId: idea.id,
        type: IdeaEventType.STATUS_CHANGED,
        fromStatus: IdeaStatus.SUBMITTED,
        toStatus: IdeaStatus.CHANGES_REQUESTED,
        reason: `Poistakaa ${phrase} tekstistä.`,
        data: ideaSnapshot({ title: `Kiitos ${phrase}`, body: `Vanha versio: soittakaa ${phrase}.` }),
      },
    });
    // What hiding it kept: the text exactly as it is now.
    await db.ideaEvent.create({
      data: {
        ideaId: idea.id,
        type: IdeaEventType.STATUS_CHANGED,
        fromStatus: IdeaStatus.PUBLISHED,
        toStatus: IdeaStatus.HIDDEN,
        data: ideaSnapshot(idea),
      },
    });
    // An edit waiting for a moderator would bring the text back if approved.
    await db.ideaRevision.create({
      data: {
        ideaId: idea.id,
        editorId: author.id,
        title: `Kiitos ${phrase}`,
        body: `Soittakaa ${phrase} aamulla, hän tietää. Lisäys.`,
      },
    });
    for (const reporter of await employees(2)) {
      await flagContent(
        db,
        reporter,
        { target: 'idea', targetId: idea.id, reason: FlagReason.PERSONAL_DATA, note: `Näkyy ${phrase}` },
        3,
        testOrigin,
      );
    }
    const moderator = await moderatorActor();
    await addModeratorNote(db, moderator, {
      subject: 'idea',
      subjectId: String(idea.id),
      body: `Sisältää ${phrase}, poistettava.`,
    });
    await addModeratorNote(db, moderator, {
      subject: 'user',
      subjectId: author.id,
      body: `Julkaisi ${phrase} idean otsikossa.`,
    });
    expect((await whereTextContains(db, phrase)).length).toBeGreaterThan(5);

    const redacted = {
      redactedTitle: 'Kiitos [poistettu]',
      redactedText: 'Soittakaa [poistettu] aamulla, hän tietää.',
      redactedBenefitNote: 'Laskelma: [poistettu]',
    };
    expect(
      await resolveFlags(
        db,
        moderator,
        { target: 'idea', targetId: idea.id, resolution: 'redact', reason: 'Henkilötiedot poistettu.', ...redacted },
        testOrigin,
      ),
    ).toMatchObject({ ok: true });

    expect(await whereTextContains(db, phrase)).toEqual(['audit_log.before']);
    expect(
      await db.idea.findUniqueOrThrow({
        where: { id: idea.id },
        select: { title: true, body: true, expectedBenefitNote: true },
      }),
    ).toEqual({
      title: redacted.redactedTitle,
      body: redacted.redactedText,
      expectedBenefitNote: redacted.redactedBenefitNote,
    });
    // The hide kept the text as it was: it now reads exactly as redacted, so the queue's diff stays true.
    const events = await db.ideaEvent.findMany({
      where: { ideaId: idea.id },
      orderBy: { id: 'asc' },
      select: { toStatus: true, reason: true, data: true },
    });
    expect(snapshotFrom(events.find((event) => event.toStatus === IdeaStatus.HIDDEN)?.data)).toEqual({
      title: redacted.redactedTitle,
      body: redacted.redactedText,
    });
    expect(events[0]?.reason).toBe('Poistakaa [poistettu] tekstistä.');
    expect(
      await db.ideaRevision.findFirstOrThrow({ where: { ideaId: idea.id }, select: { title: true, body: true } }),
    ).toEqual({
      title: redacted.redactedTitle,
      body: 'Soittakaa [poistettu] aamulla, hän tietää. Lisäys.',
    });
    expect(snapshotFrom(events[0]?.data)).toEqual({
      title: redacted.redactedTitle,
      body: 'Vanha versio: soittakaa [poistettu].',
    });
  });

  it('takes the personal data out of a comment, its reports and the reason it was hidden', async () => {
    const phrase = `Maija Meikäläinen 050 ${Math.floor(Math.random() * 1e7)}`;
    const idea = await createIdea(db);
    const writer = await createUser(db);
    const comment = await db.comment.create({
      data: { ideaId: idea.id, authorId: writer.id, body: `Kysykää ${phrase} lisää.` },
    });
    const [reporter] = await employees(1);
    await flagContent(
      db,
      reporter!,
      { target: 'comment', targetId: comment.id, reason: FlagReason.PERSONAL_DATA, note: `Siinä on ${phrase}` },
      3,
      testOrigin,
    );
    const moderator = await moderatorActor();
    await resolveFlags(
      db,
      moderator,
      { target: 'comment', targetId: comment.id, resolution: 'hide', reason: `Sisältää ${phrase}` },
      testOrigin,
    );

    await resolveFlags(
      db,
      moderator,
      {
        target: 'comment',
        targetId: comment.id,
        resolution: 'redact',
        reason: 'Henkilötiedot poistettu.',
        redactedText: 'Kysykää [poistettu] lisää.',
      },
      testOrigin,
    );

    expect(await whereTextContains(db, phrase)).toEqual(['audit_log.after', 'audit_log.before']);
    expect(
      await db.comment.findUniqueOrThrow({ where: { id: comment.id }, select: { body: true, hiddenAt: true } }),
    ).toEqual({ body: 'Kysykää [poistettu] lisää.', hiddenAt: null });
  });

  it('asks for a title long enough when the redaction changes it', async () => {
    const idea = await createIdea(db);
    const moderator = await moderatorActor();
    expect(
      await resolveFlags(
        db,
        moderator,
        {
          target: 'idea',
          targetId: idea.id,
          resolution: 'redact',
          reason: 'Nimi poistettu.',
          redactedText: idea.body,
          redactedTitle: 'x',
        },
        testOrigin,
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { redactedTitle: ['validation.titleTooShort'] },
    });
    expect((await db.idea.findUniqueOrThrow({ where: { id: idea.id } })).title).toBe(idea.title);
  });

  it('stores the moderator’s edited text with LF line breaks, as the form’s multipart post turns them into CRLF', () => {
    const parsed = resolveInput.parse({
      target: 'idea',
      targetId: 1,
      resolution: 'redact',
      reason: 'Nimi poistettu.',
      redactedText: 'Ensimmäinen kappale.\r\n\r\nToinen kappale.',
    });
    expect(parsed.redactedText).toBe('Ensimmäinen kappale.\n\nToinen kappale.');
  });

  it('replaces whole words only and leaves text without the removed parts untouched', () => {
    const removed = [{ removed: 'Ari', replacement: '[nimi]' }];
    expect(scrubText('Ari ja Arimo: soita Ari!', removed)).toBe('[nimi] ja Arimo: soita [nimi]!');
    expect(scrubText('Ei mitään poistettavaa.', removed)).toBe('Ei mitään poistettavaa.');
  });
});
