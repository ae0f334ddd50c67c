import { z } from 'zod';
import { beginMutation, type FormState } from '@/modules/access/mutation';
import { can, type Actor } from '@/modules/access/permissions';
import { recordAudit, type RequestOrigin } from '@/modules/audit/audit-log';
import type { AppLocale } from '@/modules/i18n/locales';
import { localizedName } from '@/modules/i18n/localized-name';
import { lineBreaksAsLf } from '@/modules/ideas/schemas';
import type { Database, Prisma } from '@/modules/platform/db/client';
import { campaignImageMaxBytes, sniffImageType } from './image';
import { campaignTitle } from './queries';
import { campaignWindowState, finnishTimeToInstant, instantToFinnishTime } from './window';

// Admins and the coordinator create and change campaigns (`campaign.manage`). Every change is one
// transaction with its audit entry; the campaign tables' triggers drop the stored shared pages.

const title = z
  .string()
  .trim()
  .min(3, 'campaigns.validation.titleTooShort')
  .max(160, 'campaigns.validation.titleTooLong');
const description = z
  .string()
  .overwrite(lineBreaksAsLf)
  .trim()
  .min(10, 'campaigns.validation.descriptionTooShort')
  .max(10_000, 'campaigns.validation.descriptionTooLong');
const altText = z.string().trim().max(300, 'campaigns.validation.altTooLong');
const finnishDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'campaigns.validation.date');
const finnishTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'campaigns.validation.time');

const campaignFields = z
  .object({
    titleFi: title,
    titleSv: title,
    titleEn: title,
    descriptionFi: description,
    descriptionSv: description,
    descriptionEn: description,
    opensDate: finnishDate,
    opensTime: finnishTime,
    closesDate: finnishDate,
    closesTime: finnishTime,
    departmentIds: z.array(z.uuid('validation.invalid')).default([]),
    categoryIds: z.array(z.uuid('validation.invalid')).default([]),
    /** '' follows the site's setting. */
    moderationMode: z.enum(['', 'pre', 'post'], 'validation.invalid'),
    /** A new image's bytes; null keeps the current one (or none). */
    image: z.instanceof(Uint8Array).nullable().default(null),
    removeImage: z.boolean().default(false),
    imageAltFi: altText,
    imageAltSv: altText,
    imageAltEn: altText,
  })
  .superRefine((input, context) => {
    const opensAt = finnishTimeToInstant(input.opensDate, input.opensTime);
    const closesAt = finnishTimeToInstant(input.closesDate, input.closesTime);
    if (!opensAt) context.addIssue({ code: 'custom', path: ['opensDate'], message: 'campaigns.validation.date' });
    if (!closesAt) context.addIssue({ code: 'custom', path: ['closesDate'], message: 'campaigns.validation.date' });
    if (opensAt && closesAt && closesAt <= opensAt)
      context.addIssue({ code: 'custom', path: ['closesDate'], message: 'campaigns.validation.closesBeforeOpens' });
    if (input.image) {
      if (input.image.length > campaignImageMaxBytes)
        context.addIssue({ code: 'custom', path: ['image'], message: 'campaigns.validation.imageTooLarge' });
      else if (!sniffImageType(input.image))
        context.addIssue({ code: 'custom', path: ['image'], message: 'campaigns.validation.imageType' });
    }
  });

const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, 'campaigns.validation.slug')
  .max(60, 'campaigns.validation.slug')
  .regex(/^[a-z0-9-]+$/, 'campaigns.validation.slug')
  .refine((slug) => !slug.startsWith('-') && !slug.endsWith('-') && !slug.includes('--'), 'campaigns.validation.slug');

const createSchema = z.object({ slug: slugSchema }).and(campaignFields);
const updateSchema = z.object({ id: z.uuid() }).and(campaignFields);

type CampaignFields = z.infer<typeof campaignFields>;

/** The audited, stored columns of a campaign (never the image's bytes). */
function columnsOf(input: CampaignFields) {
  return {
    titleFi: input.titleFi,
    titleSv: input.titleSv,
    titleEn: input.titleEn,
    descriptionFi: input.descriptionFi,
    descriptionSv: input.descriptionSv,
    descriptionEn: input.descriptionEn,
    opensAt: finnishTimeToInstant(input.opensDate, input.opensTime) as Date,
    closesAt: finnishTimeToInstant(input.closesDate, input.closesTime) as Date,
    moderationMode: input.moderationMode || null,
  };
}

type Tx = Prisma.TransactionClient;

/**
 * Departments and categories must exist and be in use (a campaign already aimed at one that was
 * deactivated since may keep it); an image needs its alternative text in all three languages.
 */
