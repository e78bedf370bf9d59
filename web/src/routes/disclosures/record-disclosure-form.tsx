import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../ui/form/error-summary';
import { SelectField } from '../../ui/form/select-field';
import { SubmitButton } from '../../ui/form/submit-button';
import { TextField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { StatusMessage } from '../../ui/notice';
import { TextAreaField } from '../preparation/text-area-field';
import { type Bilingual, type DisclosureKindOption, recordDisclosure } from './disclosures-api';

const EMPTY = {
  recipient: '',
  recipientAddress: '',
  subjectEmail: '',
  subjectDescription: '',
  dataDescription: '',
  reference: '',
  disclosedAt: '',
};
type TextKey = keyof typeof EMPTY;

/** Records a disclosure to an authority; the legal bases offered are the ones the chosen kind allows. */
export function RecordDisclosureForm({
  kinds,
  onRecorded,
}: {
  kinds: DisclosureKindOption[];
  onRecorded(): void;
}) {
  const { t, i18n } = useTranslation();
  const text = (value: Bilingual) => (i18n.resolvedLanguage === 'en' ? value.en : value.nl);
  const [kind, setKind] = useState(kinds[0]?.id ?? '');
  const bases = kinds.find((option) => option.id === kind)?.legalBases ?? [];
  const [basis, setBasis] = useState(bases[0]?.id ?? '');
  const [values, setValues] = useState(EMPTY);
  const [status, setStatus] = useState<string>();
  const set = (key: TextKey) => (value: string) => setValues((current) => ({ ...current, [key]: value }));
  const id = (key: string) => `disclosure-${key}`;
  const missing = t('disclosures.form.missing');
  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      setStatus(undefined);
      await recordDisclosure({
        ...values,
        kind,
        legalBasis: basis,
        disclosedAt: new Date(values.disclosedAt).toISOString(),
      });
      setValues(EMPTY);
      setStatus(t('disclosures.form.done'));
      onRecorded();
    },
    {
      check: () => ({
        recipient: !values.recipient.trim() && missing,
        dataDescription: !values.dataDescription.trim() && missing,
        disclosedAt: (!values.disclosedAt || Number.isNaN(new Date(values.disclosedAt).getTime())) && missing,
        subjectDescription: !values.subjectEmail.trim() && !values.subjectDescription.trim() && missing,
      }),
    },
  );
  const field = (key: TextKey, optional = false) => ({
    id: id(key),
    label: t(`disclosures.form.${key}`),
    value: values[key],
    onValueChange: set(key),
    error: errors?.fields[key],
    optional,
  });
  return (
    <section className="page-section" aria-labelledby="disclosure-form-title">
      <h2 id="disclosure-form-title">{t('disclosures.form.title')}</h2>
      <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="disclosure-form-title">
        <ErrorSummary
          errors={errors}
          fields={Object.fromEntries(
            (Object.keys(EMPTY) as TextKey[]).map((key) => [
              key,
              { id: id(key), label: t(`disclosures.form.${key}`) },
            ]),
          )}
        />
        <SelectField
          id={id('kind')}
          label={t('disclosures.form.kind')}
          value={kind}
          options={kinds.map((option) => ({ value: option.id, label: text(option.name) }))}
          onValueChange={(value) => {
            setKind(value);
            setBasis(kinds.find((option) => option.id === value)?.legalBases[0]?.id ?? '');
          }}
        />
        <TextField {...field('recipient')} hint={t('disclosures.form.recipientHint')} autoComplete="off" />
        <TextField {...field('recipientAddress', true)} autoComplete="off" />
        <TextField
          {...field('subjectEmail', true)}
          type="email"
          hint={t('disclosures.form.subjectEmailHint')}
          autoComplete="off"
        />
        <TextAreaField
          {...field('subjectDescription', true)}
          hint={t('disclosures.form.subjectDescriptionHint')}
        />
        <TextAreaField {...field('dataDescription')} hint={t('disclosures.form.dataDescriptionHint')} />
        <SelectField
          id={id('basis')}
          label={t('disclosures.form.basis')}
          value={basis}
          options={bases.map((option) => ({ value: option.id, label: text(option.name) }))}
          onValueChange={setBasis}
        />
        <TextField {...field('reference', true)} autoComplete="off" />
        <TextField {...field('disclosedAt')} type="datetime-local" />
        <div className="form__actions">
          <SubmitButton pending={pending}>{t('disclosures.form.submit')}</SubmitButton>
        </div>
        <StatusMessage message={status} />
      </form>
    </section>
  );
}
