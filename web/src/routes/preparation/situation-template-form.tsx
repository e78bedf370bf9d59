import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeSituationTemplate, createSituationTemplate } from '../../api/preparation-api';
import type { SituationTemplate } from '../../api/preparation-types';
import { ErrorSummary } from '../../ui/form/error-summary';
import { TextField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import type { ItemFormProps } from './editable-list';
import { FormActions } from './form-actions';
import { draftSections, emptySection, SectionsEditor, sectionFieldId } from './sections-editor';

/** The BOB model most Dutch crisis teams use; a new template starts with it, to adjust. */
const STARTING_SECTIONS = ['picture', 'judgement', 'decision'] as const;

/** A situation picture template: its name and sections. */
export function SituationTemplateForm({
  idPrefix,
  item,
  onSaved,
  onCancel,
}: ItemFormProps<SituationTemplate>) {
  const { t } = useTranslation();
  const [name, setName] = useState(item?.name ?? '');
  const [sections, setSections] = useState(() =>
    item
      ? draftSections(item.sections)
      : STARTING_SECTIONS.map((section) => ({
          ...emptySection(),
          title: t(`preparation.situation.defaults.${section}.title`),
          hint: t(`preparation.situation.defaults.${section}.hint`),
        })),
  );

  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      const input = {
        name: name.trim(),
        sections: sections.map((section) => ({
          ...(section.key ? { key: section.key } : {}),
          title: section.title.trim(),
          hint: section.hint.trim(),
        })),
      };
      const saved = item
        ? await changeSituationTemplate(item.id, input)
        : await createSituationTemplate(input);
      onSaved(t(item ? 'preparation.situation.saved' : 'preparation.situation.added', { name: saved.name }));
    },
    {
      check: () => ({
        name: !name.trim() && t('preparation.situation.nameMissing'),
        sections: sections.length === 0 && t('preparation.situation.sectionsMissing'),
        ...Object.fromEntries(
          sections.map((section, index) => [
            `sections.${index}.title`,
            !section.title.trim() && t('preparation.situation.sectionTitleMissing', { number: index + 1 }),
          ]),
        ),
      }),
      fieldText: (path) =>
        path === 'name'
          ? t('preparation.situation.nameMissing')
          : path === 'sections'
            ? t('preparation.situation.sectionsMissing')
            : undefined,
    },
  );

  const fields: Record<string, { id: string; label: string }> = {
    name: { id: `${idPrefix}-name`, label: t('preparation.situation.name') },
    sections: { id: `${idPrefix}-add-section`, label: t('preparation.situation.sections') },
  };
  for (const path of Object.keys(errors?.fields ?? {})) {
    const id = sectionFieldId(idPrefix, sections, path);
    const index = Number(/^sections\.(\d+)\./.exec(path)?.[1] ?? 0);
    if (id)
      fields[path] = {
        id,
        label: t('preparation.situation.sectionNumber', { number: index + 1, total: sections.length }),
      };
  }

  return (
    <>
      <ErrorSummary errors={errors} fields={fields} />
      <form className="form form--compact prep-form-wide" noValidate onSubmit={onSubmit}>
        <TextField
          id={`${idPrefix}-name`}
          label={t('preparation.situation.name')}
          hint={t('preparation.situation.nameHint')}
          autoComplete="off"
          maxLength={100}
          value={name}
          onValueChange={setName}
          error={errors?.fields.name}
        />
        <SectionsEditor idPrefix={idPrefix} sections={sections} onChange={setSections} errors={errors} />
        <FormActions pending={pending} onCancel={onCancel} />
      </form>
    </>
  );
}
