import { describe, expect, it } from 'vitest';
import { Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import { actorOf, createDepartment, createUser, unique } from '@/modules/platform/testing/factories';
import { applyStaffImport, previewStaffImport, type StaffImportResult } from './staff-import';

const origin = { ip: null, userAgent: null, requestId: null };
// Employee numbers are letters, digits and dashes, at most 32.
const numberPart = (handle: string) => handle.replace(/[^A-Za-z0-9]/g, '').slice(-20);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('staff import', () => {
  const db = testDb();
  const hr = async () => actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.HR] }));
  const preview = async (text: string | Uint8Array, actor?: Awaited<ReturnType<typeof hr>>) =>
    previewStaffImport(db, actor ?? (await hr()), typeof text === 'string' ? utf8(text) : text, 'fi');
  const problemsOf = (result: StaffImportResult) => {
    if (result.stage !== 'refused') throw new Error(`expected a refusal, got ${result.stage}`);
    return result.problems;
  };
  const people = (handle: string) => ({
    first: { email: `${handle}-a@test.example`, number: `A-${numberPart(handle)}` },
    second: { email: `${handle}-b@test.example`, number: `B-${numberPart(handle)}` },
  });

  it('reads Finnish headers with semicolons and a BOM, English ones with commas, in any case and spacing', async () => {
    const department = await createDepartment(db);
    const handle = unique('csv');
    const { first, second } = people(handle);
    const finnish = `\uFEFFNimi;SÄHKÖPOSTI;Henkilö numero;osasto;Kustannuspaikka\r\nAino Aalto;${first.email};${first.number};${department.nameSv};1200\r\n`;
    const english = `name,E-mail,Employee Number,DEPARTMENT,cost centre\n"Berg, Bo",${second.email},${second.number},${department.slug},\n`;
    const [fromFinnish, fromEnglish] = [await preview(finnish), await preview(english)];
    expect(fromFinnish).toMatchObject({
      stage: 'preview',
      plan: {
        newCount: 1,
        newPeople: [
          { row: 2, name: 'Aino Aalto', email: first.email, costCentre: '1200', department: department.nameFi },
        ],
      },
    });
    expect(fromEnglish).toMatchObject({
      stage: 'preview',
      plan: { newCount: 1, newPeople: [{ name: 'Berg, Bo', employeeNumber: second.number, costCentre: null }] },
    });
  });

  it("refuses a file saved in Windows-1252 (Excel's plain CSV) and says to save it as CSV UTF-8", async () => {
    const latin1 = Uint8Array.from([...utf8('nimi;s'), 0xe4, ...utf8('hk'), 0xf6, ...utf8('posti\n')]);
    expect(problemsOf(await preview(latin1))).toEqual([{ row: null, column: null, code: 'encoding' }]);
  });

  it('names every missing column', async () => {
    expect(problemsOf(await preview('nimi;sähköposti;osasto\nAino;a@test.example;x\n'))).toEqual([
      { row: 1, column: 'employeeNumber', code: 'missingColumn' },
      { row: 1, column: 'costCentre', code: 'missingColumn' },
    ]);
  });

  it('names empty required values, malformed e-mails and duplicates within the file by row and column', async () => {
    const department = await createDepartment(db);
    const file = [
      'nimi;sähköposti;henkilönumero;osasto;kustannuspaikka',
      `Aino;aino@test.example;100;${department.slug};`,
      `;bo@test.example;101;${department.slug};`,
      `Cay;not-an-address;102;${department.slug};`,
      `Dan;AINO@test.example;100;${department.slug};`,
      `Eva;eva@test.example;1 03;;`,
    ].join('\n');
    expect(problemsOf(await preview(file))).toEqual([
      { row: 3, column: 'name', code: 'required' },
      { row: 4, column: 'email', code: 'email' },
      { row: 5, column: 'email', code: 'duplicateInFile', otherRow: 2 },
      { row: 5, column: 'employeeNumber', code: 'duplicateInFile', otherRow: 2 },
      { row: 6, column: 'department', code: 'required' },
      { row: 6, column: 'employeeNumber', code: 'employeeNumberFormat' },
    ]);
  });

  it('refuses an employee number another person has and a department nobody knows', async () => {
    const department = await createDepartment(db);
    const holder = await createUser(db);
    const taken = numberPart(unique('N'));
    await db.user.update({ where: { id: holder.id }, data: { employeeNumber: taken } });
    const { first, second } = people(unique('taken'));
    const file = `nimi;sähköposti;henkilönumero;osasto;kustannuspaikka\nAino;${first.email};${taken};${department.nameEn};\nBo;${second.email};${second.number};Tuntematon;\n`;
    expect(problemsOf(await preview(file))).toEqual([
      { row: 2, column: 'employeeNumber', code: 'employeeNumberTaken' },
      { row: 3, column: 'department', code: 'unknownDepartment', value: 'Tuntematon' },
    ]);
  });

  it("lists the file's problems and the database's together, by row", async () => {
    const department = await createDepartment(db);
    const { first, second } = people(unique('both'));
    const file = [
      'nimi;sähköposti;henkilönumero;osasto;kustannuspaikka',
      `Aino;${first.email};${first.number};Tuntematon;`,
      `Bo;not-an-address;${second.number};${department.slug};`,
    ].join('\n');
    expect(problemsOf(await preview(file))).toEqual([
      { row: 2, column: 'department', code: 'unknownDepartment', value: 'Tuntematon' },
      { row: 3, column: 'email', code: 'email' },
    ]);
  });

  it('refuses files over the size and row limits', async () => {
    expect(problemsOf(await preview(new Uint8Array(2 * 1024 * 1024 + 1)))).toEqual([
      { row: null, column: null, code: 'tooLarge' },
    ]);
    const rows = Array.from({ length: 20_001 }, (_, index) => `P${index};p${index}@test.example;${index};x;`);
    const file = ['nimi;sähköposti;henkilönumero;osasto;kustannuspaikka', ...rows].join('\n');
    expect(problemsOf(await preview(file))).toEqual([{ row: null, column: null, code: 'tooManyRows' }]);
  });

  it('previews without writing, imports the plan with the employee role, and a second run changes nothing', async () => {
    const [department, other] = [await createDepartment(db), await createDepartment(db)];
    const actor = await hr();
    const existing = await createUser(db, { departmentId: department.id });
    const { first } = people(unique('run'));
    const file = [
      'nimi;sähköposti;henkilönumero;osasto;kustannuspaikka',
      `Aino Aalto;${first.email};${first.number};${department.slug};1200`,
      `${existing.name};${existing.email?.toUpperCase()};${first.number}-2;${other.nameFi};3400`,
    ].join('\n');
    const previewed = await preview(file, actor);
    if (previewed.stage !== 'preview') throw new Error('expected a preview');
    expect(previewed.plan).toMatchObject({ newCount: 1, changedCount: 1, unchangedCount: 0 });
    expect(previewed.plan.changedPeople[0]?.changes).toEqual([
      { field: 'employeeNumber', before: null, after: `${first.number}-2` },
      { field: 'department', before: department.nameFi, after: other.nameFi },
      { field: 'costCentre', before: null, after: '3400' },
    ]);
    expect(await db.user.count({ where: { email: first.email } })).toBe(0);

    const { content, digest } = previewed;
    expect(await applyStaffImport(db, actor, { content, digest }, origin, 'fi')).toEqual({
      stage: 'imported',
      created: 1,
      changed: 1,
      unchanged: 0,
    });
    expect(await db.user.findUnique({ where: { email: first.email } })).toMatchObject({
      name: 'Aino Aalto',
      employeeNumber: first.number,
      departmentId: department.id,
      costCentre: '1200',
      roles: [Role.EMPLOYEE],
    });
    expect(await db.user.findUnique({ where: { id: existing.id } })).toMatchObject({
      employeeNumber: `${first.number}-2`,
      departmentId: other.id,
      costCentre: '3400',
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { actorId: actor.id, action: 'staff.import' } });
    expect(audit.after).toEqual({ created: 1, changed: 1, unchanged: 0 });

    const again = await preview(file, actor);
    if (again.stage !== 'preview') throw new Error('expected a preview');
    expect(again.plan).toMatchObject({ newCount: 0, changedCount: 0, unchangedCount: 2 });
    expect(await applyStaffImport(db, actor, { content, digest: again.digest }, origin, 'fi')).toEqual({
      stage: 'imported',
      created: 0,
      changed: 0,
      unchanged: 2,
    });
  });

  it('changes nothing when the file has one bad row, or when the people changed after the preview', async () => {
    const department = await createDepartment(db);
    const actor = await hr();
    const { first, second } = people(unique('atomic'));
    const good = `nimi;sähköposti;henkilönumero;osasto;kustannuspaikka\nAino;${first.email};${first.number};${department.slug};\nBo;${second.email};${second.number};${department.slug};\n`;
    const previewed = await preview(good, actor);
    if (previewed.stage !== 'preview') throw new Error('expected a preview');

    const oneBadRow = `${good}Cay;cay@test.example;;${department.slug};\n`;
    expect(
      await applyStaffImport(db, actor, { content: oneBadRow, digest: previewed.digest }, origin, 'fi'),
    ).toMatchObject({
      stage: 'refused',
      problems: [{ row: 4, column: 'employeeNumber', code: 'required' }],
    });
    const edited = good.replace('Bo;', 'Bodil;');
    expect(
      await applyStaffImport(db, actor, { content: edited, digest: previewed.digest }, origin, 'fi'),
    ).toMatchObject({
      stage: 'refused',
      message: 'staffImport.changedSincePreview',
    });
    // Someone took the second person's number between the preview and the import.
    const holder = await createUser(db);
    await db.user.update({ where: { id: holder.id }, data: { employeeNumber: second.number } });
    expect(await applyStaffImport(db, actor, { content: good, digest: previewed.digest }, origin, 'fi')).toMatchObject({
      stage: 'refused',
      problems: [{ row: 3, column: 'employeeNumber', code: 'employeeNumberTaken' }],
    });
    expect(await db.user.count({ where: { email: { in: [first.email, second.email] } } })).toBe(0);
  });

  it('is for HR and admins only', async () => {
    const employee = actorOf(await createUser(db));
    const admin = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.ADMIN] }));
    const file = 'nimi;sähköposti;henkilönumero;osasto;kustannuspaikka\nAino;x@test.example;1;x;\n';
    expect(await preview(file, employee)).toMatchObject({ stage: 'refused', message: 'errors.forbidden' });
    expect(await applyStaffImport(db, employee, { content: file, digest: '0'.repeat(64) }, origin, 'fi')).toMatchObject(
      { stage: 'refused', message: 'errors.forbidden' },
    );
    expect(await preview(file, admin)).toMatchObject({ stage: 'refused', problems: [{ code: 'unknownDepartment' }] });
  });
});
