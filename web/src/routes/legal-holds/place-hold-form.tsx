import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentSummary } from '../../api/incidents-api';
import { ErrorSummary } from '../../ui/form/error-summary';
import { SelectField } from '../../ui/form/select-field';
import { SubmitButton } from '../../ui/form/submit-button';
import { TextField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { StatusMessage } from '../../ui/notice';
import { TextAreaField } from '../preparation/text-area-field';
import { LEGAL_HOLD_GROUNDS, type LegalHoldGround, placeLegalHold } from './legal-holds-api';

/** Places a hold on a person (by e-mail address) and/or, for an organisation's admins, an incident. */
export function PlaceHoldForm({ incidents, onPlaced }: { incidents?: IncidentSummary[]; onPlaced(): void }) {
  const { t } = useTranslation();
  const [userEmail, setUserEmail] = useState('');
  const [incidentId, setIncidentId] = useState('');
  const [ground, setGround] = useState<LegalHoldGround>('legal-claim');
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const [status, setStatus] = useState<string>();
  const ids = {
    userEmail: 'hold-email',
    incidentId: 'hold-incident',
    ground: 'hold-ground',
    reason: 'hold-reason',
    until: 'hold-until',
  };
  const missing = t('legalHolds.form.missing');
  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      setStatus(undefined);
      await placeLegalHold({
        ...(userEmail.trim() ? { userEmail: userEmail.trim() } : {}),
        ...(incidentId ? { incidentId } : {}),
        ground,
        reason,
        // The end of the chosen day, in the browser's time zone.
        until: new Date(`${until}T23:59:59`).toISOString(),
      });
      setUserEmail('');
      setIncidentId('');
      setReason('');
      setUntil('');
      setStatus(t('legalHolds.form.done'));
      onPlaced();
    },
    {
      check: () => ({
        userEmail: !userEmail.trim() && !incidentId && t('legalHolds.form.target'),
        reason: !reason.trim() && missing,
        until: !until && missing,
      }),
    },
  );
  return (
    <section className="page-section" aria-labelledby="hold-form-title">
      <h2 id="hold-form-title">{t('legalHolds.form.title')}</h2>
      <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="hold-form-title">
        <ErrorSummary
          errors={errors}
          fields={{
            userEmail: { id: ids.userEmail, label: t('legalHolds.form.userEmail') },
            reason: { id: ids.reason, label: t('legalHolds.form.reason') },
            until: { id: ids.until, label: t('legalHolds.form.until') },
          }}
        />
        <TextField
          id={ids.userEmail}
          type="email"
          label={t('legalHolds.form.userEmail')}
          hint={t('legalHolds.form.userEmailHint')}
          optional={incidents !== undefined}
          autoComplete="off"
          value={userEmail}
          onValueChange={setUserEmail}
          error={errors?.fields.userEmail}
        />
        {incidents ? (
          <SelectField
            id={ids.incidentId}
            label={t('legalHolds.form.incident')}
            optional
            value={incidentId}
            options={[
              { value: '', label: t('legalHolds.form.noIncident') },
              ...incidents.map((incident) => ({
                value: incident.id,
                label: `#${incident.number} ${incident.title}`,
              })),
            ]}
            onValueChange={setIncidentId}
          />
        ) : null}
        <SelectField
          id={ids.ground}
          label={t('legalHolds.form.ground')}
          value={ground}
          options={LEGAL_HOLD_GROUNDS.map((value) => ({ value, label: t(`legalHolds.grounds.${value}`) }))}
          onValueChange={(value) => setGround(value as LegalHoldGround)}
        />
        <TextAreaField
          id={ids.reason}
          label={t('legalHolds.form.reason')}
          hint={t('legalHolds.form.reasonHint')}
          value={reason}
          onValueChange={setReason}
          error={errors?.fields.reason}
        />
        <TextField
          id={ids.until}
          type="date"
          label={t('legalHolds.form.until')}
          value={until}
          onValueChange={setUntil}
          error={errors?.fields.until}
        />
        <div className="form__actions">
          <SubmitButton pending={pending}>{t('legalHolds.form.submit')}</SubmitButton>
        </div>
        <StatusMessage message={status} />
      </form>
    </section>
  );
}
