import { useTranslation } from 'react-i18next';
import type { OrganisationStatistics } from '../../features/usage/usage-api';
import { useStatisticsFormat } from './use-statistics';

/**
 * Active people per week as a table; the bar in each row repeats the number for the eye and is
 * hidden from screen readers, so the table is the chart and its text equivalent at once.
 */
export function WeeksTable({ weeks }: { weeks: OrganisationStatistics['weeks'] }) {
  const { t } = useTranslation();
  const format = useStatisticsFormat();
  const most = Math.max(1, ...weeks.map((week) => week.activePeople));
  return (
    <table className="data-table statistics__weeks">
      <caption>{t('statistics.weeksCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('statistics.week')}</th>
          <th scope="col">{t('statistics.people')}</th>
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week.weekStart}>
            <th scope="row" data-label={t('statistics.week')}>
              {format.day(week.weekStart)}
            </th>
            <td data-label={t('statistics.people')}>
              <span className="statistics__bar-row">
                <span className="statistics__number">{format.count(week.activePeople)}</span>
                <span
                  className="statistics__bar"
                  aria-hidden="true"
                  style={{ width: `${(week.activePeople / most) * 100}%` }}
                />
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