async function checkChoices(
  tx: Tx,
  input: CampaignFields,
  kept: { departmentIds: string[]; categoryIds: string[]; hasImage: boolean },
): Promise<Record<string, string[]> | null> {
  const departmentIds = [...new Set(input.departmentIds)];
  const categoryIds = [...new Set(input.categoryIds)];
  const [departments, categories] = await Promise.all([
    tx.department.count({
      where: { id: { in: departmentIds }, OR: [{ active: true }, { id: { in: kept.departmentIds } }] },
    }),
    tx.category.count({
      where: { id: { in: categoryIds }, OR: [{ active: true }, { id: { in: kept.categoryIds } }] },
    }),
  ]);
  const errors: Record<string, string[]> = {};
  if (departments !== departmentIds.length) errors.departmentIds = ['validation.invalid'];
  if (categories !== categoryIds.length) errors.categoryIds = ['validation.invalid'];
  const willHaveImage = Boolean(input.image) || (kept.hasImage && !input.removeImage);
  if (willHaveImage) {
    for (const field of ['imageAltFi', 'imageAltSv', 'imageAltEn'] as const)
      if (!input[field]) errors[field] = ['campaigns.validation.altRequired'];
  }
  return Object.keys(errors).length ? errors : null;
}

/** Writes the audience, categories and image of a campaign as the form says. */
async function writeLinks(tx: Tx, campaignId: string, input: CampaignFields) {
  await tx.campaignDepartment.deleteMany({ where: { campaignId } });
  await tx.campaignCategory.deleteMany({ where: { campaignId } });
  await tx.campaignDepartment.createMany({
    data: [...new Set(input.departmentIds)].map((departmentId) => ({ campaignId, departmentId })),
  });
  await tx.campaignCategory.createMany({
    data: [...new Set(input.categoryIds)].map((categoryId) => ({ campaignId, categoryId })),
  });
  if (input.image) {
    const image = { contentType: sniffImageType(input.image) as string, bytes: Buffer.from(input.image) };
    await tx.campaignImage.upsert({ where: { campaignId }, create: { campaignId, ...image }, update: image });
  } else if (input.removeImage) {
    await tx.campaignImage.deleteMany({ where: { campaignId } });
  }
}

/** Alt texts are stored only while there is an image. */
function altTextsOf(input: CampaignFields, hasImage: boolean) {
  return {
    imageAltFi: hasImage ? input.imageAltFi : null,
    imageAltSv: hasImage ? input.imageAltSv : null,
    imageAltEn: hasImage ? input.imageAltEn : null,
  };
}

const auditView = (columns: ReturnType<typeof columnsOf>, input: CampaignFields) => ({
  ...columns,
  opensAt: columns.opensAt.toISOString(),
  closesAt: columns.closesAt.toISOString(),
  departmentIds: [...new Set(input.departmentIds)].sort(),
  categoryIds: [...new Set(input.categoryIds)].sort(),
  image: input.image ? 'new' : input.removeImage ? 'removed' : 'kept',
});

export async function createCampaign(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, createSchema, raw, 'campaign.manage');
  if (!start.ok) return start.state;
  const { input } = start;
  return db.$transaction(async (tx) => {
    const errors = await checkChoices(tx, input, { departmentIds: [], categoryIds: [], hasImage: false });
    if (errors) return { ok: false, message: 'errors.invalid', fieldErrors: errors };
    if (await tx.campaign.findUnique({ where: { slug: input.slug }, select: { id: true } }))
      return { ok: false, message: 'errors.invalid', fieldErrors: { slug: ['campaigns.validation.slugTaken'] } };
    const columns = columnsOf(input);
    const created = await tx.campaign.create({
      data: { slug: input.slug, ...columns, ...altTextsOf(input, Boolean(input.image)), createdById: start.actor.id },
      select: { id: true },
    });
    await writeLinks(tx, created.id, input);
    await recordAudit(
      tx,
      {
        actorId: start.actor.id,
        action: 'campaign.create',
        targetType: 'campaign',
        targetId: input.slug,
        after: { slug: input.slug, ...auditView(columns, input) },
      },
      origin,
    );
    return { ok: true, message: 'campaigns.admin.created', values: { slug: input.slug } };
  });
}

