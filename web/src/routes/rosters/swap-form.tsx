import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addSwap, type Roster } from '../../api/rosters-api';
import { ErrorSummary } from '../../ui/form/error-summary';
import { SelectField } from '../../ui/form/select-field';
import { TextField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { FormActions } from '../preparation/form-actions';
import { PersonPicker } from '../preparation/person-picker';
import { useRosterFormat } from './use-roster-format';
import { inputValueOf, instantOfInput } from './zoned-clock';

/** The shift to hand over, as the calendar shows it. */
export interface SwapStart {
  userId: string;
  name: string;
  from: number;
  until: number;
}

interface SwapFormProps {
  roster: Roster;
  start: SwapStart;
  onSaved(message: string): void;
  onCancel(): void;
}

/**
 * "Dienst ruilen": someone else is on call for a period. Starts with the shift that was chosen;
 * the period can be made shorter (a dentist's appointment) or, for admins, anything else. Times are
 * in the person's own time zone.
 */
export function SwapForm({ roster, start, onSaved, onCancel }: SwapFormProps) {
  const { t } = useTranslation();
  const format = useRosterFormat();
  const zone = format.timeZone;
  const [startsAt, setStartsAt] = useState(inputValueOf(start.from, zone));
  const [endsAt, setEndsAt] = useState(inputValueOf(start.until, zone));
  const [userId, setUserId] = useState('');
  const [outsider, setOutsider] = useState<{ userId: string; name: string }>();
  const [reason, setReason] = useState('');
  const ids = {
    startsAt: 'swap-starts-at',
    endsAt: 'swap-ends-at',
    userId: 'swap-user',
    reason: 'swap-reason',
  };
  const labels = {
    startsAt: t('rosters.swap.startsAt'),
    endsAt: t('rosters.swap.endsAt'),
    userId: t('rosters.swap.person'),
    reason: t('rosters.swap.reason'),
  };
  const colleagues = roster.members.filter(
    (member, index, all) =>
      member.available &&
      member.userId !== start.userId &&
      all.findIndex((other) => other.userId === member.userId) === index,
  );
  const options = [
    { value: '', label: t('rosters.swap.choosePerson') },
    ...colleagues.map((member) => ({ value: member.userId, label: member.name })),
    ...(outsider && !colleagues.some((member) => member.userId === outsider.userId)
      ? [{ value: outsider.userId, label: outsider.name }]
      : []),
  ];

  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      const from = instantOfInput(startsAt, zone) ?? Number.NaN;
      const until = instantOfInput(endsAt, zone) ?? Number.NaN;
      const swap = await addSwap(roster.id, {
        startsAt: new Date(from).toISOString(),
        endsAt: new Date(until).toISOString(),
        userId,
        reason: reason.trim(),
      });
      onSaved(
        t('rosters.swap.saved', { name: swap.name, from: format.moment(from), until: format.moment(until) }),
      );
    },
    {
      check: () => {
        const from = instantOfInput(startsAt, zone);
        const until = instantOfInput(endsAt, zone);
        return {
          startsAt: from === undefined && t('rosters.swap.timeMissing'),
          endsAt:
            (until === undefined && t('rosters.swap.timeMissing')) ||
            (from !== undefined && until !== undefined && until <= from && t('rosters.swap.endBeforeStart')),
          userId: !userId && t('rosters.swap.personMissing'),
        };
      },
    },
  );

  return (
    <>
      <p>{t('rosters.swap.intro', { name: start.name })}</p>
      <ErrorSummary
        errors={errors}
        fields={Object.fromEntries(
          Object.entries(ids).map(([name, id]) => [name, { id, label: labels[name as keyof typeof labels] }]),
        )}
      />
      <form className="form form--compact" noValidate onSubmit={onSubmit}>
        <div className="roster-period">
          <TextField
            id={ids.startsAt}
            type="datetime-local"
            label={labels.startsAt}
            hint={t('rosters.swap.zoneHint', { timeZone: zone })}
            value={startsAt}
            onValueChange={setStartsAt}
            error={errors?.fields.startsAt}
          />
          <TextField
            id={ids.endsAt}
            type="datetime-local"
            label={labels.endsAt}
            value={endsAt}
            onValueChange={setEndsAt}
            error={errors?.fields.endsAt}
          />
        </div>
        <SelectField
          id={ids.userId}
          label={labels.userId}
          hint={t('rosters.swap.personHint')}
          value={userId}
          options={options}
          onValueChange={setUserId}
          error={errors?.fields.userId}
        />
        <details className="roster-outsider">
          <summary>{t('rosters.swap.someoneElse')}</summary>
          <PersonPicker
            id="swap-outsider"
            chosen={new Set([start.userId, userId].filter(Boolean))}
            onPick={(user) => {
              setOutsider({ userId: user.id, name: user.name });
              setUserId(user.id);
              document.getElementById(ids.userId)?.focus();
            }}
          />
        </details>
        <TextField
          id={ids.reason}
          label={labels.reason}
          optional
          maxLength={500}
          autoComplete="off"
          value={reason}
          onValueChange={setReason}
          error={errors?.fields.reason}
        />
        <FormActions pending={pending} onCancel={onCancel} label={t('rosters.swap.submit')} />
      </form>
    </>
  );
}
