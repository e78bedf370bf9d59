import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** A date without the time ("2 december 2026"), in the interface language: the statement's "last changed". */
export function useFormatDate(): (iso: string) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { dateStyle: 'long' });
    return (iso: string) => format.format(new Date(iso));
  }, [language]);
}
