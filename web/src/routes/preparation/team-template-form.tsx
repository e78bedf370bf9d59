import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeTeamTemplate, createTeamTemplate } from '../../api/preparation-api';
import type { TeamRole, TeamTemplate } from '../../api/preparation-types';
import { CheckboxGroup } from '../../ui/form/checkbox-group';
import { ErrorSummary } from '../../ui/form/error-summary';
import { TextField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import type { ItemFormProps } from './editable-list';
import { FormActions } from './form-actions';
import { TextAreaField } from './text-area-field';

/** A kind of team: its name and the roles (positions) it has. */
export function TeamTemplateForm({
  idPrefix,
  item,
  roles,
  onSaved,
  onCancel,
}: ItemFormProps<TeamTemplate> & { roles: readonly TeamRole[] }) {
  const { t } = useTranslation();
  const [name, setName] = useState(item?.name ?? '');
  const [description, setDescription] = useState(item?.description ?? '');
  const [roleIds, setRoleIds] = useState<string[]>(item?.roles.map((role) => role.id) ?? []);
  const labels = {
    name: t('preparation.teamTemplates.name'),
    description: t('preparation.teamTemplates.description'),
    roles: t('preparation.teamTemplates.roles'),
  };

  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      const input = { name: name.trim(), description: description.trim(), roleIds };
      const saved = item ? await changeTeamTemplate(item.id, input) : await createTeamTemplate(input);
      onSaved(
        t(item ? 'preparation.teamTemplates.saved' : 'preparation.teamTemplates.added', { name: saved.name }),
      );
    },
    {
      check: () => ({ name: !name.trim() && t('preparation.teamTemplates.nameMissing') }),
      fieldText: (path) => (path === 'name' ? t('preparation.teamTemplates.nameMissing') : undefined),
    },
  );

  const firstRole = roles[0];
  return (
    <>
      <ErrorSummary
        errors={errors}
        fields={{
          name: { id: `${idPrefix}-name`, label: labels.name },
          description: { id: `${idPrefix}-description`, label: labels.description },
          ...(firstRole ? { roleIds: { id: `${idPrefix}-roles-${firstRole.id}`, label: labels.roles } } : {}),
        }}
      />
      <form className="form form--compact" noValidate onSubmit={onSubmit}>
        <TextField
          id={`${idPrefix}-name`}
          label={labels.name}
          hint={t('preparation.teamTemplates.nameHint')}
          autoComplete="off"
          maxLength={100}
          value={name}
          onValueChange={setName}
          error={errors?.fields.name}
        />
        <TextAreaField
          id={`${idPrefix}-description`}
          label={labels.description}
          optional
          maxLength={1000}
          value={description}
          onValueChange={setDescription}
          error={errors?.fields.description}
        />
        {roles.length > 0 ? (
          <CheckboxGroup
            id={`${idPrefix}-roles`}
            legend={labels.roles}
            hint={t('preparation.teamTemplates.rolesHint')}
            options={roles.map((role) => ({ value: role.id, label: role.name }))}
            values={roleIds}
            onValuesChange={setRoleIds}
            error={errors?.fields.roleIds}
          />
        ) : (
          <p className="field__hint">{t('preparation.teamTemplates.noRoles')}</p>
        )}
        <FormActions pending={pending} onCancel={onCancel} />
      </form>
    </>
  );
}
