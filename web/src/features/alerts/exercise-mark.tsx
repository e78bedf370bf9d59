import { useTranslation } from 'react-i18next';
import './alerts.css';

/** "OEFENING — dit is geen echte crisis", above every alert of an exercise, so nobody mistakes it. */
export function ExerciseMark() {
  const { t } = useTranslation();
  return (
    <p className="alert-exercise">
      <strong>{t('alerts.exercise')}</strong>
    </p>
  );
}
