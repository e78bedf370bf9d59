import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../ui/form/error-summary';
import { SubmitButton } from '../../ui/form/submit-button';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { TextAreaField } from '../preparation/text-area-field';
import { recordNoticeTold } from './disclosures-api';

/** For a recipient without an e-mail address: how the operator told them, which closes the notice. */
export function NoticeToldForm({ noticeId, onTold }: { noticeId: string; onTold(): void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const id = `notice-told-${noticeId}`;
  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      await recordNoticeTold(noticeId, note.trim());
      onTold();
    },
    { check: () => ({ note: !note.trim() && t('disclosures.form.missing') }) },
  );
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-label={t('recipientNotices.toldTitle')}>
      <ErrorSummary errors={errors} fields={{ note: { id, label: t('recipientNotices.toldNote') } }} />
      <TextAreaField
        id={id}
        label={t('recipientNotices.toldNote')}
        hint={t('recipientNotices.toldHint')}
        value={note}
        onValueChange={setNote}
        error={errors?.fields.note}
        rows={2}
      />
      <div className="form__actions">
        <SubmitButton pending={pending}>{t('recipientNotices.toldSubmit')}</SubmitButton>
      </div>
    </form>
  );
}
