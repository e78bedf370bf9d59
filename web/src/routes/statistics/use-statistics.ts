import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import type { UsagePeriod } from '../../features/usage/usage-api';

/** Loads a statistics answer for the chosen period, again whenever the period changes. */
export function useStatistics<T>(
  load: (days: UsagePeriod, signal: AbortSignal) => Promise<T>,
  days: UsagePeriod,
) {
  const [data, setData] = useState<T>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    const controller = new AbortController();
    setData(undefined);
    setProblem(undefined);
    load(days, controller.signal).then(setData, (error: unknown) => {
      if (!controller.signal.aborted) setProblem(problemText(error));
    });
    return () => controller.abort();
  }, [load, days]);
  return { data, problem };
}

/** Whole numbers, percentages, dates and durations in the interface language. */
export function useStatisticsFormat() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const number = new Intl.NumberFormat(language);
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'Europe/Amsterdam' });
  return {
    count: (value: number) => number.format(value),
    share: (value: number | null) => (value === null ? t('statistics.none') : percent.format(value)),
    duration: (seconds: number | null) =>
      seconds === null
        ? t('statistics.none')
        : seconds < 120
          ? t('statistics.seconds', { count: seconds })
          : t('statistics.minutes', { count: Math.round(seconds / 60) }),
    date: (iso: string) => date.format(new Date(iso)),
    /** A week's Monday, given as YYYY-MM-DD. */
    day: (ymd: string) => date.format(new Date(`${ymd}T12:00:00Z`)),
  };
}
