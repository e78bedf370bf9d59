import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../ui/form/error-summary';
import { SubmitButton } from '../../ui/form/submit-button';
import { PasswordField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { StatusMessage } from '../../ui/notice';
import { type DownloadFormat, downloadMyData } from './my-data-api';

/** The downloads: the whole report as JSON, or the portable data as a ZIP, after the password. */
export function DownloadForm() {
  const { t } = useTranslation();
  const [format, setFormat] = useState<DownloadFormat>('json');
  const [password, setPassword] = useState('');
  const [status, setStatus] = useState<string>();
  const fieldId = 'my-data-password';
  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      setStatus(undefined);
      await downloadMyData(format, password);
      setPassword('');
      setStatus(t('myData.download.done'));
    },
    { check: () => ({ password: !password && t('login.passwordMissing') }) },
  );
  const options: { value: DownloadFormat; label: string; hint: string }[] = [
    { value: 'json', label: t('myData.download.json'), hint: t('myData.download.jsonHint') },
    { value: 'zip', label: t('myData.download.zip'), hint: t('myData.download.zipHint') },
  ];
  return (
    <section className="page-section" aria-labelledby="my-data-download-title">
      <h2 id="my-data-download-title">{t('myData.download.title')}</h2>
      <form
        className="form form--compact"
        noValidate
        onSubmit={onSubmit}
        aria-labelledby="my-data-download-title"
      >
        <p>{t('myData.download.intro')}</p>
        <ErrorSummary
          errors={errors}
          fields={{ password: { id: fieldId, label: t('myData.download.password') } }}
        />
        <fieldset className="field fieldset">
          <legend className="field__label">{t('myData.download.format')}</legend>
          <div className="checkboxes">
            {options.map((option) => (
              <div key={option.value} className="checkbox">
                <input
                  id={`my-data-format-${option.value}`}
                  type="radio"
                  name="format"
                  value={option.value}
                  checked={format === option.value}
                  aria-describedby={`my-data-format-${option.value}-hint`}
                  onChange={() => setFormat(option.value)}
                />
                <label htmlFor={`my-data-format-${option.value}`}>{option.label}</label>
                <span id={`my-data-format-${option.value}-hint`} className="checkbox__hint">
                  {option.hint}
                </span>
              </div>
            ))}
          </div>
        </fieldset>
        <PasswordField
          id={fieldId}
          name="password"
          label={t('myData.download.password')}
          autoComplete="current-password"
          value={password}
          onValueChange={setPassword}
          error={errors?.fields.password}
        />
        <div className="form__actions">
          <SubmitButton pending={pending}>{t('myData.download.submit')}</SubmitButton>
        </div>
        <StatusMessage message={status} />
      </form>
    </section>
  );
}
