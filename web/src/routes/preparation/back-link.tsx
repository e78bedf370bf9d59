import { useTranslation } from 'react-i18next';
import { Link } from '../../router/link';

/** Back to the overview (or another page) above the title: on a phone the menu is far away. */
export function BackLink({ to = '/preparation', label }: { to?: string; label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="prep-back-link">
      <Link to={to}>
        <span aria-hidden="true">← </span>
        {label ?? t('preparation.title')}
      </Link>
    </p>
  );
}
