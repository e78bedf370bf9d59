import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session-context';

/**
 * Formats API timestamps as date and time in the interface language and the user's time zone,
 * always on the 24-hour clock: in a crisis log "1:58" must never be a.m. or p.m. to guess.
 */
export function useFormatDateTime(): (iso: string) => string {
  const { i18n } = useTranslation();
  const { user } = useSession();
  const language = i18n.resolvedLanguage;
  const timeZone = user?.timeZone;
  return useMemo(() => {
    let format: Intl.DateTimeFormat;
    try {
      format = new Intl.DateTimeFormat(language, {
        dateStyle: 'medium',
        timeStyle: 'short',
        hourCycle: 'h23',
        timeZone,
      });
    } catch {
      // A time zone this browser does not know: the device's own zone is the next best.
      format = new Intl.DateTimeFormat(language, {
        dateStyle: 'medium',
        timeStyle: 'short',
        hourCycle: 'h23',
      });
    }
    return (iso: string) => format.format(new Date(iso));
  }, [language, timeZone]);
}
