import { useTranslation } from 'react-i18next';

/** "Probeer het over 2 minuten opnieuw." from a Retry-After in seconds, in the interface language. */
export function useWaitText(): (seconds: number) => string {
  const { t, i18n } = useTranslation();
  return (seconds) => {
    const minutes = Math.ceil(seconds / 60);
    const unit = seconds < 90 ? 'second' : 'minute';
    const amount = unit === 'second' ? Math.ceil(seconds) : minutes;
    const time = new Intl.NumberFormat(i18n.resolvedLanguage, {
      style: 'unit',
      unit,
      unitDisplay: 'long',
    }).format(amount);
    return t('login.tryAgainIn', { time });
  };
}
