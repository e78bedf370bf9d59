import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../../ui/form/form-errors';
import { TextField } from '../../ui/form/text-field';
import { focusAfterMove, RowControls } from './row-controls';
import { moved, rowId } from './rows';
import { TextAreaField } from './text-area-field';
import { useFocusLater } from './use-focus-later';

/** A section being edited; `key` is kept for sections that exist, so incidents keep referring to them. */
export interface DraftSection {
  row: string;
  key?: string;
  title: string;
  hint: string;
}

export function draftSections(
  sections: readonly { key: string; title: string; hint: string }[],
): DraftSection[] {
  return sections.map((section) => ({ row: rowId(), ...section }));
}

export function emptySection(): DraftSection {
  return { row: rowId(), title: '', hint: '' };
}

/** The id of a section's field, for the error summary: `sections.2.title` → its title field. */
export function sectionFieldId(idPrefix: string, sections: readonly DraftSection[], path: string) {
  const match = /^sections\.(\d+)\.(title|hint)$/.exec(path);
  const section = match ? sections[Number(match[1])] : undefined;
  return match && section ? `${idPrefix}-${section.row}-${match[2]}` : undefined;
}

interface SectionsEditorProps {
  idPrefix: string;
  sections: DraftSection[];
  onChange(sections: DraftSection[]): void;
  errors: FormErrors | undefined;
}

/** The sections of a situation picture: title and hint each, in order; add, move and take out. */
export function SectionsEditor({ idPrefix, sections, onChange, errors }: SectionsEditorProps) {
  const { t } = useTranslation();
  const focusLater = useFocusLater();
  const [announcement, setAnnouncement] = useState('');
  const count = sections.length;

  function nameOf(section: DraftSection, index: number) {
    return t('preparation.situation.sectionName', {
      number: index + 1,
      title: section.title.trim() || t('preparation.situation.untitled'),
    });
  }

  function update(index: number, changes: Partial<DraftSection>) {
    onChange(sections.map((section, at) => (at === index ? { ...section, ...changes } : section)));
  }

  return (
    <fieldset className="fieldset prep-repeat" aria-describedby={`${idPrefix}-sections-hint`}>
      <legend className="field__label">{t('preparation.situation.sections')}</legend>
      <p id={`${idPrefix}-sections-hint`} className="field__hint">
        {t('preparation.situation.sectionsHint')}
      </p>
      {errors?.fields.sections ? (
        <p id={`${idPrefix}-sections-error`} className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {errors.fields.sections}
        </p>
      ) : null}
      <ol className="prep-repeat__list">
        {sections.map((section, index) => {
          const id = `${idPrefix}-${section.row}`;
          return (
            <li key={section.row} className="prep-repeat__item">
              <fieldset className="fieldset prep-repeat__fieldset">
                <legend className="prep-repeat__legend">
                  {t('preparation.situation.sectionNumber', { number: index + 1, total: count })}
                </legend>
                <TextField
                  id={`${id}-title`}
                  label={t('preparation.situation.sectionTitle')}
                  autoComplete="off"
                  maxLength={100}
                  value={section.title}
                  onValueChange={(title) => update(index, { title })}
                  error={errors?.fields[`sections.${index}.title`]}
                />
                <TextAreaField
                  id={`${id}-hint`}
                  label={t('preparation.situation.sectionHint')}
                  hint={t('preparation.situation.sectionHintHint')}
                  optional
                  rows={2}
                  maxLength={500}
                  value={section.hint}
                  onValueChange={(hint) => update(index, { hint })}
                  error={errors?.fields[`sections.${index}.hint`]}
                />
                <RowControls
                  id={id}
                  index={index}
                  count={count}
                  name={nameOf(section, index)}
                  removeLabel={t('preparation.situation.removeSection')}
                  onMove={(step) => {
                    onChange(moved(sections, index, step));
                    setAnnouncement(
                      t('preparation.common.movedTo', {
                        name: nameOf(section, index),
                        position: index + step + 1,
                        total: count,
                      }),
                    );
                    focusLater(focusAfterMove(id, index, count, step));
                  }}
                  onRemove={() => {
                    const next = sections.filter((_, at) => at !== index);
                    onChange(next);
                    setAnnouncement(t('preparation.common.removed', { name: nameOf(section, index) }));
                    const neighbour = next[index] ?? next[index - 1];
                    focusLater(neighbour ? `${idPrefix}-${neighbour.row}-title` : `${idPrefix}-add-section`);
                  }}
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        id={`${idPrefix}-add-section`}
        type="button"
        className="button button--secondary button--small"
        onClick={() => {
          const section = emptySection();
          onChange([...sections, section]);
          setAnnouncement(t('preparation.situation.sectionAdded', { number: count + 1 }));
          focusLater(`${idPrefix}-${section.row}-title`);
        }}
      >
        {t('preparation.situation.addSection')}
      </button>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </fieldset>
  );
}
