import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import type { SupportGrant } from '../../api/api-types';
import { grantSupportAccess, listSupportGrants, revokeSupportAccess } from '../../api/organisation-api';
import { ErrorSummary } from '../../ui/form/error-summary';
import { SubmitButton } from '../../ui/form/submit-button';
import { TextField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { useFormatDateTime } from '../../ui/format';
import { Notice, StatusMessage } from '../../ui/notice';
import { useLoaded } from './use-loaded';

function validHours(text: string): number | undefined {
  const hours = Number(text);
  return Number.isInteger(hours) && hours >= 1 && hours <= 72 ? hours : undefined;
}

/** Time-limited access for the platform's support staff: grant it with a reason, see it, end it early. */
export function SupportAccessSection() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const { data: grants, problem, reload } = useLoaded(listSupportGrants);
  const [hours, setHours] = useState('24');
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState<string>();
  const [revokeProblem, setRevokeProblem] = useState<string>();

  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      setStatus(undefined);
      const created = await grantSupportAccess({ hours: validHours(hours) ?? 24, reason: reason.trim() });
      setReason('');
      setStatus(t('supportAccess.granted', { until: formatDateTime(created.expiresAt) }));
      await reload();
    },
    {
      check: () => ({
        hours: validHours(hours) === undefined && t('supportAccess.hoursInvalid'),
        reason: !reason.trim() && t('supportAccess.reasonMissing'),
      }),
      fieldText: (path) =>
        ({ hours: t('supportAccess.hoursInvalid'), reason: t('supportAccess.reasonMissing') })[path],
    },
  );

  async function revoke(grant: SupportGrant) {
    setStatus(undefined);
    setRevokeProblem(undefined);
    try {
      await revokeSupportAccess(grant.id);
      setStatus(t('supportAccess.revoked'));
      await reload();
    } catch (error) {
      setRevokeProblem(problemText(error));
    }
  }

  return (
    <section className="page-section" aria-labelledby="support-access">
      <h2 id="support-access">{t('supportAccess.title')}</h2>
      <p>{t('supportAccess.intro')}</p>
      <ErrorSummary
        errors={errors}
        fields={{
          hours: { id: 'support-hours', label: t('supportAccess.hours') },
          reason: { id: 'support-reason', label: t('supportAccess.reason') },
        }}
      />
      <form className="form form--compact" noValidate onSubmit={onSubmit}>
        <TextField
          id="support-hours"
          name="hours"
          type="number"
          inputMode="numeric"
          min={1}
          max={72}
          className="field__input field__input--short"
          label={t('supportAccess.hours')}
          hint={t('supportAccess.hoursHint')}
          value={hours}
          onValueChange={setHours}
          error={errors?.fields.hours}
        />
        <TextField
          id="support-reason"
          name="reason"
          label={t('supportAccess.reason')}
          hint={t('supportAccess.reasonHint')}
          maxLength={500}
          autoComplete="off"
          value={reason}
          onValueChange={setReason}
          error={errors?.fields.reason}
        />
        <div className="form__actions">
          <SubmitButton pending={pending}>{t('supportAccess.grant')}</SubmitButton>
        </div>
      </form>
      <StatusMessage message={status} />
      {problem || revokeProblem ? (
        <Notice tone="error">
          <p>{problem ?? revokeProblem}</p>
        </Notice>
      ) : null}

      <h3>{t('supportAccess.listTitle')}</h3>
      {grants === undefined ? (
        problem ? null : (
          <p className="loading">{t('access.loading')}</p>
        )
      ) : grants.length === 0 ? (
        <p>{t('supportAccess.none')}</p>
      ) : (
        <ul className="card-list">
          {grants.map((grant) => (
            <li key={grant.id} className={`card${grant.active ? '' : ' card--muted'}`}>
              <div className="card__header">
                <p className="card__title">{grant.reason}</p>
                <span className={`badge badge--${grant.active ? 'good' : 'neutral'}`}>
                  {grant.active
                    ? t('supportAccess.active')
                    : grant.revokedAt
                      ? t('supportAccess.revokedBadge')
                      : t('supportAccess.ended')}
                </span>
              </div>
              <dl className="facts">
                <div>
                  <dt>{t('supportAccess.until')}</dt>
                  <dd>{formatDateTime(grant.revokedAt ?? grant.expiresAt)}</dd>
                </div>
                <div>
                  <dt>{t('supportAccess.grantedBy')}</dt>
                  <dd>{grant.grantedByName ?? t('supportAccess.unknownPerson')}</dd>
                </div>
              </dl>
              {grant.active ? (
                <div className="card__actions">
                  <button
                    type="button"
                    className="button button--small button--danger-quiet"
                    onClick={() => void revoke(grant)}
                  >
                    {t('supportAccess.revoke')}
                  </button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
