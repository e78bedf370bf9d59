import type { TFunction } from 'i18next';
import type { AlertResponse } from '../../api/alerts-api';

/** An answer in the words of the person who gave it: "Ik kom, over 15 minuten", "Gezien". */
export function answerText(
  t: TFunction,
  response: AlertResponse,
  etaMinutes: number | null | undefined,
): string {
  if (response === 'coming' && etaMinutes != null)
    return t('alerts.answered.comingEta', { count: etaMinutes });
  return t(`alerts.answered.${response}`);
}
