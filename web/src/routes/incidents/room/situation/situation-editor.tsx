import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SituationVersion } from '../../../../api/situation-api';
import { ErrorSummary } from '../../../../ui/form/error-summary';
import type { FormErrors } from '../../../../ui/form/form-errors';
import { SubmitButton } from '../../../../ui/form/submit-button';
import { othersText, type SectionDefinition, type SituationDraft } from './situation-draft';

interface SituationEditorProps {
  draft: SituationDraft;
  latest: SituationVersion;
  sections: SectionDefinition[];
  errors: FormErrors | undefined;
  pending: boolean;
  /** The name of who saved the newer version shown beside a section. */
  latestAuthor: string;
  onType(key: string, text: string): void;
  onTakeTheirs(key: string, text: string): void;
  onRestoreOwn(key: string): void;
  onSave(): void;
  onCancel(): void;
}

/** A text field per section; beside a section someone else changed meanwhile, their newer text. */
export function SituationEditor({
  draft,
  latest,
  sections,
  errors,
  pending,
  latestAuthor,
  onType,
  onTakeTheirs,
  onRestoreOwn,
  onSave,
  onCancel,
}: SituationEditorProps) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);

  // Opening the editor is a button press: continue in the first field.
  useEffect(() => {
    form.current?.querySelector('textarea')?.focus();
  }, []);

  return (
    <form
      ref={form}
      className="form situation__editor"
      noValidate
      aria-labelledby="situation-edit-title"
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      <h3 id="situation-edit-title" className="visually-hidden">
        {t('incidentPanels.situation.editTitle')}
      </h3>
      <ErrorSummary errors={errors} fields={{}} />
      <div className="situation__sections">
        {sections.map((section) => {
          const id = `situation-${section.key}`;
          const theirs = othersText(draft, latest, section.key);
          const ownAside = draft.setAside[section.key];
          return (
            <div key={section.key} className="situation__section situation__section--edit">
              <div className="field">
                <label htmlFor={id} className="field__label situation__section-title">
                  {section.title}
                </label>
                {section.hint ? (
                  <p id={`${id}-hint`} className="field__hint">
                    {section.hint}
                  </p>
                ) : null}
                <textarea
                  id={id}
                  className="field__input room-textarea situation__textarea"
                  rows={6}
                  aria-describedby={section.hint ? `${id}-hint` : undefined}
                  value={draft.texts[section.key] ?? ''}
                  onChange={(event) => onType(section.key, event.target.value)}
                />
              </div>
              {theirs !== undefined ? (
                <div className="situation__theirs">
                  <p className="situation__theirs-title">
                    {t('incidentPanels.situation.theirText', { version: latest.version, name: latestAuthor })}
                  </p>
                  <p className="situation__content">{theirs || t('incidentPanels.situation.empty')}</p>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => onTakeTheirs(section.key, theirs)}
                  >
                    {t('incidentPanels.situation.takeTheirs')}
                    <span className="visually-hidden">: {section.title}</span>
                  </button>
                </div>
              ) : null}
              {ownAside !== undefined ? (
                <div>
                  <button type="button" className="link-button" onClick={() => onRestoreOwn(section.key)}>
                    {t('incidentPanels.situation.restoreOwn')}
                    <span className="visually-hidden">: {section.title}</span>
                  </button>
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
      <div className="form__actions">
        <SubmitButton pending={pending}>{t('incidentPanels.situation.save')}</SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
