import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../ui/form/error-summary';
import { SelectField } from '../../ui/form/select-field';
import { SubmitButton } from '../../ui/form/submit-button';
import { TextField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { StatusMessage } from '../../ui/notice';
import { TextAreaField } from '../preparation/text-area-field';
import { type Breach, decideSubjects, fromLocalInput, localInput } from './breaches-api';

type Decision = 'informed' | 'not-needed';

/** Whether the people concerned were informed (art. 34), or why that is not needed. */
export function SubjectsDecisionForm({ breach, onSaved }: { breach: Breach; onSaved(next: Breach): void }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<Decision>(
    breach.subjects.notInformedReason ? 'not-needed' : 'informed',
  );
  const [informedAt, setInformedAt] = useState(() =>
    localInput(breach.subjects.informedAt ? new Date(breach.subjects.informedAt) : new Date()),
  );
  const [reason, setReason] = useState(breach.subjects.notInformedReason ?? '');
  const [status, setStatus] = useState<string>();
  const missing = t('breaches.form.missing');
  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      setStatus(undefined);
      const next = await decideSubjects(
        breach.id,
        decision === 'informed'
          ? { decision, informedAt: fromLocalInput(informedAt) ?? '' }
          : { decision, reason },
      );
      setStatus(t('breaches.subjects.done'));
      onSaved(next);
    },
    {
      check: () =>
        decision === 'informed'
          ? { informedAt: !fromLocalInput(informedAt) && missing }
          : { reason: !reason.trim() && missing },
    },
  );
  const fields = {
    informedAt: { id: 'subjects-informedAt', label: t('breaches.subjects.informedAt') },
    reason: { id: 'subjects-reason', label: t('breaches.subjects.notInformed') },
  };
  return (
    <form
      className="form breach-decision"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="subjects-form-title"
    >
      <h3 id="subjects-form-title">{t('breaches.subjects.title')}</h3>
      <ErrorSummary errors={errors} fields={fields} />
      <SelectField
        id="subjects-decision"
        label={t('breaches.subjects.decision')}
        value={decision}
        options={[
          { value: 'informed', label: t('breaches.subjects.informed') },
          { value: 'not-needed', label: t('breaches.subjects.notNeeded') },
        ]}
        onValueChange={(value) => setDecision(value as Decision)}
      />
      {decision === 'informed' ? (
        <TextField
          {...fields.informedAt}
          type="datetime-local"
          value={informedAt}
          onValueChange={setInformedAt}
          error={errors?.fields.informedAt}
        />
      ) : (
        <TextAreaField
          {...fields.reason}
          value={reason}
          onValueChange={setReason}
          error={errors?.fields.reason}
          hint={t('breaches.subjects.reasonHint')}
        />
      )}
      <div className="form__actions">
        <SubmitButton pending={pending}>{t('breaches.subjects.submit')}</SubmitButton>
      </div>
      <StatusMessage message={status} />
    </form>
  );
}
