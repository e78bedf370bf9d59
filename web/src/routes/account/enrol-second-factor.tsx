import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TotpEnrolment } from '../../api/api-types';
import { confirmSecondFactor } from '../../api/me-api';
import { CopyButton } from '../../ui/copy-button';
import { ErrorSummary } from '../../ui/form/error-summary';
import { FieldFrame } from '../../ui/form/field-frame';
import { SubmitButton } from '../../ui/form/submit-button';
import { TextField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';

/** The secret in groups of four, as authenticator apps show it; they ignore the spaces. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

/** The QR code as an image from the server's SVG text: never inserted as markup. */
function qrImageSource(svg: string): string {
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}

interface EnrolSecondFactorProps {
  enrolment: TotpEnrolment;
  onConfirmed(recoveryCodes: string[]): void;
  onCancel(): void;
}

/** Scan (or type) the secret into an authenticator app, then prove it works with a first code. */
export function EnrolSecondFactor({ enrolment, onConfirmed, onCancel }: EnrolSecondFactorProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const firstStep = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    firstStep.current?.focus();
  }, []);

  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      const result = await confirmSecondFactor(code.replace(/\s+/g, ''));
      onConfirmed(result.recoveryCodes);
    },
    {
      check: () => ({ code: !/^\d{6}$/.test(code.replace(/\s+/g, '')) && t('fieldErrors.code') }),
      fieldText: (path) => (path === 'code' ? t('fieldErrors.code') : undefined),
    },
  );

  return (
    <ol className="setup-steps">
      <li>
        <h3 ref={firstStep} tabIndex={-1}>
          {t('secondFactor.installTitle')}
        </h3>
        <p>{t('secondFactor.installText')}</p>
      </li>
      <li>
        <h3>{t('secondFactor.scanTitle')}</h3>
        <p>{t('secondFactor.scanText')}</p>
        <img className="qr-code" src={qrImageSource(enrolment.qrCodeSvg)} alt={t('secondFactor.qrAlt')} />
        {/* A text area, so the whole key wraps on a phone instead of scrolling out of sight. */}
        <FieldFrame
          id="second-factor-secret"
          label={t('secondFactor.secret')}
          hint={t('secondFactor.secretHint')}
        >
          {(control) => (
            <textarea
              {...control}
              className="field__input field__input--secret"
              readOnly
              rows={2}
              spellCheck={false}
              value={grouped(enrolment.secret)}
            />
          )}
        </FieldFrame>
        <CopyButton text={enrolment.secret} label={t('secondFactor.copySecret')} />
      </li>
      <li>
        <h3>{t('secondFactor.confirmTitle')}</h3>
        <ErrorSummary
          errors={errors}
          fields={{ code: { id: 'second-factor-code', label: t('secondFactor.code') } }}
        />
        <form className="form" noValidate onSubmit={onSubmit}>
          <TextField
            id="second-factor-code"
            name="code"
            label={t('secondFactor.code')}
            hint={t('secondFactor.codeHint')}
            autoComplete="one-time-code"
            inputMode="numeric"
            className="field__input field__input--code"
            value={code}
            onValueChange={setCode}
            error={errors?.fields.code}
          />
          <div className="form__actions">
            <SubmitButton pending={pending}>{t('secondFactor.confirm')}</SubmitButton>
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t('form.cancel')}
            </button>
          </div>
        </form>
      </li>
    </ol>
  );
}
