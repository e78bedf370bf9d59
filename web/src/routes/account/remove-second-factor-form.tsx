import { useTranslation } from 'react-i18next';
import { removeSecondFactor } from '../../api/me-api';
import { useSession } from '../../session/session-context';
import { PasswordConfirmForm } from '../../ui/form/password-confirm-form';

/** Switching the second factor off asks for the password again: a borrowed phone is not enough. */
export function RemoveSecondFactorForm({ onRemoved }: { onRemoved(): void }) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  return (
    <PasswordConfirmForm
      id="remove-second-factor"
      title={t('secondFactor.removeTitle')}
      passwordLabel={t('secondFactor.password')}
      submitLabel={t('secondFactor.remove')}
      action={removeSecondFactor}
      onDone={async () => {
        onRemoved();
        await refresh();
      }}
    >
      <p>{t('secondFactor.removeText')}</p>
    </PasswordConfirmForm>
  );
}
