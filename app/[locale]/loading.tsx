import { useTranslations } from 'next-intl';

export default function Loading() {
  const t = useTranslations('errors');
  return (
    <p role="status" className="py-8 text-muted">
      {t('loading')}
    </p>
  );
}
