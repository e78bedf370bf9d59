import { useTranslation } from 'react-i18next';

/** Labels as small tags, in a list so screen readers hear how many there are. */
export function LabelList({ labels }: { labels: readonly string[] }) {
  const { t } = useTranslation();
  if (labels.length === 0) return null;
  return (
    <ul className="prep-tags" aria-label={t('preparation.common.labels')}>
      {labels.map((label) => (
        <li key={label} className="prep-tag">
          {label}
        </li>
      ))}
    </ul>
  );
}
