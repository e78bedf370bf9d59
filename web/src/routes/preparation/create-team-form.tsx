import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createTeam } from '../../api/preparation-api';
import type { Team, TeamTemplate } from '../../api/preparation-types';
import { ErrorSummary } from '../../ui/form/error-summary';
import { SelectField } from '../../ui/form/select-field';
import { TextField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { FormActions } from './form-actions';
import { TextAreaField } from './text-area-field';

/** A new team, empty or from a team template (whose name it takes when none is typed). */
export function CreateTeamForm({
  templates,
  onCreated,
  onCancel,
}: {
  templates: readonly TeamTemplate[];
  onCreated(team: Team): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [templateId, setTemplateId] = useState('');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const template = templates.find((item) => item.id === templateId);
  const labels = {
    templateId: t('preparation.teams.template'),
    name: t('preparation.teams.name'),
    description: t('preparation.teams.description'),
  };

  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      const team = await createTeam({
        ...(templateId ? { templateId } : {}),
        ...(name.trim() || !templateId ? { name: name.trim() } : {}),
        ...(description.trim() ? { description: description.trim() } : {}),
      });
      onCreated(team);
    },
    {
      check: () => ({ name: !name.trim() && !templateId && t('preparation.teams.nameMissing') }),
      fieldText: (path) => (path === 'name' ? t('preparation.teams.nameMissing') : undefined),
    },
  );

  return (
    <>
      <ErrorSummary
        errors={errors}
        fields={{
          templateId: { id: 'new-team-template', label: labels.templateId },
          name: { id: 'new-team-name', label: labels.name },
          description: { id: 'new-team-description', label: labels.description },
        }}
      />
      <form className="form form--compact" noValidate onSubmit={onSubmit}>
        {templates.length > 0 ? (
          <SelectField
            id="new-team-template"
            label={labels.templateId}
            hint={t('preparation.teams.templateHint')}
            optional
            value={templateId}
            options={[
              { value: '', label: t('preparation.teams.noTemplate') },
              ...templates.map((item) => ({ value: item.id, label: item.name })),
            ]}
            onValueChange={setTemplateId}
            error={errors?.fields.templateId}
          />
        ) : null}
        <TextField
          id="new-team-name"
          label={labels.name}
          hint={
            template
              ? t('preparation.teams.nameFromTemplate', { name: template.name })
              : t('preparation.teams.nameHint')
          }
          optional={template !== undefined}
          autoComplete="off"
          maxLength={100}
          value={name}
          onValueChange={setName}
          error={errors?.fields.name}
        />
        <TextAreaField
          id="new-team-description"
          label={labels.description}
          hint={t('preparation.teams.descriptionHint')}
          optional
          maxLength={2000}
          value={description}
          onValueChange={setDescription}
          error={errors?.fields.description}
        />
        <FormActions pending={pending} onCancel={onCancel} label={t('preparation.teams.create')} />
      </form>
    </>
  );
}
