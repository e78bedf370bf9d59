import { useTranslation } from 'react-i18next';
import { SubmitButton } from '../../ui/form/submit-button';

/** Save and cancel under a form. */
export function FormActions({
  pending,
  onCancel,
  label,
}: {
  pending: boolean;
  onCancel(): void;
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="form__actions">
      <SubmitButton pending={pending}>{label ?? t('preparation.common.save')}</SubmitButton>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {t('form.cancel')}
      </button>
    </div>
  );
}
