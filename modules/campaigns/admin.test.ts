import { describe, expect, it } from 'vitest';
import { Role } from '@/modules/platform/db/client';
import { testDb } from '@/modules/platform/testing/database';
import {
  actorOf,
  createCategory,
  createDepartment,
  createUser,
  testOrigin,
  unique,
} from '@/modules/platform/testing/factories';
import { campaignForEditing, createCampaign, updateCampaign } from './admin';
import { campaignImageMaxBytes } from './image';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

function fields(overrides: Record<string, unknown> = {}) {
  return {
    slug: unique('haku').toLowerCase(),
    titleFi: 'Vähemmän paperitöitä kotihoitoon',
    titleSv: 'Mindre pappersarbete i hemvården',
    titleEn: 'Less paperwork in home care',
    descriptionFi: 'Mistä kirjaamisesta voisimme luopua?',
    descriptionSv: 'Vilken dokumentation kunde vi slopa?',
    descriptionEn: 'What record-keeping could we drop?',
    opensDate: '2027-03-01',
    opensTime: '08:00',
    closesDate: '2027-03-28',
    closesTime: '12:00',
    departmentIds: [],
    categoryIds: [],
    moderationMode: '',
    image: null,
    removeImage: false,
    imageAltFi: '',
    imageAltSv: '',
    imageAltEn: '',
    ...overrides,
  };
}

describe('campaigns made by admins and the coordinator', () => {
  const db = testDb();

  it('stores the window typed in Finnish time as the right instants, with audience, categories and an audit entry', async () => {
    const coordinator = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.COORDINATOR] }));
    const department = await createDepartment(db);
    const category = await createCategory(db);
    const input = fields({ departmentIds: [department.id], categoryIds: [category.id], moderationMode: 'post' });
    const created = await createCampaign(db, coordinator, input, testOrigin);
    expect(created).toMatchObject({ ok: true, message: 'campaigns.admin.created' });
    const campaign = await db.campaign.findUniqueOrThrow({
      where: { slug: input.slug },
      include: { departments: true, categories: true },
    });
    // 08:00 winter time (UTC+2) and noon on the spring change day, already summer time (UTC+3).
    expect(campaign.opensAt.toISOString()).toBe('2027-03-01T06:00:00.000Z');
    expect(campaign.closesAt.toISOString()).toBe('2027-03-28T09:00:00.000Z');
    expect(campaign.moderationMode).toBe('post');
    expect(campaign.departments.map((link) => link.departmentId)).toEqual([department.id]);
    expect(campaign.categories.map((link) => link.categoryId)).toEqual([category.id]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'campaign.create', targetId: input.slug } });
    expect(audit.actorId).toBe(coordinator.id);

    // The edit form shows the same wall-clock times again.
    const editing = await campaignForEditing(db, coordinator, input.slug);
    expect(editing).toMatchObject({ opensDate: '2027-03-01', opensTime: '08:00', closesTime: '12:00' });
  });

  it('is refused to everyone without campaign.manage', async () => {
    for (const roles of [[Role.EMPLOYEE], [Role.EMPLOYEE, Role.MODERATOR], [Role.EMPLOYEE, Role.HR]]) {
      const person = actorOf(await createUser(db, { roles }));
      expect(await createCampaign(db, person, fields(), testOrigin)).toEqual({
        ok: false,
        message: 'errors.forbidden',
      });
    }
  });

  it('refuses a window that closes before it opens, a taken address, and an image that is too big or not an image', async () => {
    const admin = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.ADMIN] }));
    const backwards = await createCampaign(db, admin, fields({ closesDate: '2027-02-01' }), testOrigin);
    expect(backwards.fieldErrors).toEqual({ closesDate: ['campaigns.validation.closesBeforeOpens'] });

    const first = fields();
    expect((await createCampaign(db, admin, first, testOrigin)).ok).toBe(true);
    const again = await createCampaign(db, admin, fields({ slug: first.slug }), testOrigin);
    expect(again.fieldErrors).toEqual({ slug: ['campaigns.validation.slugTaken'] });

    const huge = new Uint8Array(campaignImageMaxBytes + 1);
    huge.set(png);
    const tooBig = await createCampaign(
      db,
      admin,
      fields({ image: huge, imageAltFi: 'a', imageAltSv: 'a', imageAltEn: 'a' }),
      testOrigin,
    );
    expect(tooBig.fieldErrors).toEqual({ image: ['campaigns.validation.imageTooLarge'] });
    const text = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>');
    const notImage = await createCampaign(
      db,
      admin,
      fields({ image: text, imageAltFi: 'a', imageAltSv: 'a', imageAltEn: 'a' }),
      testOrigin,
    );
    expect(notImage.fieldErrors).toEqual({ image: ['campaigns.validation.imageType'] });
  });

  it('keeps an image in PostgreSQL with its alt texts, and removes it on request', async () => {
    const admin = actorOf(await createUser(db, { roles: [Role.EMPLOYEE, Role.ADMIN] }));
    const input = fields({ image: png });
    const withoutAlt = await createCampaign(db, admin, input, testOrigin);
    expect(withoutAlt.fieldErrors).toEqual({
      imageAltFi: ['campaigns.validation.altRequired'],
      imageAltSv: ['campaigns.validation.altRequired'],
      imageAltEn: ['campaigns.validation.altRequired'],
    });
    const alt = {
      imageAltFi: 'Hoitaja ja asiakas',
      imageAltSv: 'Vårdare och klient',
      imageAltEn: 'A nurse and a client',
    };
    expect((await createCampaign(db, admin, { ...input, ...alt }, testOrigin)).ok).toBe(true);
    const campaign = await db.campaign.findUniqueOrThrow({ where: { slug: input.slug }, include: { image: true } });
    expect(campaign.image?.contentType).toBe('image/png');
    expect([...campaign.image!.bytes]).toEqual([...png]);
    expect(campaign.imageAltFi).toBe('Hoitaja ja asiakas');

    // An edit sends everything but the address, which stays.
    const edit = { ...input, slug: undefined, id: campaign.id, image: null, removeImage: true };
    const removed = await updateCampaign(db, admin, edit, testOrigin);
    expect(removed).toMatchObject({ ok: true, message: 'campaigns.admin.saved' });
    const after = await db.campaign.findUniqueOrThrow({ where: { id: campaign.id }, include: { image: true } });
    expect(after.image).toBeNull();
    expect(after.imageAltFi).toBeNull();
    expect(await db.auditLog.count({ where: { action: 'campaign.update', targetId: input.slug } })).toBe(1);
  });
});
