import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestPasswordReset } from '../../api/auth-api';
import { Link } from '../../router/link';
import { ErrorSummary } from '../../ui/form/error-summary';
import { looksLikeEmail } from '../../ui/form/form-errors';
import { SubmitButton } from '../../ui/form/submit-button';
import { TextField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { Notice } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';

/** Asks for a link to choose a new password; the answer is the same whether the address is known or not. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [accepted, setAccepted] = useState<string>();

  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      setAccepted((await requestPasswordReset(email.trim())).message);
    },
    {
      check: () => ({ email: !looksLikeEmail(email) && t('fieldErrors.email') }),
      fieldText: (path) => (path === 'email' ? t('fieldErrors.email') : undefined),
    },
  );

  return (
    <div className="container page narrow">
      <PageTitle>{t('forgotPassword.title')}</PageTitle>
      {accepted ? (
        <Notice tone="success" focus>
          <p>{accepted}</p>
          <p>{t('forgotPassword.checkMail')}</p>
        </Notice>
      ) : (
        <>
          <p className="page__intro">{t('forgotPassword.intro')}</p>
          <ErrorSummary
            errors={errors}
            fields={{ email: { id: 'forgot-email', label: t('forgotPassword.email') } }}
          />
          <form className="form" noValidate onSubmit={onSubmit}>
            <TextField
              id="forgot-email"
              name="email"
              type="email"
              label={t('forgotPassword.email')}
              autoComplete="email"
              inputMode="email"
              autoCapitalize="none"
              spellCheck={false}
              value={email}
              onValueChange={setEmail}
              error={errors?.fields.email}
            />
            <div className="form__actions">
              <SubmitButton pending={pending}>{t('forgotPassword.submit')}</SubmitButton>
            </div>
          </form>
        </>
      )}
      <p className="form__aside">
        <Link to="/login">{t('forgotPassword.back')}</Link>
      </p>
    </div>
  );
}
