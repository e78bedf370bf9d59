import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { correctLogbookEntry, type LogbookEntry } from '../../../../api/logbook-api';
import type { LogbookClassification } from '../../../../api/preparation-types';
import { Checkbox } from '../../../../ui/form/checkbox-group';
import { ErrorSummary } from '../../../../ui/form/error-summary';
import { SelectField } from '../../../../ui/form/select-field';
import { SubmitButton } from '../../../../ui/form/submit-button';
import { TextField } from '../../../../ui/form/text-field';
import { useFormSubmit } from '../../../../ui/form/use-form-submit';
import { TextAreaField } from '../../text-area-field';

interface CorrectionFormProps {
  incidentId: string;
  entry: LogbookEntry;
  classifications: LogbookClassification[];
  onCorrected(entry: LogbookEntry): void;
  onCancel(): void;
}

/** A correction: the new text and why. The original stays readable in the history. */
export function CorrectionForm({
  incidentId,
  entry,
  classifications,
  onCorrected,
  onCancel,
}: CorrectionFormProps) {
  const { t } = useTranslation();
  const id = `correct-${entry.sequence}`;
  const [text, setText] = useState(entry.text);
  const [reason, setReason] = useState('');
  const [classificationId, setClassificationId] = useState(entry.classification?.id ?? '');
  const [isDecision, setIsDecision] = useState(entry.isDecision);
  const textField = useRef<HTMLTextAreaElement>(null);
  // The button that opened the form is gone while it is open: start in the text.
  useEffect(() => textField.current?.focus(), []);
  const labels = {
    text: t('incidentLogbook.correction.text'),
    reason: t('incidentLogbook.correction.reason'),
    classificationId: t('incidentLogbook.form.classification'),
  };

  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      const corrected = await correctLogbookEntry(incidentId, entry.id, {
        text: text.trim(),
        reason: reason.trim(),
        classificationId: classificationId || null,
        isDecision,
      });
      onCorrected(corrected);
    },
    {
      check: () => ({
        text: !text.trim() && t('incidentLogbook.form.textMissing'),
        reason: !reason.trim() && t('incidentLogbook.correction.reasonMissing'),
      }),
      fieldText: (path) =>
        path === 'text'
          ? t('incidentLogbook.form.textMissing')
          : path === 'reason'
            ? t('incidentLogbook.correction.reasonMissing')
            : undefined,
    },
  );

  return (
    <section className="logbook-correction" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="logbook-correction__title">
        {t('incidentLogbook.correction.title', { number: entry.sequence })}
      </h4>
      <p className="field__hint">{t('incidentLogbook.correction.intro')}</p>
      <ErrorSummary
        errors={errors}
        fields={{
          text: { id: `${id}-text`, label: labels.text },
          reason: { id: `${id}-reason`, label: labels.reason },
          classificationId: { id: `${id}-classification`, label: labels.classificationId },
        }}
      />
      <form className="form form--compact" noValidate onSubmit={onSubmit}>
        <TextAreaField
          ref={textField}
          id={`${id}-text`}
          name="text"
          label={labels.text}
          rows={3}
          maxLength={10_000}
          value={text}
          onValueChange={setText}
          error={errors?.fields.text}
        />
        <TextField
          id={`${id}-reason`}
          name="reason"
          label={labels.reason}
          hint={t('incidentLogbook.correction.reasonHint')}
          autoComplete="off"
          maxLength={500}
          value={reason}
          onValueChange={setReason}
          error={errors?.fields.reason}
        />
        {classifications.length > 0 ? (
          <SelectField
            id={`${id}-classification`}
            name="classificationId"
            label={labels.classificationId}
            value={classificationId}
            options={[
              { value: '', label: t('incidentLogbook.form.noClassification') },
              ...classifications.map((item) => ({ value: item.id, label: item.name })),
            ]}
            onValueChange={setClassificationId}
            error={errors?.fields.classificationId}
          />
        ) : null}
        <Checkbox
          id={`${id}-decision`}
          label={t('incidentLogbook.form.decision')}
          checked={isDecision}
          onCheckedChange={setIsDecision}
        />
        <div className="form__actions">
          <SubmitButton pending={pending}>{t('incidentLogbook.correction.submit')}</SubmitButton>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
