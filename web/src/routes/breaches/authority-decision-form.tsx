import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../ui/form/error-summary';
import { SelectField } from '../../ui/form/select-field';
import { SubmitButton } from '../../ui/form/submit-button';
import { TextField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { StatusMessage } from '../../ui/notice';
import { TextAreaField } from '../preparation/text-area-field';
import { type Breach, decideAuthority, fromLocalInput, localInput } from './breaches-api';

type Decision = 'notified' | 'not-notified';

/**
 * The decision that stops the 72-hour clock: the notification with the authority's reference
 * (and the reasons when it came late), or why the breach is unlikely to result in a risk.
 */
export function AuthorityDecisionForm({ breach, onSaved }: { breach: Breach; onSaved(next: Breach): void }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<Decision>(
    breach.authority.notNotifiedReason ? 'not-notified' : 'notified',
  );
  const [notifiedAt, setNotifiedAt] = useState(() =>
    localInput(breach.authority.notifiedAt ? new Date(breach.authority.notifiedAt) : new Date()),
  );
  const [reference, setReference] = useState(breach.authority.reference ?? '');
  const [delayReason, setDelayReason] = useState(breach.authority.delayReason ?? '');
  const [reason, setReason] = useState(breach.authority.notNotifiedReason ?? '');
  const [status, setStatus] = useState<string>();
  const missing = t('breaches.form.missing');
  const late = (fromLocalInput(notifiedAt) ?? '') > breach.clock.dueAt;
  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      setStatus(undefined);
      const next = await decideAuthority(
        breach.id,
        decision === 'notified'
          ? {
              decision,
              notifiedAt: fromLocalInput(notifiedAt) ?? '',
              reference,
              ...(delayReason.trim() ? { delayReason } : {}),
            }
          : { decision, reason },
      );
      setStatus(t('breaches.authority.done'));
      onSaved(next);
    },
    {
      check: () =>
        decision === 'notified'
          ? {
              notifiedAt: !fromLocalInput(notifiedAt) && missing,
              reference: !reference.trim() && missing,
              delayReason: late && !delayReason.trim() && missing,
            }
          : { reason: !reason.trim() && missing },
    },
  );
  const fields = {
    notifiedAt: { id: 'authority-notifiedAt', label: t('breaches.authority.notifiedAt') },
    reference: { id: 'authority-reference', label: t('breaches.authority.reference') },
    delayReason: { id: 'authority-delayReason', label: t('breaches.authority.delayReason') },
    reason: { id: 'authority-reason', label: t('breaches.authority.notNotified') },
  };
  return (
    <form
      className="form breach-decision"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="authority-form-title"
    >
      <h3 id="authority-form-title">{t('breaches.authority.title')}</h3>
      <ErrorSummary errors={errors} fields={fields} />
      <SelectField
        id="authority-decision"
        label={t('breaches.authority.decision')}
        value={decision}
        options={[
          { value: 'notified', label: t('breaches.authority.notified') },
          { value: 'not-notified', label: t('breaches.authority.notNotifiedOption') },
        ]}
        onValueChange={(value) => setDecision(value as Decision)}
      />
      {decision === 'notified' ? (
        <>
          <TextField
            {...fields.notifiedAt}
            type="datetime-local"
            value={notifiedAt}
            onValueChange={setNotifiedAt}
            error={errors?.fields.notifiedAt}
          />
          <TextField
            {...fields.reference}
            value={reference}
            onValueChange={setReference}
            error={errors?.fields.reference}
            autoComplete="off"
          />
          <TextAreaField
            {...fields.delayReason}
            value={delayReason}
            onValueChange={setDelayReason}
            error={errors?.fields.delayReason}
            hint={t('breaches.authority.delayHint')}
            optional={!late}
          />
        </>
      ) : (
        <TextAreaField
          {...fields.reason}
          value={reason}
          onValueChange={setReason}
          error={errors?.fields.reason}
          hint={t('breaches.authority.reasonHint')}
        />
      )}
      <div className="form__actions">
        <SubmitButton pending={pending}>{t('breaches.authority.submit')}</SubmitButton>
      </div>
      <StatusMessage message={status} />
    </form>
  );
}
