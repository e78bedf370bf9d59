import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/session-context';
import { PageTitle } from '../../ui/page-title';
import { CancelAccountForm } from './cancel-account-form';
import { ChangeEmailForm } from './change-email-form';
import { ProfileForm } from './profile-form';
import { PushDevicesSection } from './push-devices-section';
import './account-pages.css';

/** The user's own details and notification settings. */
export function ProfilePage() {
  const { t } = useTranslation();
  const { user, refresh } = useSession();

  const [fresh, setFresh] = useState(false);

  // Fresh from the server: another device may have changed something since sign-in.
  useEffect(() => {
    let current = true;
    void refresh().finally(() => current && setFresh(true));
    return () => {
      current = false;
    };
  }, [refresh]);

  if (!user) return null;
  return (
    <div className="container page narrow">
      <PageTitle>{t('profile.title')}</PageTitle>
      <p className="page__intro">{t('profile.intro', { organisation: user.organisationName })}</p>
      {/* Keyed by the user, so the form starts again from a changed account, not from stale values. */}
      {fresh ? (
        <>
          <ProfileForm key={user.id} user={user} />
          <PushDevicesSection />
          <ChangeEmailForm currentEmail={user.email} />
          <CancelAccountForm isAdmin={user.role === 'admin'} />
        </>
      ) : (
        <p role="status" className="loading">
          {t('access.loading')}
        </p>
      )}
    </div>
  );
}
