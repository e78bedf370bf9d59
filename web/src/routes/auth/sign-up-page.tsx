import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signUp } from '../../api/auth-api';
import { isLanguageCode } from '../../i18n/language';
import { Link } from '../../router/link';
import { ErrorSummary } from '../../ui/form/error-summary';
import { looksLikeEmail } from '../../ui/form/form-errors';
import { SubmitButton } from '../../ui/form/submit-button';
import { PasswordField, TextField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { Notice } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { MINIMUM_PASSWORD_LENGTH, PasswordRules } from './password-rules';
import './auth-pages.css';

/** Registers a new organisation with its first administrator, who then confirms the e-mail address. */
export function SignUpPage() {
  const { t, i18n } = useTranslation();
  const [organisationName, setOrganisationName] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [accepted, setAccepted] = useState<string>();

  const labels = {
    organisationName: t('signUp.organisationName'),
    name: t('signUp.name'),
    email: t('signUp.email'),
    password: t('signUp.password'),
  };

  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      const language = isLanguageCode(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'nl';
      const result = await signUp({ organisationName, name, email: email.trim(), password, language });
      setAccepted(result.message);
    },
    {
      check: () => ({
        organisationName: organisationName.trim().length < 2 && t('signUp.organisationNameMissing'),
        name: !name.trim() && t('fieldErrors.name'),
        email: !looksLikeEmail(email) && t('fieldErrors.email'),
        password: password.length < MINIMUM_PASSWORD_LENGTH && t('fieldErrors.passwordTooShort'),
      }),
      fieldText: (path) =>
        ({
          organisationName: t('signUp.organisationNameMissing'),
          name: t('fieldErrors.name'),
          email: t('fieldErrors.email'),
        })[path],
    },
  );

  if (accepted) {
    return (
      <div className="container page narrow">
        <PageTitle>{t('signUp.checkMailTitle')}</PageTitle>
        <Notice tone="success" focus>
          <p>{accepted}</p>
          <p>{t('signUp.checkMailText')}</p>
        </Notice>
        <p>
          <Link to="/login">{t('signUp.toLogin')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="container page narrow">
      <PageTitle>{t('signUp.title')}</PageTitle>
      <p className="page__intro">{t('signUp.intro')}</p>
      <ErrorSummary
        errors={errors}
        fields={{
          organisationName: { id: 'signup-organisation', label: labels.organisationName },
          name: { id: 'signup-name', label: labels.name },
          email: { id: 'signup-email', label: labels.email },
          password: { id: 'signup-password', label: labels.password },
        }}
      />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          id="signup-organisation"
          name="organisationName"
          label={labels.organisationName}
          hint={t('signUp.organisationNameHint')}
          autoComplete="organization"
          value={organisationName}
          onValueChange={setOrganisationName}
          error={errors?.fields.organisationName}
        />
        <TextField
          id="signup-name"
          name="name"
          label={labels.name}
          autoComplete="name"
          value={name}
          onValueChange={setName}
          error={errors?.fields.name}
        />
        <TextField
          id="signup-email"
          name="email"
          type="email"
          label={labels.email}
          hint={t('signUp.emailHint')}
          autoComplete="email"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          value={email}
          onValueChange={setEmail}
          error={errors?.fields.email}
        />
        <PasswordField
          id="signup-password"
          name="password"
          label={labels.password}
          hint={<PasswordRules />}
          autoComplete="new-password"
          value={password}
          onValueChange={setPassword}
          error={errors?.fields.password}
        />
        <div className="form__actions">
          <SubmitButton pending={pending}>{t('signUp.submit')}</SubmitButton>
        </div>
      </form>
      <p className="form__aside">
        {t('signUp.haveAccount')} <Link to="/login">{t('signUp.toLogin')}</Link>
      </p>
    </div>
  );
}
