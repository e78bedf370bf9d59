import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeRole, createRole } from '../../api/preparation-api';
import type { TeamRole } from '../../api/preparation-types';
import { Checkbox } from '../../ui/form/checkbox-group';
import { ErrorSummary } from '../../ui/form/error-summary';
import { TextField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import type { ItemFormProps } from './editable-list';
import { FormActions } from './form-actions';
import { TextAreaField } from './text-area-field';

/** A role's name, what it does, and whether new team members get it. */
export function RoleForm({ idPrefix, item, onSaved, onCancel }: ItemFormProps<TeamRole>) {
  const { t } = useTranslation();
  const [name, setName] = useState(item?.name ?? '');
  const [description, setDescription] = useState(item?.description ?? '');
  const [isDefault, setIsDefault] = useState(item?.isDefault ?? false);
  const labels = { name: t('preparation.roles.name'), description: t('preparation.roles.description') };

  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      // The default is moved by making another role default, never by unmarking it.
      const input = {
        name: name.trim(),
        description: description.trim(),
        ...(isDefault && !item?.isDefault ? { isDefault: true } : {}),
      };
      const saved = item ? await changeRole(item.id, input) : await createRole(input);
      onSaved(t(item ? 'preparation.roles.saved' : 'preparation.roles.added', { name: saved.name }));
    },
    {
      check: () => ({ name: !name.trim() && t('preparation.roles.nameMissing') }),
      fieldText: (path) => (path === 'name' ? t('preparation.roles.nameMissing') : undefined),
    },
  );

  return (
    <>
      <ErrorSummary
        errors={errors}
        fields={{
          name: { id: `${idPrefix}-name`, label: labels.name },
          description: { id: `${idPrefix}-description`, label: labels.description },
        }}
      />
      <form className="form form--compact" noValidate onSubmit={onSubmit}>
        <TextField
          id={`${idPrefix}-name`}
          label={labels.name}
          hint={t('preparation.roles.nameHint')}
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
        {item?.isDefault ? (
          <p className="field__hint">{t('preparation.roles.isDefaultNote')}</p>
        ) : (
          <Checkbox
            id={`${idPrefix}-default`}
            label={t('preparation.roles.isDefault')}
            hint={t('preparation.roles.isDefaultHint')}
            checked={isDefault}
            onCheckedChange={setIsDefault}
          />
        )}
        <FormActions pending={pending} onCancel={onCancel} />
      </form>
    </>
  );
}
