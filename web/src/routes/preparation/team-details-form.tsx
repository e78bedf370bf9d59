import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeTeam } from '../../api/preparation-api';
import type { Team } from '../../api/preparation-types';
import { ErrorSummary } from '../../ui/form/error-summary';
import { SubmitButton } from '../../ui/form/submit-button';
import { TextField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { StatusMessage } from '../../ui/notice';
import { TextAreaField } from './text-area-field';

/** A team's name and description. */
export function TeamDetailsForm({ team, onSaved }: { team: Team; onSaved(team: Team): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(team.name);
  const [description, setDescription] = useState(team.description ?? '');
  const [saved, setSaved] = useState<string>();
  const labels = { name: t('preparation.teams.name'), description: t('preparation.teams.description') };

  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      setSaved(undefined);
      const changed = await changeTeam(team.id, { name: name.trim(), description: description.trim() });
      onSaved(changed);
      setSaved(t('preparation.teams.detailsSaved'));
    },
    {
      check: () => ({ name: !name.trim() && t('preparation.teams.nameMissing') }),
      fieldText: (path) => (path === 'name' ? t('preparation.teams.nameMissing') : undefined),
    },
  );

  return (
    <section className="page-section" aria-labelledby="team-details-title">
      <h2 id="team-details-title">{t('preparation.teams.detailsTitle')}</h2>
      <ErrorSummary
        errors={errors}
        fields={{
          name: { id: 'team-name', label: labels.name },
          description: { id: 'team-description', label: labels.description },
        }}
      />
      <form className="form form--compact" noValidate onSubmit={onSubmit}>
        <TextField
          id="team-name"
          label={labels.name}
          autoComplete="off"
          maxLength={100}
          value={name}
          onValueChange={setName}
          error={errors?.fields.name}
        />
        <TextAreaField
          id="team-description"
          label={labels.description}
          hint={t('preparation.teams.descriptionHint')}
          optional
          maxLength={2000}
          value={description}
          onValueChange={setDescription}
          error={errors?.fields.description}
        />
        <div className="form__actions">
          <SubmitButton pending={pending}>{t('preparation.common.save')}</SubmitButton>
        </div>
      </form>
      <StatusMessage message={saved} />
    </section>
  );
}
