import { useTranslation } from 'react-i18next';
import { Link } from '../router/link';

export function Footer() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p className="site-footer__name">
          <strong>{t('app.name')}</strong> · {t('app.tagline')}
        </p>
        <nav aria-label={t('footer.label')}>
          <ul>
            <li>
              <Link to="/privacy">{t('footer.privacy')}</Link>
            </li>
            <li>
              {/* Served by the server, not by the app: an ordinary page load. */}
              <a href="/api/docs">{t('footer.apiDocs')}</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
