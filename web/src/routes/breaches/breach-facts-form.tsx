import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../ui/form/error-summary';
import { SubmitButton } from '../../ui/form/submit-button';
import { TextField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { StatusMessage } from '../../ui/notice';
import { TextAreaField } from '../preparation/text-area-field';
import { type BreachFactsBody, type BreachFields, fromLocalInput, localInput } from './breaches-api';

const TEXT_KEYS = [
  'description',
  'dataCategories',
  'peopleCategories',
  'likelyConsequences',
  'measures',
  'contactPoint',
] as const;
const COUNT_KEYS = ['approximatePeople', 'approximateRecords'] as const;
const REQUIRED = ['description', 'dataCategories', 'peopleCategories', 'contactPoint'] as const;
type Key = 'discoveredAt' | (typeof TEXT_KEYS)[number] | (typeof COUNT_KEYS)[number];
type Values = Record<Key, string>;

function valuesOf(breach: BreachFields | undefined): Values {
  return {
    discoveredAt: localInput(breach ? new Date(breach.discoveredAt) : new Date()),
    description: breach?.description ?? '',
    dataCategories: breach?.dataCategories ?? '',
    peopleCategories: breach?.peopleCategories ?? '',
    likelyConsequences: breach?.likelyConsequences ?? '',
    measures: breach?.measures ?? '',
    contactPoint: breach?.contactPoint ?? '',
    approximatePeople: breach?.approximatePeople?.toString() ?? '',
    approximateRecords: breach?.approximateRecords?.toString() ?? '',
  };
}

const count = (value: string) => (value.trim() === '' ? null : Number(value.trim()));
const isCount = (value: string) => value.trim() === '' || /^\d{1,10}$/.test(value.trim());

/** The facts of a breach (art. 33(3)): to record a new one, or to change one as more becomes known. */
export function BreachFactsForm({
  breach,
  onSave,
}: {
  /** The breach to change; a new one when absent. */
  breach?: BreachFields;
  onSave(body: BreachFactsBody): Promise<void>;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => valuesOf(breach));
  const [status, setStatus] = useState<string>();
  const prefix = breach ? 'breach-edit' : 'breach-new';
  const titleId = `${prefix}-title`;
  const id = (key: Key) => `${prefix}-${key}`;
  const label = (key: Key) => t(`breaches.facts.${key}`);
  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      setStatus(undefined);
      await onSave({
        // Unchanged, the exact moment goes back: the minute-precise field would otherwise move the
        // 72-hour clock by the seconds it cannot show, and start its warnings over.
        discoveredAt:
          breach && values.discoveredAt === localInput(new Date(breach.discoveredAt))
            ? breach.discoveredAt
            : (fromLocalInput(values.discoveredAt) ?? ''),
        description: values.description,
        dataCategories: values.dataCategories,
        peopleCategories: values.peopleCategories,
        likelyConsequences: values.likelyConsequences,
        measures: values.measures,
        contactPoint: values.contactPoint,
        approximatePeople: count(values.approximatePeople),
        approximateRecords: count(values.approximateRecords),
      });
      if (!breach) setValues(valuesOf(undefined));
      setStatus(t(breach ? 'breaches.form.saved' : 'breaches.form.done'));
    },
    {
      check: () => ({
        discoveredAt: !fromLocalInput(values.discoveredAt) && t('breaches.form.missing'),
        ...Object.fromEntries(
          REQUIRED.map((key) => [key, !values[key].trim() && t('breaches.form.missing')]),
        ),
        ...Object.fromEntries(
          COUNT_KEYS.map((key) => [key, !isCount(values[key]) && t('breaches.form.notANumber')]),
        ),
      }),
    },
  );
  const field = (key: Key) => ({
    id: id(key),
    label: label(key),
    value: values[key],
    onValueChange: (value: string) => setValues((current) => ({ ...current, [key]: value })),
    error: errors?.fields[key],
  });
  const allKeys: Key[] = ['discoveredAt', ...TEXT_KEYS, ...COUNT_KEYS];
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby={titleId}>
      <h2 id={titleId}>{t(breach ? 'breaches.form.editTitle' : 'breaches.form.title')}</h2>
      <ErrorSummary
        errors={errors}
        fields={Object.fromEntries(allKeys.map((key) => [key, { id: id(key), label: label(key) }]))}
      />
      <TextField
        {...field('discoveredAt')}
        type="datetime-local"
        hint={t('breaches.form.discoveredAtHint')}
      />
      <TextAreaField {...field('description')} hint={t('breaches.form.descriptionHint')} rows={4} />
      <TextAreaField {...field('dataCategories')} hint={t('breaches.form.dataCategoriesHint')} rows={2} />
      <TextAreaField {...field('peopleCategories')} hint={t('breaches.form.peopleCategoriesHint')} rows={2} />
      <TextField
        {...field('approximatePeople')}
        inputMode="numeric"
        optional
        hint={t('breaches.form.countHint')}
      />
      <TextField
        {...field('approximateRecords')}
        inputMode="numeric"
        optional
        hint={t('breaches.form.countHint')}
      />
      <TextAreaField {...field('likelyConsequences')} optional />
      <TextAreaField {...field('measures')} optional />
      <TextField {...field('contactPoint')} hint={t('breaches.form.contactPointHint')} autoComplete="off" />
      <div className="form__actions">
        <SubmitButton pending={pending}>
          {t(breach ? 'breaches.form.save' : 'breaches.form.submit')}
        </SubmitButton>
      </div>
      <StatusMessage message={status} />
    </form>
  );
}
