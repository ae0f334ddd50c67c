import { handlers } from '@/modules/access/auth';

export const { GET, POST } = handlers;
