import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addLogbookEntry,
  type LogbookEntry,
  MAX_ATTACHMENT_BYTES,
  type NewLogbookEntry,
} from '../../../../api/logbook-api';
import type { LogbookClassification, LogbookLabel } from '../../../../api/preparation-types';
import { Checkbox, CheckboxGroup } from '../../../../ui/form/checkbox-group';
import { ErrorSummary } from '../../../../ui/form/error-summary';
import { FieldFrame } from '../../../../ui/form/field-frame';
import { SelectField } from '../../../../ui/form/select-field';
import { SubmitButton } from '../../../../ui/form/submit-button';
import { TextField } from '../../../../ui/form/text-field';
import { useFormSubmit } from '../../../../ui/form/use-form-submit';
import { StatusMessage } from '../../../../ui/notice';
import { TextAreaField } from '../../text-area-field';
import { formatBytes, localTime } from './logbook-rules';

// What the server takes; the file picker offers these first.
const ACCEPTED_FILES =
  'image/*,application/pdf,text/plain,text/csv,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp';

/** The file as base64 without the `data:…;base64,` prefix. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

interface LogbookEntryFormProps {
  incidentId: string;
  classifications: LogbookClassification[];
  labels: LogbookLabel[];
  onAdded(entry: LogbookEntry): void;
}

/**
 * The quick entry at the top of the logbook: type, send, type the next. Classification and
 * "besluit" are at hand; labels, another time and an attachment sit behind "meer".
 */
export function LogbookEntryForm({ incidentId, classifications, labels, onAdded }: LogbookEntryFormProps) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [classificationId, setClassificationId] = useState('');
  const [isDecision, setIsDecision] = useState(false);
  const [labelIds, setLabelIds] = useState<string[]>([]);
  const [occurredAt, setOccurredAt] = useState('');
  const [file, setFile] = useState<File>();
  const [status, setStatus] = useState<string>();
  const textField = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const fieldLabels = {
    text: t('incidentLogbook.form.text'),
    classificationId: t('incidentLogbook.form.classification'),
    labelIds: t('incidentLogbook.form.labels'),
    occurredAt: t('incidentLogbook.form.occurredAt'),
    attachment: t('incidentLogbook.form.attachment'),
  };

  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      const entry: NewLogbookEntry = {
        text: text.trim(),
        ...(classificationId ? { classificationId } : {}),
        ...(labelIds.length > 0 ? { labelIds } : {}),
        ...(isDecision ? { isDecision } : {}),
      };
      const when = localTime(occurredAt);
      if (when !== undefined) entry.occurredAt = new Date(when).toISOString();
      if (file) {
        entry.attachment = {
          fileName: file.name,
          contentType: file.type || 'application/octet-stream',
          contentBase64: await readBase64(file),
        };
      }
      const added = await addLogbookEntry(incidentId, entry);
      onAdded(added);
      setText('');
      setClassificationId('');
      setIsDecision(false);
      setLabelIds([]);
      setOccurredAt('');
      setFile(undefined);
      if (fileInput.current) fileInput.current.value = '';
      setStatus(t('incidentLogbook.form.added', { number: added.sequence }));
      textField.current?.focus();
    },
    {
      check: () => ({
        text: !text.trim() && t('incidentLogbook.form.textMissing'),
        occurredAt:
          occurredAt !== '' &&
          localTime(occurredAt) === undefined &&
          t('incidentLogbook.form.occurredAtInvalid'),
        attachment:
          file !== undefined &&
          file.size > MAX_ATTACHMENT_BYTES &&
          t('incidentLogbook.form.attachmentTooLarge', {
            size: formatBytes(file.size, i18n.resolvedLanguage),
          }),
      }),
      fieldText: (path) =>
        path === 'text'
          ? t('incidentLogbook.form.textMissing')
          : path === 'occurredAt'
            ? t('incidentLogbook.form.occurredAtInvalid')
            : undefined,
    },
  );

  const more = labelIds.length + (occurredAt ? 1 : 0) + (file ? 1 : 0);
  return (
    <section className="logbook-form" aria-labelledby="logbook-form-title">
      <h3 id="logbook-form-title" className="visually-hidden">
        {t('incidentLogbook.form.title')}
      </h3>
      <ErrorSummary
        errors={errors}
        fields={{
          text: { id: 'logbook-text', label: fieldLabels.text },
          classificationId: { id: 'logbook-classification', label: fieldLabels.classificationId },
          labelIds: { id: `logbook-labels-${labels[0]?.id ?? ''}`, label: fieldLabels.labelIds },
          occurredAt: { id: 'logbook-occurred-at', label: fieldLabels.occurredAt },
          attachment: { id: 'logbook-attachment', label: fieldLabels.attachment },
        }}
      />
      <form className="form form--compact logbook-form__form" noValidate onSubmit={onSubmit}>
        <TextAreaField
          ref={textField}
          id="logbook-text"
          name="text"
          label={fieldLabels.text}
          rows={3}
          maxLength={10_000}
          value={text}
          onValueChange={setText}
          onKeyDown={(event) => {
            // Ctrl+Enter (⌘+Enter) sends, as in most chat and mail programs.
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey))
              event.currentTarget.form?.requestSubmit();
          }}
          error={errors?.fields.text}
        />
        <div className="logbook-form__row">
          {classifications.length > 0 ? (
            <SelectField
              id="logbook-classification"
              name="classificationId"
              label={fieldLabels.classificationId}
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
            id="logbook-decision"
            label={t('incidentLogbook.form.decision')}
            checked={isDecision}
            onCheckedChange={setIsDecision}
          />
        </div>
        <details
          className="logbook-form__more"
          open={errors?.fields.occurredAt || errors?.fields.attachment ? true : undefined}
        >
          <summary>
            {more > 0
              ? t('incidentLogbook.form.moreChosen', { count: more })
              : t('incidentLogbook.form.more')}
          </summary>
          <div className="form form--compact">
            {labels.length > 0 ? (
              <CheckboxGroup
                id="logbook-labels"
                legend={fieldLabels.labelIds}
                options={labels.map((label) => ({ value: label.id, label: label.name }))}
                values={labelIds}
                onValuesChange={setLabelIds}
                error={errors?.fields.labelIds}
              />
            ) : null}
            <TextField
              id="logbook-occurred-at"
              name="occurredAt"
              type="datetime-local"
              label={fieldLabels.occurredAt}
              hint={t('incidentLogbook.form.occurredAtHint')}
              optional
              value={occurredAt}
              onValueChange={setOccurredAt}
              error={errors?.fields.occurredAt}
            />
            <FieldFrame
              id="logbook-attachment"
              label={fieldLabels.attachment}
              hint={t('incidentLogbook.form.attachmentHint')}
              optional
              error={errors?.fields.attachment}
            >
              {(control) => (
                <input
                  ref={fileInput}
                  type="file"
                  className="logbook-form__file"
                  accept={ACCEPTED_FILES}
                  {...control}
                  onChange={(event) => setFile(event.target.files?.[0])}
                />
              )}
            </FieldFrame>
          </div>
        </details>
        <div className="form__actions">
          <SubmitButton pending={pending}>{t('incidentLogbook.form.submit')}</SubmitButton>
        </div>
      </form>
      <StatusMessage message={status} />
    </section>
  );
}
