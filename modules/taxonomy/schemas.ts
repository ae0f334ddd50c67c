import { z } from 'zod';
import { TAXONOMY_NAME_MAX } from './limits';

const name = z
  .string('taxonomy.errors.nameRequired')
  .trim()
  .min(1, 'taxonomy.errors.nameRequired')
  .max(TAXONOMY_NAME_MAX, 'taxonomy.errors.nameTooLong');

export const namesInput = z.object({ nameFi: name, nameSv: name, nameEn: name });
export type NamesInput = z.infer<typeof namesInput>;

export const renameInput = namesInput.extend({ id: z.uuid('validation.invalid') });

export const setActiveInput = z.object({
  id: z.uuid('validation.invalid'),
  active: z.enum(['true', 'false'], 'validation.invalid').transform((value) => value === 'true'),
});

export const mergeInput = z
  .object({
    sourceId: z.uuid('validation.invalid'),
    targetId: z.uuid('taxonomy.errors.targetRequired'),
  })
  .refine((input) => input.sourceId !== input.targetId, {
    path: ['targetId'],
    message: 'taxonomy.errors.mergeIntoItself',
  });
