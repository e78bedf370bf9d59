import { useTranslation } from 'react-i18next';
import type { AlertUrgency } from '../../api/alerts-api';
import { useSession } from '../../session/session-context';
import { Checkbox } from '../../ui/form/checkbox-group';
import { defaultUrgency, UrgencyChoice } from './urgency-choice';

/** The start screen's alert choice; `urgency` null follows the exercise setting until chosen. */
export interface StartAlertChoice {
  send: boolean;
  urgency: AlertUrgency | null;
}

/** What the start request says about alerting (`alert` of POST /api/incidents). */
export function startAlertOf(choice: StartAlertChoice, isExercise: boolean) {
  return { send: choice.send, urgency: choice.urgency ?? defaultUrgency(isExercise) };
}

interface AlertStartChoiceProps {
  choice: StartAlertChoice;
  isExercise: boolean;
  /** Everyone on the start screen; the starter is not alerted. */
  participants: readonly { userId: string }[];
  onChange(choice: StartAlertChoice): void;
}

/** "Deelnemers direct alarmeren" (on unless unticked), with crisis or normal urgency. */
export function AlertStartChoice({ choice, isExercise, participants, onChange }: AlertStartChoiceProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  const others = new Set(
    participants.map((participant) => participant.userId).filter((id) => id !== user?.id),
  );
  return (
    <fieldset className="field fieldset">
      <legend className="field__label">{t('alerts.start.legend')}</legend>
      <Checkbox
        id="start-alert"
        label={t('alerts.start.send')}
        hint={others.size > 0 ? t('alerts.start.hint', { count: others.size }) : t('alerts.start.nobody')}
        checked={choice.send}
        onCheckedChange={(send) => onChange({ ...choice, send })}
      />
      {choice.send ? (
        <UrgencyChoice
          id="start-alert-urgency"
          value={choice.urgency ?? defaultUrgency(isExercise)}
          onChange={(urgency) => onChange({ ...choice, urgency })}
        />
      ) : null}
    </fieldset>
  );
}
