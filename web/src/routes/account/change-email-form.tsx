import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestEmailChange } from '../../api/me-api';
import { ErrorSummary } from '../../ui/form/error-summary';
import { looksLikeEmail } from '../../ui/form/form-errors';
import { withPasswordCheck } from '../../ui/form/password-problem';
import { SubmitButton } from '../../ui/form/submit-button';
import { PasswordField, TextField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { StatusMessage } from '../../ui/notice';

/** A new e-mail address takes effect only once its confirmation link is opened. */
export function ChangeEmailForm({ currentEmail }: { currentEmail: string }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [sent, setSent] = useState<string>();
  const labels = { email: t('changeEmail.email'), password: t('changeEmail.password') };

  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      setSent(undefined);
      await withPasswordCheck(requestEmailChange({ email: email.trim(), password }));
      setSent(t('changeEmail.sent', { email: email.trim() }));
      setEmail('');
      setPassword('');
    },
    {
      check: () => ({
        email: !looksLikeEmail(email) && t('fieldErrors.email'),
        password: !password && t('login.passwordMissing'),
      }),
      fieldText: (path) => (path === 'email' ? t('fieldErrors.email') : undefined),
    },
  );

  return (
    <section className="page-section" aria-labelledby="change-email">
      <h2 id="change-email">{t('changeEmail.title')}</h2>
      <p>{t('changeEmail.intro', { email: currentEmail })}</p>
      <ErrorSummary
        errors={errors}
        fields={{
          email: { id: 'change-email-address', label: labels.email },
          password: { id: 'change-email-password', label: labels.password },
        }}
      />
      <form className="form form--compact" noValidate onSubmit={onSubmit}>
        <TextField
          id="change-email-address"
          name="email"
          type="email"
          label={labels.email}
          autoComplete="email"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          value={email}
          onValueChange={setEmail}
          error={errors?.fields.email}
        />
        <PasswordField
          id="change-email-password"
          name="password"
          label={labels.password}
          autoComplete="current-password"
          value={password}
          onValueChange={setPassword}
          error={errors?.fields.password}
        />
        <div className="form__actions">
          <SubmitButton pending={pending}>{t('changeEmail.submit')}</SubmitButton>
        </div>
      </form>
      <StatusMessage message={sent} />
    </section>
  );
}
