import { useTranslation } from 'react-i18next';
import { Link } from '../router/link';
import { PageTitle } from '../ui/page-title';

export function LoginPage() {
  const { t } = useTranslation();
  return (
    <div className="container page narrow">
      <PageTitle>{t('login.title')}</PageTitle>
      <p>{t('login.demo')}</p>
      <p>{t('login.notYet')}</p>
      <p>
        <Link to="/">{t('login.home')}</Link>
      </p>
    </div>
  );
}
