import { useTranslations } from 'next-intl';

/**
 * On every page while the demo sign-in is on (decision 0005), so nobody mistakes a demo for the real
 * service: anyone can sign in as anyone there. The layout decides; this only says it. Small print
 * on phones, so that it and the header still leave the screen to the page.
 */
export function DemoSignInBanner() {
  const t = useTranslations('demoSignInBanner');
  return (
    <div className="border-b-2 border-amber-800 bg-amber-100 px-4 py-1 text-sm leading-snug text-amber-950 sm:px-6 sm:py-2 sm:text-center sm:text-base">
      <p>
        <strong>{t('title')}</strong> {t('text')}
      </p>
    </div>
  );
}
