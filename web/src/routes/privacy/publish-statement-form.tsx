import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type NewStatementVersion,
  type PrivacyStatement,
  publishStatementVersion,
} from '../../features/privacy/privacy-statement-api';
import { ErrorSummary } from '../../ui/form/error-summary';
import { SubmitButton } from '../../ui/form/submit-button';
import { TextField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { TextAreaField } from '../preparation/text-area-field';

type FieldName = `${keyof NewStatementVersion}.${'nl' | 'en'}`;

const FIELDS: { name: FieldName; label: string; rows: number }[] = [
  { name: 'introduction.nl', label: 'introductionNl', rows: 14 },
  { name: 'introduction.en', label: 'introductionEn', rows: 14 },
  { name: 'closing.nl', label: 'closingNl', rows: 10 },
  { name: 'closing.en', label: 'closingEn', rows: 10 },
];

const fieldId = (name: FieldName) => `privacy-${name.replace('.', '-')}`;

/** The operator's own sections of the next version, starting from the current text. */
export function PublishStatementForm({
  current,
  onPublished,
}: {
  current: PrivacyStatement;
  /** The page says it was published: this form starts afresh from the new version. */
  onPublished(version: number): Promise<void>;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState<NewStatementVersion>({
    introduction: current.freeText.introduction,
    closing: current.freeText.closing,
    changeSummary: { nl: '', en: '' },
  });
  const label = (key: string) => t(`privacy.operator.${key}` as 'privacy.operator.title');
  const value = (name: FieldName) => {
    const [part, language] = name.split('.') as [keyof NewStatementVersion, 'nl' | 'en'];
    return text[part][language];
  };
  const change = (name: FieldName, next: string) => {
    const [part, language] = name.split('.') as [keyof NewStatementVersion, 'nl' | 'en'];
    setText((previous) => ({ ...previous, [part]: { ...previous[part], [language]: next } }));
  };

  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      const { version } = await publishStatementVersion(text);
      setText((previous) => ({ ...previous, changeSummary: { nl: '', en: '' } }));
      await onPublished(version);
    },
    {
      check: () => ({
        'introduction.nl': !text.introduction.nl.trim() && t('privacy.operator.required'),
        'introduction.en': !text.introduction.en.trim() && t('privacy.operator.required'),
        'changeSummary.nl': !text.changeSummary.nl.trim() && t('privacy.operator.required'),
        'changeSummary.en': !text.changeSummary.en.trim() && t('privacy.operator.required'),
      }),
    },
  );

  const summaryFields: { name: FieldName; label: string }[] = [
    { name: 'changeSummary.nl', label: 'summaryNl' },
    { name: 'changeSummary.en', label: 'summaryEn' },
  ];
  const all = [...FIELDS, ...summaryFields];
  return (
    <section className="page-section" aria-labelledby="privacy-publish">
      <h2 id="privacy-publish">{t('privacy.operator.publishTitle')}</h2>
      <p>{t('privacy.operator.publishIntro')}</p>
      <ErrorSummary
        errors={errors}
        fields={Object.fromEntries(
          all.map((field) => [field.name, { id: fieldId(field.name), label: label(field.label) }]),
        )}
      />
      <form className="form" noValidate onSubmit={onSubmit}>
        {FIELDS.map((field) => (
          <TextAreaField
            key={field.name}
            id={fieldId(field.name)}
            name={field.name}
            label={label(field.label)}
            rows={field.rows}
            value={value(field.name)}
            onValueChange={(next) => change(field.name, next)}
            error={errors?.fields[field.name]}
            optional={field.name.startsWith('closing')}
          />
        ))}
        {summaryFields.map((field) => (
          <TextField
            key={field.name}
            id={fieldId(field.name)}
            name={field.name}
            label={label(field.label)}
            value={value(field.name)}
            onValueChange={(next) => change(field.name, next)}
            error={errors?.fields[field.name]}
          />
        ))}
        <SubmitButton pending={pending}>
          {t('privacy.operator.publish', { version: current.currentVersion + 1 })}
        </SubmitButton>
      </form>
    </section>
  );
}
