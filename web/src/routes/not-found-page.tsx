import { useTranslation } from 'react-i18next';
import { Link } from '../router/link';
import { PageTitle } from '../ui/page-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="container page narrow">
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
