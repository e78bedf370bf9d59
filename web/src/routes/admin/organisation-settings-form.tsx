import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../api/api-types';
import { updateOrganisation } from '../../api/organisation-api';
import { useSession } from '../../session/session-context';
import { ErrorSummary } from '../../ui/form/error-summary';
import { SubmitButton } from '../../ui/form/submit-button';
import { TextField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { StatusMessage } from '../../ui/notice';

/** The organisation's name and whether everyone must use a second factor. */
export function OrganisationSettingsForm({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [name, setName] = useState(organisation.name);
  const [requireSecondFactor, setRequireSecondFactor] = useState(organisation.requireSecondFactor);
  const [saved, setSaved] = useState<string>();

  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      setSaved(undefined);
      const updated = await updateOrganisation({ name: name.trim(), requireSecondFactor });
      setName(updated.name);
      setRequireSecondFactor(updated.requireSecondFactor);
      setSaved(t('organisationSettings.saved'));
      // The name shows in the account menu; a new rule may ask this admin to set up a second factor.
      await refresh();
    },
    {
      check: () => ({ name: name.trim().length < 2 && t('organisationSettings.nameMissing') }),
      fieldText: (path) => (path === 'name' ? t('organisationSettings.nameMissing') : undefined),
    },
  );

  return (
    <section className="page-section" aria-labelledby="organisation-details">
      <h2 id="organisation-details">{t('organisationSettings.detailsTitle')}</h2>
      <ErrorSummary
        errors={errors}
        fields={{ name: { id: 'organisation-name', label: t('organisationSettings.name') } }}
      />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          id="organisation-name"
          name="name"
          label={t('organisationSettings.name')}
          autoComplete="organization"
          value={name}
          onValueChange={setName}
          error={errors?.fields.name}
        />
        <div className="switch">
          <input
            id="organisation-second-factor"
            type="checkbox"
            role="switch"
            className="switch__input"
            checked={requireSecondFactor}
            aria-checked={requireSecondFactor}
            aria-describedby="organisation-second-factor-hint"
            onChange={(event) => setRequireSecondFactor(event.target.checked)}
          />
          <label htmlFor="organisation-second-factor" className="switch__label">
            {t('organisationSettings.requireSecondFactor')}
          </label>
          <p id="organisation-second-factor-hint" className="switch__hint">
            {t('organisationSettings.requireSecondFactorHint')}
          </p>
        </div>
        <div className="form__actions">
          <SubmitButton pending={pending}>{t('organisationSettings.save')}</SubmitButton>
        </div>
      </form>
      <StatusMessage message={saved} />
    </section>
  );
}
