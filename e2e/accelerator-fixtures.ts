import { IdeaStatus, Role, type Prisma } from '../modules/platform/db/client';
import { createSignedInUser, e2eDb } from './access-fixtures';

/** A short unique tag for the names one test creates. */
export const marker = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/**
 * An idea in an accelerator stage, in a department of its own, with its accelerator card, its
 * author and a signed-in manager of the department.
 */
export async function ideaInAccelerator(
  tag: string,
  status: IdeaStatus,
  card: Omit<Prisma.AcceleratorCardCreateWithoutIdeaInput, 'owner'> = {},
) {
  const department = await e2eDb().department.create({
    data: { slug: `e2e-${tag}`, nameFi: `Osasto ${tag}`, nameSv: `Avdelning ${tag}`, nameEn: `Department ${tag}` },
  });
  const manager = await createSignedInUser(`Maija Esihenkilö ${tag}`, [Role.EMPLOYEE, Role.MANAGER], {
    departmentId: department.id,
  });
  const author = await e2eDb().user.create({
    data: { name: `Aino Ehdottaja ${tag}`, email: `author-${tag}@test.example` },
  });
  const idea = await e2eDb().idea.create({
    data: {
      title: `${status === IdeaStatus.EVALUATION ? 'Arvioitava' : 'Kiihdytettävä'} idea ${tag}`,
      body: 'Idea, jota viedään eteenpäin kiihdyttämössä.',
      authorId: author.id,
      status,
      publishedAt: new Date(),
      departments: { create: [{ departmentId: department.id }] },
      acceleratorCard: { create: card },
    },
  });
  return { manager, idea, department };
}
