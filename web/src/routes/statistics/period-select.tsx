import { useTranslation } from 'react-i18next';
import { USAGE_PERIODS, type UsagePeriod } from '../../features/usage/usage-api';
import { SelectField } from '../../ui/form/select-field';

const isPeriod = (value: string): value is UsagePeriod => USAGE_PERIODS.some((period) => period === value);

/** The period of a statistics page: 30, 90 or 365 days up to now. */
export function PeriodSelect({
  value,
  onChange,
}: {
  value: UsagePeriod;
  onChange(value: UsagePeriod): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="filters">
      <SelectField
        id="statistics-period"
        name="days"
        label={t('statistics.period')}
        value={value}
        options={USAGE_PERIODS.map((period) => ({ value: period, label: t(`statistics.periods.${period}`) }))}
        onValueChange={(next) => {
          if (isPeriod(next)) onChange(next);
        }}
      />
    </div>
  );
}
