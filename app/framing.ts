import { frameOriginsFromPool } from '@/modules/intranet/frame-origin-rules';
import type { FramedPage, FramingSetup } from '@/modules/platform/framing';
import { framedLocalePrefixes, framedPaths } from './framed-paths';

/** Who may frame each framed page: the intranet origins an admin lists for the widget. */
const ancestorsOf: Record<(typeof framedPaths)[number], FramedPage['ancestors']> = {
  '/widget': frameOriginsFromPool,
};

/** The one place where pages that others may frame are registered with the proxy. */
export const framingSetup: FramingSetup = {
  pages: framedPaths.map((path) => ({ path, ancestors: ancestorsOf[path] })),
  localePrefixes: framedLocalePrefixes,
};
