import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../../api/api-client';
import { ErrorSummary } from '../../ui/form/error-summary';
import { SubmitButton } from '../../ui/form/submit-button';
import { PasswordField, TextField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { useFormatDateTime } from '../../ui/format';
import { StatusMessage } from '../../ui/notice';

/** "Mijn gegevens": send the portable data to a recipient the person names (GDPR art. 20(2)), after the password. */
export function TransferForm() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const [recipientName, setRecipientName] = useState('');
  const [recipientEmail, setRecipientEmail] = useState('');
  const [password, setPassword] = useState('');
  const [status, setStatus] = useState<string>();
  const ids = {
    recipientName: 'transfer-name',
    recipientEmail: 'transfer-email',
    password: 'transfer-password',
  };
  const missing = t('transfer.missing');
  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      setStatus(undefined);
      const sent = await apiRequest<{ expiresAt: string }>('POST', '/api/me/export/transfer', {
        body: { recipientName, recipientEmail, password },
      });
      setPassword('');
      setStatus(t('transfer.done', { email: recipientEmail, date: formatDateTime(sent.expiresAt) }));
      setRecipientName('');
      setRecipientEmail('');
    },
    {
      check: () => ({
        recipientName: !recipientName.trim() && missing,
        recipientEmail: !recipientEmail.trim() && missing,
        password: !password && t('login.passwordMissing'),
      }),
    },
  );
  return (
    <section className="page-section" aria-labelledby="transfer-title">
      <h2 id="transfer-title">{t('transfer.title')}</h2>
      <form className="form form--compact" noValidate onSubmit={onSubmit} aria-labelledby="transfer-title">
        <p>{t('transfer.intro')}</p>
        <ErrorSummary
          errors={errors}
          fields={{
            recipientName: { id: ids.recipientName, label: t('transfer.recipientName') },
            recipientEmail: { id: ids.recipientEmail, label: t('transfer.recipientEmail') },
            password: { id: ids.password, label: t('transfer.password') },
          }}
        />
        <TextField
          id={ids.recipientName}
          label={t('transfer.recipientName')}
          autoComplete="off"
          value={recipientName}
          onValueChange={setRecipientName}
          error={errors?.fields.recipientName}
        />
        <TextField
          id={ids.recipientEmail}
          type="email"
          label={t('transfer.recipientEmail')}
          autoComplete="off"
          value={recipientEmail}
          onValueChange={setRecipientEmail}
          error={errors?.fields.recipientEmail}
        />
        <PasswordField
          id={ids.password}
          name="password"
          label={t('transfer.password')}
          autoComplete="current-password"
          value={password}
          onValueChange={setPassword}
          error={errors?.fields.password}
        />
        <div className="form__actions">
          <SubmitButton pending={pending}>{t('transfer.submit')}</SubmitButton>
        </div>
        <StatusMessage message={status} />
      </form>
    </section>
  );
}
