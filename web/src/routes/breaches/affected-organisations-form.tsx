import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorOrganisation } from '../../api/api-types';
import { CheckboxGroup } from '../../ui/form/checkbox-group';
import { ErrorSummary } from '../../ui/form/error-summary';
import { SubmitButton } from '../../ui/form/submit-button';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { useFormatDateTime } from '../../ui/format';
import { StatusMessage } from '../../ui/notice';
import { type Breach, markOrganisations } from './breaches-api';

/**
 * The customer organisations a breach concerns (art. 33(2)): marking one e-mails its admins at
 * once; an organisation marked before is listed, not offered again.
 */
export function AffectedOrganisationsForm({
  breach,
  organisations,
  onSaved,
}: {
  breach: Breach;
  organisations: OperatorOrganisation[];
  onSaved(next: Breach): void;
}) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const [chosen, setChosen] = useState<string[]>([]);
  const [status, setStatus] = useState<string>();
  const marked = new Set(breach.organisations.map((organisation) => organisation.id));
  const options = organisations
    .filter((organisation) => !marked.has(organisation.id) && !organisation.cancelledAt)
    .map((organisation) => ({ value: organisation.id, label: organisation.name }));
  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      setStatus(undefined);
      const next = await markOrganisations(breach.id, chosen);
      setChosen([]);
      setStatus(t('breaches.organisations.done'));
      onSaved(next);
    },
    { check: () => ({ organisations: chosen.length === 0 && t('breaches.organisations.nothingChosen') }) },
  );
  const firstId = `breach-organisations-${options[0]?.value ?? ''}`;
  return (
    <section className="page-section" aria-labelledby="organisations-title">
      <h3 id="organisations-title">{t('breaches.organisations.title')}</h3>
      <p>{t('breaches.organisations.intro')}</p>
      {breach.organisations.length === 0 ? (
        <p>{t('breaches.organisations.none')}</p>
      ) : (
        <ul>
          {breach.organisations.map((organisation) => (
            <li key={organisation.id}>
              {organisation.name} (
              {t('breaches.organisations.notifiedAt', { when: formatDateTime(organisation.notifiedAt) })})
            </li>
          ))}
        </ul>
      )}
      {breach.status === 'open' && options.length > 0 ? (
        <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="organisations-title">
          <ErrorSummary
            errors={errors}
            fields={{ organisations: { id: firstId, label: t('breaches.organisations.choose') } }}
          />
          <CheckboxGroup
            id="breach-organisations"
            legend={t('breaches.organisations.choose')}
            options={options}
            values={chosen}
            onValuesChange={setChosen}
            {...(errors?.fields.organisations ? { error: errors.fields.organisations } : {})}
          />
          <div className="form__actions">
            <SubmitButton pending={pending}>{t('breaches.organisations.submit')}</SubmitButton>
          </div>
        </form>
      ) : null}
      <StatusMessage message={status} />
    </section>
  );
}
