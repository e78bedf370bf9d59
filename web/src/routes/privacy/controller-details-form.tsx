import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ControllerDetails, saveControllerDetails } from '../../features/privacy/privacy-statement-api';
import { ErrorSummary } from '../../ui/form/error-summary';
import { SubmitButton } from '../../ui/form/submit-button';
import { TextField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { StatusMessage } from '../../ui/notice';
import { TextAreaField } from '../preparation/text-area-field';

const FIELDS: { name: keyof ControllerDetails; type?: string; autoComplete?: string }[] = [
  { name: 'controllerName', autoComplete: 'organization' },
  { name: 'postalAddress' },
  { name: 'email', type: 'email', autoComplete: 'email' },
  { name: 'phone', type: 'tel', autoComplete: 'tel' },
  { name: 'chamberOfCommerceNumber' },
  { name: 'privacyOfficerContact' },
];

const fieldId = (name: string) => `controller-${name}`;

/** The controller's contact details (P21): shown in the statement at once, without a new version. */
export function ControllerDetailsForm({
  initial,
  onSaved,
}: {
  initial: ControllerDetails;
  onSaved(): Promise<void>;
}) {
  const { t } = useTranslation();
  const [details, setDetails] = useState(initial);
  const [status, setStatus] = useState<string>();
  const label = (name: keyof ControllerDetails) => t(`privacy.operator.${name}`);

  const { onSubmit, errors, pending } = useFormSubmit(async () => {
    setStatus(undefined);
    setDetails(await saveControllerDetails(details));
    setStatus(t('privacy.operator.saved'));
    await onSaved();
  });

  return (
    <section className="page-section" aria-labelledby="privacy-controller">
      <h2 id="privacy-controller">{t('privacy.operator.controllerTitle')}</h2>
      <p>{t('privacy.operator.controllerIntro')}</p>
      <StatusMessage message={status} />
      <ErrorSummary
        errors={errors}
        fields={Object.fromEntries(
          FIELDS.map(({ name }) => [name, { id: fieldId(name), label: label(name) }]),
        )}
      />
      <form className="form" noValidate onSubmit={onSubmit}>
        {FIELDS.map(({ name, type, autoComplete }) =>
          name === 'postalAddress' ? (
            <TextAreaField
              key={name}
              id={fieldId(name)}
              name={name}
              label={label(name)}
              hint={t('privacy.operator.postalAddressHint')}
              rows={3}
              value={details[name]}
              onValueChange={(value) => setDetails((previous) => ({ ...previous, [name]: value }))}
              error={errors?.fields[name]}
            />
          ) : (
            <TextField
              key={name}
              id={fieldId(name)}
              name={name}
              type={type}
              autoComplete={autoComplete}
              label={label(name)}
              value={details[name]}
              onValueChange={(value) => setDetails((previous) => ({ ...previous, [name]: value }))}
              error={errors?.fields[name]}
            />
          ),
        )}
        <SubmitButton pending={pending}>{t('privacy.operator.save')}</SubmitButton>
      </form>
    </section>
  );
}
