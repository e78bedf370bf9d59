import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-client';
import { Link } from '../../router/link';
import { useSession } from '../../session/session-context';
import { ErrorSummary } from '../../ui/form/error-summary';
import { looksLikeEmail } from '../../ui/form/form-errors';
import { SubmitButton } from '../../ui/form/submit-button';
import { PasswordField, TextField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { Notice } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { SecondFactorStep } from './second-factor-step';
import { useWaitText } from './use-wait-text';
import './auth-pages.css';

/**
 * Signing in: e-mail and password, then (when set up) a code from the app or a recovery code.
 * Once signed in, the page's guard sends the user on to `?next=` or the start page.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  const [challenge, setChallenge] = useState<string>();
  const [expired, setExpired] = useState(false);

  let notice: string | undefined;
  if (expired) notice = t('login.expired');
  else if (state.status === 'signed-out' && state.reason === 'ended') notice = t('login.sessionEnded');
  else if (state.status === 'signed-out' && state.reason === 'user') notice = t('login.signedOut');

  return (
    <div className="container page narrow">
      <PageTitle>{t('login.title')}</PageTitle>
      {notice && !challenge ? (
        <Notice tone="info">
          <p>{notice}</p>
        </Notice>
      ) : null}
      {challenge ? (
        <SecondFactorStep
          challenge={challenge}
          onBack={() => setChallenge(undefined)}
          onExpired={() => {
            setChallenge(undefined);
            setExpired(true);
          }}
        />
      ) : (
        <PasswordStep
          onSecondFactor={(next) => {
            setExpired(false);
            setChallenge(next);
          }}
        />
      )}
    </div>
  );
}

function PasswordStep({ onSecondFactor }: { onSecondFactor(challenge: string): void }) {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const waitText = useWaitText();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      try {
        const result = await signIn({ email: email.trim(), password });
        if (result.status === 'second_factor_required') onSecondFactor(result.challenge);
      } catch (error) {
        // Throttled: say how long to wait, in words, beside the server's message.
        if (error instanceof ApiError && error.code === 'too_many_requests' && error.retryAfterSeconds) {
          throw new ApiError(
            error.status,
            error.code,
            `${error.message} ${waitText(error.retryAfterSeconds)}`,
          );
        }
        throw error;
      }
    },
    {
      check: () => ({
        email: !email.trim() ? t('login.emailMissing') : !looksLikeEmail(email) && t('fieldErrors.email'),
        password: !password && t('login.passwordMissing'),
      }),
      fieldText: (path) => (path === 'email' ? t('fieldErrors.email') : undefined),
    },
  );

  return (
    <>
      <ErrorSummary
        errors={errors}
        fields={{
          email: { id: 'login-email', label: t('login.email') },
          password: { id: 'login-password', label: t('login.password') },
        }}
      />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          id="login-email"
          name="email"
          type="email"
          label={t('login.email')}
          autoComplete="username"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          value={email}
          onValueChange={setEmail}
          error={errors?.fields.email}
        />
        <PasswordField
          id="login-password"
          name="password"
          label={t('login.password')}
          autoComplete="current-password"
          value={password}
          onValueChange={setPassword}
          error={errors?.fields.password}
        />
        <p className="form__aside">
          <Link to="/forgot-password">{t('login.forgotPassword')}</Link>
        </p>
        <div className="form__actions">
          <SubmitButton pending={pending}>{t('login.submit')}</SubmitButton>
        </div>
      </form>
      <section className="auth-more" aria-labelledby="login-more">
        <h2 id="login-more">{t('login.noAccountTitle')}</h2>
        <p>{t('login.noAccountText')}</p>
        <p>
          <Link to="/signup">{t('login.signUp')}</Link>
        </p>
        <p className="auth-more__demo">{t('login.demo')}</p>
      </section>
    </>
  );
}
