import { useTranslations } from 'next-intl';
import { Link } from '@/modules/i18n/navigation';

export default function NotFound() {
  const t = useTranslations('errors');
  return (
    <div className="py-6">
      <h1 className="text-2xl font-bold">{t('notFoundTitle')}</h1>
      <p className="mt-2">{t('notFoundBody')}</p>
      <p className="mt-4">
        <Link href="/" className="text-brand underline underline-offset-4">
          {t('backHome')}
        </Link>
      </p>
    </div>
  );
}
