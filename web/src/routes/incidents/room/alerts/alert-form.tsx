import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AlertSummary, type AlertUrgency, createAlert } from '../../../../api/alerts-api';
import type { Incident } from '../../../../api/incidents-api';
import { defaultUrgency, UrgencyChoice } from '../../../../features/alerts/urgency-choice';
import { Checkbox } from '../../../../ui/form/checkbox-group';
import { ErrorSummary } from '../../../../ui/form/error-summary';
import { SubmitButton } from '../../../../ui/form/submit-button';
import { TextField } from '../../../../ui/form/text-field';
import { useFormSubmit } from '../../../../ui/form/use-form-submit';
import { TextAreaField } from '../../text-area-field';
import { type AlertTargetChoice, AlertTargetPicker, NO_TARGETS, targetCount } from './alert-target-picker';

// The API's limits, checked here first so the form can say which field is at fault.
const LIMITS = { title: 120, body: 1000, location: 200, escalationMinutes: 120 } as const;

const IDS = {
  targets: 'alert-form-who',
  title: 'alert-form-title',
  body: 'alert-form-body',
  location: 'alert-form-location',
  escalationMinutes: 'alert-form-escalation',
} as const;

interface AlertFormProps {
  /**
   * The incident people are called to: its title and alert text start the message, and its
   * exercise setting marks the alert. Without one (the alerts page) the message starts empty and
   * the sender says whether it is an exercise.
   */
  incident?: Pick<Incident, 'id' | 'title' | 'alertText' | 'isExercise'>;
  /** The form's heading; "Meer mensen alarmeren" by default (the incident room's). */
  heading?: string;
  onSent(alert: AlertSummary): void;
  onClose(): void;
}

/** "Meer mensen alarmeren": who (teams, roles, on call, people), the message, urgency and escalation. */
export function AlertForm({ incident, heading: headingText, onSent, onClose }: AlertFormProps) {
  const { t } = useTranslation();
  const [targets, setTargets] = useState<AlertTargetChoice>(NO_TARGETS);
  const [title, setTitle] = useState((incident?.title ?? '').slice(0, LIMITS.title));
  const [body, setBody] = useState((incident?.alertText ?? '').slice(0, LIMITS.body));
  const [location, setLocation] = useState('');
  const [exercise, setExercise] = useState(incident?.isExercise ?? false);
  // Null follows the exercise choice (normal for a drill, crisis otherwise) until the sender picks.
  const [chosenUrgency, setUrgency] = useState<AlertUrgency | null>(null);
  const urgency = chosenUrgency ?? defaultUrgency(exercise);
  const [escalation, setEscalation] = useState('5');
  const heading = useRef<HTMLHeadingElement>(null);

  // The button that opened the form is gone: continue at the form's heading.
  useEffect(() => heading.current?.focus(), []);

  const minutes = Number(escalation.trim());
  const labels = {
    targets: t('alerts.form.who'),
    title: t('alerts.form.titleLabel'),
    body: t('alerts.form.body'),
    location: t('alerts.form.location'),
    escalationMinutes: t('alerts.form.escalation'),
  };
  const problems = () => ({
    targets: targetCount(targets) === 0 && t('alerts.form.nobody'),
    title: title.trim()
      ? title.trim().length > LIMITS.title && t('alerts.form.titleTooLong', { max: LIMITS.title })
      : t('alerts.form.titleMissing'),
    body: body.trim().length > LIMITS.body && t('alerts.form.bodyTooLong', { max: LIMITS.body }),
    location:
      location.trim().length > LIMITS.location && t('alerts.form.locationTooLong', { max: LIMITS.location }),
    escalationMinutes:
      !(Number.isInteger(minutes) && minutes >= 1 && minutes <= LIMITS.escalationMinutes) &&
      t('alerts.form.escalationInvalid', { max: LIMITS.escalationMinutes }),
  });

  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      onSent(
        await createAlert({
          // An incident's alerts are marked as the incident is (the server decides); one on its own as chosen.
          ...(incident ? { incidentId: incident.id } : { isExercise: exercise }),
          title: title.trim(),
          ...(body.trim() ? { body: body.trim() } : {}),
          ...(location.trim() ? { location: location.trim() } : {}),
          urgency,
          escalationMinutes: minutes,
          targets: {
            teamIds: targets.teamIds,
            roleIds: targets.roleIds,
            onCallRoleIds: targets.onCallRoleIds,
            userIds: targets.people.map((person) => person.id),
          },
        }),
      );
    },
    {
      check: problems,
      // The server's field texts are technical English: say it as the local check would.
      fieldText: (path) => {
        const field = path.split('.')[0] ?? '';
        const local = field in IDS ? problems()[field as keyof typeof IDS] : undefined;
        return local || undefined;
      },
    },
  );

  return (
    <section id="alert-form" className="panel alert-form" aria-labelledby="alert-form-heading">
      <h3 id="alert-form-heading" ref={heading} tabIndex={-1}>
        {headingText ?? t('alerts.form.title')}
      </h3>
      <ErrorSummary
        errors={errors}
        fields={Object.fromEntries(
          Object.entries(IDS).map(([name, id]) => [name, { id, label: labels[name as keyof typeof IDS] }]),
        )}
      />
      <AlertTargetPicker
        headingId={IDS.targets}
        value={targets}
        error={errors?.fields.targets}
        onChange={setTargets}
      />
      <form
        className="form form--compact"
        noValidate
        onSubmit={onSubmit}
        aria-labelledby="alert-form-message"
      >
        <h4 id="alert-form-message" className="alert-form__subtitle">
          {t('alerts.form.message')}
        </h4>
        <TextField
          id={IDS.title}
          name="title"
          label={labels.title}
          autoComplete="off"
          value={title}
          onValueChange={setTitle}
          error={errors?.fields.title}
        />
        <TextAreaField
          id={IDS.body}
          name="body"
          label={labels.body}
          hint={t('alerts.form.bodyHint')}
          optional
          rows={3}
          value={body}
          onValueChange={setBody}
          error={errors?.fields.body}
        />
        <TextField
          id={IDS.location}
          name="location"
          label={labels.location}
          optional
          autoComplete="off"
          value={location}
          onValueChange={setLocation}
          error={errors?.fields.location}
        />
        {incident ? null : (
          <Checkbox
            id="alert-form-exercise"
            label={t('alertsPage.exercise')}
            hint={t('alertsPage.exerciseHint')}
            checked={exercise}
            onCheckedChange={setExercise}
          />
        )}
        <UrgencyChoice id="alert-form-urgency" value={urgency} onChange={setUrgency} />
        <TextField
          id={IDS.escalationMinutes}
          name="escalationMinutes"
          label={labels.escalationMinutes}
          hint={t('alerts.form.escalationHint')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={3}
          value={escalation}
          onValueChange={setEscalation}
          error={errors?.fields.escalationMinutes}
        />
        <div className="form__actions">
          <SubmitButton pending={pending}>{t('alerts.form.send')}</SubmitButton>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('alerts.form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
