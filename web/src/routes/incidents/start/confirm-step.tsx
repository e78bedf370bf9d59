import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertStartChoice, type StartAlertChoice } from '../../../features/alerts/alert-start-choice';
import { ErrorSummary } from '../../../ui/form/error-summary';
import type { FormErrors } from '../../../ui/form/form-errors';
import { SubmitButton } from '../../../ui/form/submit-button';
import { parseLabels } from '../labels';
import { countPeople, groupByTeam, type StartDraft } from './start-draft';
import { StepHeading } from './step-heading';

interface ConfirmStepProps {
  draft: StartDraft;
  errors: FormErrors | undefined;
  pending: boolean;
  focus: boolean;
  onSubmit(event: FormEvent<HTMLFormElement>): void;
  onEdit(step: 'details' | 'team'): void;
  onBack(): void;
  onAlertChange(alert: StartAlertChoice): void;
}

/** Step 4: everything at a glance, and the button that starts it. */
export function ConfirmStep({
  draft,
  errors,
  pending,
  focus,
  onSubmit,
  onEdit,
  onBack,
  onAlertChange,
}: ConfirmStepProps) {
  const { t } = useTranslation();
  const labels = parseLabels(draft.labels);
  const groups = groupByTeam(draft.participants);
  const tasks = draft.template?.initialTasks.length ?? 0;
  return (
    <section className="step" aria-labelledby="step-confirm">
      <StepHeading id="step-confirm" number={4} focus={focus}>
        {t('incidentStart.confirm.title')}
      </StepHeading>
      {/* Problems found by the server belong to fields of earlier steps: they are told in sentences here. */}
      <ErrorSummary errors={errors} fields={{}} />
      {draft.isExercise ? (
        <p className="exercise-banner">
          <strong>{t('incidentRoom.exerciseBanner')}</strong> {t('incidentStart.confirm.exercise')}
        </p>
      ) : null}
      <dl className="facts confirm-facts">
        <div>
          <dt>{t('incidentStart.confirm.scenario')}</dt>
          <dd>{draft.template?.title ?? t('incidentStart.confirm.noScenario')}</dd>
        </div>
        <div>
          <dt>{t('incidentStart.details.titleLabel')}</dt>
          <dd>{draft.title.trim()}</dd>
        </div>
        {draft.description.trim() ? (
          <div>
            <dt>{t('incidentStart.details.description')}</dt>
            <dd className="preserve-lines">{draft.description.trim()}</dd>
          </div>
        ) : null}
        {labels.length > 0 ? (
          <div>
            <dt>{t('incidentStart.details.labels')}</dt>
            <dd>{labels.join(', ')}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('incidentStart.confirm.people')}</dt>
          <dd>
            {t('incidentStart.team.people', { count: countPeople(draft.participants) })}
            {groups.length > 0 ? (
              <ul className="plain-list">
                {groups.map((group) => (
                  <li key={group.teamId ?? 'direct'}>
                    {group.teamName ?? t('incidentStart.team.direct')}: {group.participants.length}
                  </li>
                ))}
              </ul>
            ) : null}
          </dd>
        </div>
        {tasks > 0 ? (
          <div>
            <dt>{t('incidentStart.confirm.tasks')}</dt>
            <dd>{t('incidentStart.confirm.taskCount', { count: tasks })}</dd>
          </div>
        ) : null}
      </dl>
      <p className="confirm-edit">
        <button type="button" className="link-button" onClick={() => onEdit('details')}>
          {t('incidentStart.confirm.editDetails')}
        </button>
        <button type="button" className="link-button" onClick={() => onEdit('team')}>
          {t('incidentStart.confirm.editTeam')}
        </button>
      </p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <AlertStartChoice
          choice={draft.alert}
          isExercise={draft.isExercise}
          participants={draft.participants}
          onChange={onAlertChange}
        />
        <div className="form__actions step__actions">
          <SubmitButton pending={pending}>{t('incidentStart.confirm.start')}</SubmitButton>
          <button type="button" className="button button--secondary" onClick={onBack}>
            {t('incidentStart.back')}
          </button>
        </div>
      </form>
    </section>
  );
}