export async function updateCampaign(
  db: Database,
  actor: Actor | null,
  raw: unknown,
  origin: RequestOrigin,
): Promise<FormState> {
  const start = await beginMutation(actor, updateSchema, raw, 'campaign.manage');
  if (!start.ok) return start.state;
  const { input } = start;
  return db.$transaction(async (tx) => {
    // Locked against postings checking the window at this moment (queries.ts checkCampaignPosting).
    await tx.$queryRaw`SELECT id FROM campaigns WHERE id = ${input.id}::uuid FOR UPDATE`;
    const existing = await tx.campaign.findUnique({
      where: { id: input.id },
      select: {
        slug: true,
        titleFi: true,
        titleSv: true,
        titleEn: true,
        descriptionFi: true,
        descriptionSv: true,
        descriptionEn: true,
        opensAt: true,
        closesAt: true,
        moderationMode: true,
        departments: { select: { departmentId: true } },
        categories: { select: { categoryId: true } },
        image: { select: { updatedAt: true } },
      },
    });
    if (!existing) return { ok: false, message: 'errors.notFound' };
    const { slug, departments, categories, image, ...before } = existing;
    const kept = {
      departmentIds: departments.map((link) => link.departmentId),
      categoryIds: categories.map((link) => link.categoryId),
      hasImage: Boolean(image),
    };
    const errors = await checkChoices(tx, input, kept);
    if (errors) return { ok: false, message: 'errors.invalid', fieldErrors: errors };
    const columns = columnsOf(input);
    const hasImage = Boolean(input.image) || (kept.hasImage && !input.removeImage);
    await tx.campaign.update({ where: { id: input.id }, data: { ...columns, ...altTextsOf(input, hasImage) } });
    await writeLinks(tx, input.id, input);
    await recordAudit(
      tx,
      {
        actorId: start.actor.id,
        action: 'campaign.update',
        targetType: 'campaign',
        targetId: slug,
        before: {
          ...before,
          opensAt: before.opensAt.toISOString(),
          closesAt: before.closesAt.toISOString(),
          departmentIds: kept.departmentIds.sort(),
          categoryIds: kept.categoryIds.sort(),
        },
        after: auditView(columns, input),
      },
      origin,
    );
    return { ok: true, message: 'campaigns.admin.saved', values: { slug } };
  });
}

export interface AdminCampaignRow {
  id: string;
  slug: string;
  title: string;
  opensAt: Date;
  closesAt: Date;
  state: 'upcoming' | 'open' | 'closed';
  ideaCount: number;
}

/** Every campaign for the admins' list, newest window first; null without the permission. */
export async function listCampaignsForAdmin(
  db: Database,
  actor: Actor | null,
  locale: AppLocale,
  now: Date,
): Promise<AdminCampaignRow[] | null> {
  if (!can(actor, 'campaign.manage')) return null;
  const rows = await db.campaign.findMany({
    select: {
      id: true,
      slug: true,
      titleFi: true,
      titleSv: true,
      titleEn: true,
      opensAt: true,
      closesAt: true,
      _count: { select: { ideas: true } },
    },
    orderBy: [{ opensAt: 'desc' }, { slug: 'asc' }],
  });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    title: campaignTitle(row, locale),
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    state: campaignWindowState(row, now),
    ideaCount: row._count.ideas,
  }));
}

/** The values an edit form starts from, the window as Finnish date and time; null when not found or not allowed. */
export async function campaignForEditing(db: Database, actor: Actor | null, slug: string) {
  if (!can(actor, 'campaign.manage')) return null;
  const row = await db.campaign.findUnique({
    where: { slug },
    include: {
      departments: { select: { departmentId: true } },
      categories: { select: { categoryId: true } },
      image: { select: { updatedAt: true } },
    },
  });
  if (!row) return null;
  const opens = instantToFinnishTime(row.opensAt);
  const closes = instantToFinnishTime(row.closesAt);
  return {
    id: row.id,
    slug: row.slug,
    titleFi: row.titleFi,
    titleSv: row.titleSv,
    titleEn: row.titleEn,
    descriptionFi: row.descriptionFi,
    descriptionSv: row.descriptionSv,
    descriptionEn: row.descriptionEn,
    opensDate: opens.date,
    opensTime: opens.time,
    closesDate: closes.date,
    closesTime: closes.time,
    moderationMode: (row.moderationMode ?? '') as '' | 'pre' | 'post',
    departmentIds: row.departments.map((link) => link.departmentId),
    categoryIds: row.categories.map((link) => link.categoryId),
    imageAltFi: row.imageAltFi ?? '',
    imageAltSv: row.imageAltSv ?? '',
    imageAltEn: row.imageAltEn ?? '',
    imageUpdatedAt: row.image?.updatedAt ?? null,
  };
}

export type CampaignFormValues = NonNullable<Awaited<ReturnType<typeof campaignForEditing>>>;

/** The departments and categories a campaign may be aimed at, in the reader's language. */
export async function campaignChoices(
  db: Database,
  locale: AppLocale,
  kept: { departmentIds: string[]; categoryIds: string[] },
) {
  const select = { id: true, nameFi: true, nameSv: true, nameEn: true } as const;
  const [departments, categories] = await Promise.all([
    db.department.findMany({
      where: { OR: [{ active: true }, { id: { in: kept.departmentIds } }] },
      select,
      orderBy: [{ sortOrder: 'asc' }, { nameFi: 'asc' }],
    }),
    db.category.findMany({
      where: { OR: [{ active: true }, { id: { in: kept.categoryIds } }] },
      select,
      orderBy: [{ sortOrder: 'asc' }, { nameFi: 'asc' }],
    }),
  ]);
  const named = (rows: typeof departments) => rows.map((row) => ({ id: row.id, name: localizedName(row, locale) }));
  return { departments: named(departments), categories: named(categories) };
}
