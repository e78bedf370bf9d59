import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../ui/form/error-summary';
import { TextField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import type { ItemFormProps } from './editable-list';
import { FormActions } from './form-actions';

interface NameFormProps<T extends { name: string }> extends ItemFormProps<T> {
  label: string;
  hint: string;
  missing: string;
  /** Saves the name and says so. */
  save(name: string): Promise<string>;
}

/** A form with only a name: a logbook classification or label. */
export function NameForm<T extends { name: string }>(props: NameFormProps<T>) {
  const { t } = useTranslation();
  const { idPrefix, item, label, missing } = props;
  const [name, setName] = useState(item?.name ?? '');
  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      props.onSaved(await props.save(name.trim()));
    },
    {
      check: () => ({ name: !name.trim() && missing }),
      fieldText: (path) => (path === 'name' ? missing : undefined),
    },
  );
  return (
    <>
      <ErrorSummary errors={errors} fields={{ name: { id: `${idPrefix}-name`, label } }} />
      <form className="form form--compact" noValidate onSubmit={onSubmit}>
        <TextField
          id={`${idPrefix}-name`}
          label={label}
          hint={props.hint}
          autoComplete="off"
          maxLength={100}
          value={name}
          onValueChange={setName}
          error={errors?.fields.name}
        />
        <FormActions pending={pending} onCancel={props.onCancel} label={t('preparation.common.save')} />
      </form>
    </>
  );
}
