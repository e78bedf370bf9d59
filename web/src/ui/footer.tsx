import { useTranslation } from 'react-i18next';
import { openConsentSettings } from '../features/consent/consent-store';
import { ControllerContact } from '../features/privacy/controller-contact';
import { PrivacyStatementNotice } from '../features/privacy/privacy-statement-notice';
import { Link } from '../router/link';
import { useSession } from '../session/session-context';

export function Footer() {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <>
      {/* Shown from here because every page has a footer; it floats at the bottom of the window. */}
      {user ? <PrivacyStatementNotice /> : null}
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
                {/* Opens the cookie notice again, to change or withdraw consent (P3, P13). */}
                <button type="button" className="link-button" onClick={openConsentSettings}>
                  {t('consent.settingsLink')}
                </button>
              </li>
              <li>
                {/* Served by the server, not by the app: an ordinary page load. */}
                <a href="/api/docs">{t('footer.apiDocs')}</a>
              </li>
            </ul>
          </nav>
          <ControllerContact />
        </div>
      </footer>
    </>
  );
}
