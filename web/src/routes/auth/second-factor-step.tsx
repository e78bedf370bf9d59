import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-client';
import { useSession } from '../../session/session-context';
import { ErrorSummary } from '../../ui/form/error-summary';
import { SubmitButton } from '../../ui/form/submit-button';
import { TextField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';

interface SecondFactorStepProps {
  challenge: string;
  onBack(): void;
  /** The five minutes for this step ran out: start again with the password. */
  onExpired(): void;
}

/** The second step of signing in: six digits from the authenticator app, or a recovery code. */
export function SecondFactorStep({ challenge, onBack, onExpired }: SecondFactorStepProps) {
  const { t } = useTranslation();
  const { completeSecondFactor } = useSession();
  const [useRecoveryCode, setUseRecoveryCode] = useState(false);
  const [code, setCode] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  // A new step of the same page: say so by moving focus to its heading.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const fieldId = useRecoveryCode ? 'login-recovery-code' : 'login-code';
  const label = useRecoveryCode ? t('secondFactorStep.recoveryCode') : t('secondFactorStep.code');
  const { onSubmit, errors, setErrors, pending } = useFormSubmit(
    async () => {
      try {
        const trimmed = code.replace(/\s+/g, '');
        await completeSecondFactor(
          useRecoveryCode ? { challenge, recoveryCode: code.trim() } : { challenge, code: trimmed },
        );
      } catch (error) {
        if (error instanceof ApiError && error.code === 'second_factor_expired') onExpired();
        else throw error;
      }
    },
    {
      check: () => ({
        code: !code.trim()
          ? useRecoveryCode
            ? t('secondFactorStep.recoveryCodeMissing')
            : t('fieldErrors.code')
          : !useRecoveryCode && !/^\d{6}$/.test(code.replace(/\s+/g, '')) && t('fieldErrors.code'),
      }),
      fieldText: (path) => (path === 'code' ? t('fieldErrors.code') : undefined),
    },
  );

  function switchMethod() {
    setUseRecoveryCode(!useRecoveryCode);
    setCode('');
    setErrors(undefined);
  }

  // The server calls the field `recoveryCode` in recovery mode; the form shows it as one field.
  const shownErrors = errors && {
    ...errors,
    fields: { code: errors.fields.code ?? errors.fields.recoveryCode },
  };

  return (
    <section aria-labelledby="second-factor-title">
      <h2 id="second-factor-title" ref={heading} tabIndex={-1}>
        {useRecoveryCode ? t('secondFactorStep.recoveryTitle') : t('secondFactorStep.title')}
      </h2>
      <p>{useRecoveryCode ? t('secondFactorStep.recoveryText') : t('secondFactorStep.text')}</p>
      <ErrorSummary errors={shownErrors} fields={{ code: { id: fieldId, label } }} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          key={fieldId}
          id={fieldId}
          name={useRecoveryCode ? 'recoveryCode' : 'code'}
          label={label}
          value={code}
          onValueChange={setCode}
          error={shownErrors?.fields.code}
          autoComplete={useRecoveryCode ? 'off' : 'one-time-code'}
          inputMode={useRecoveryCode ? 'text' : 'numeric'}
          autoCapitalize="none"
          spellCheck={false}
          className={useRecoveryCode ? 'field__input' : 'field__input field__input--code'}
        />
        <div className="form__actions">
          <SubmitButton pending={pending}>{t('secondFactorStep.submit')}</SubmitButton>
          <button type="button" className="button button--secondary" onClick={onBack}>
            {t('secondFactorStep.back')}
          </button>
        </div>
      </form>
      <p className="form__aside">
        <button type="button" className="link-button" onClick={switchMethod}>
          {useRecoveryCode ? t('secondFactorStep.useApp') : t('secondFactorStep.useRecoveryCode')}
        </button>
      </p>
    </section>
  );
}
