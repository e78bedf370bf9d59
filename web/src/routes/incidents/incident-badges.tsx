import { useTranslation } from 'react-i18next';
import type { IncidentStatus } from '../../api/incidents-api';

const STATUS_TONE = { active: 'bad', closed: 'neutral', archived: 'neutral' } as const;

/** "Actief" / "Afgesloten" / "Gearchiveerd"; active in the alarm colour, because it needs people. */
export function IncidentStatusBadge({ status }: { status: IncidentStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${STATUS_TONE[status]}`}>{t(`incidentList.status.${status}`)}</span>;
}

/** Marks training everywhere, so nobody mistakes it for the real thing. */
export function ExerciseBadge() {
  const { t } = useTranslation();
  return <span className="badge badge--exercise">{t('incidentList.exercise')}</span>;
}
