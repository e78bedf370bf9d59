import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The form's main button. While the request runs it says so, but stays focusable and enabled
 * (a disabled button drops keyboard focus); the form ignores a second submit meanwhile.
 */
export function SubmitButton({
  pending,
  children,
  variant = 'primary',
}: {
  pending: boolean;
  children: ReactNode;
  variant?: 'primary' | 'secondary' | 'danger';
}) {
  const { t } = useTranslation();
  return (
    <button type="submit" className={`button button--${variant}`} aria-busy={pending || undefined}>
      {pending ? t('form.busy') : children}
    </button>
  );
}
