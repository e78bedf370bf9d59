import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../../ui/form/checkbox-group';
import { ErrorSummary } from '../../../ui/form/error-summary';
import type { FormErrors } from '../../../ui/form/form-errors';
import { TextField } from '../../../ui/form/text-field';
import { TextAreaField } from '../text-area-field';
import type { StartDraft } from './start-draft';
import { StepHeading } from './step-heading';

interface DetailsStepProps {
  draft: StartDraft;
  errors: FormErrors | undefined;
  focus: boolean;
  onChange(changes: Partial<StartDraft>): void;
  onNext(): void;
  onBack(): void;
}

/** Step 2: what the incident is called and about, prefilled from the scenario. */
export function DetailsStep({ draft, errors, focus, onChange, onNext, onBack }: DetailsStepProps) {
  const { t } = useTranslation();
  const labels = {
    title: t('incidentStart.details.titleLabel'),
    description: t('incidentStart.details.description'),
    labels: t('incidentStart.details.labels'),
  };
  return (
    <section className="step" aria-labelledby="step-details">
      <StepHeading id="step-details" number={2} focus={focus}>
        {t('incidentStart.details.title')}
      </StepHeading>
      {draft.template ? (
        <p>{t('incidentStart.details.fromScenario', { scenario: draft.template.title })}</p>
      ) : null}
      <ErrorSummary
        errors={errors}
        fields={{
          title: { id: 'start-title', label: labels.title },
          description: { id: 'start-description', label: labels.description },
          labels: { id: 'start-labels', label: labels.labels },
        }}
      />
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onNext();
        }}
      >
        <TextField
          id="start-title"
          name="title"
          label={labels.title}
          autoComplete="off"
          maxLength={200}
          value={draft.title}
          onValueChange={(title) => onChange({ title })}
          error={errors?.fields.title}
        />
        <TextAreaField
          id="start-description"
          name="description"
          label={labels.description}
          optional
          value={draft.description}
          onValueChange={(description) => onChange({ description })}
          error={errors?.fields.description}
        />
        <TextField
          id="start-labels"
          name="labels"
          label={labels.labels}
          hint={t('incidentStart.details.labelsHint')}
          optional
          autoComplete="off"
          value={draft.labels}
          onValueChange={(value) => onChange({ labels: value })}
          error={errors?.fields.labels}
        />
        <Checkbox
          id="start-exercise"
          label={t('incidentStart.details.exercise')}
          hint={t('incidentStart.details.exerciseHint')}
          checked={draft.isExercise}
          onCheckedChange={(isExercise) => onChange({ isExercise })}
        />
        <div className="form__actions step__actions">
          <button type="submit" className="button button--primary">
            {t('incidentStart.next')}
          </button>
          <button type="button" className="button button--secondary" onClick={onBack}>
            {t('incidentStart.back')}
          </button>
        </div>
      </form>
    </section>
  );
}
