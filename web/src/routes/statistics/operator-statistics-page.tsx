import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchPlatformStatistics, type UsagePeriod } from '../../features/usage/usage-api';
import { Notice } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { PeriodSelect } from './period-select';
import { useStatistics, useStatisticsFormat } from './use-statistics';
import '../admin/admin-pages.css';
import './statistics.css';

/** Use per customer organisation for operator staff (P10): counts only, never a person. */
export function OperatorStatisticsPage() {
  const { t } = useTranslation();
  const [days, setDays] = useState<UsagePeriod>('30');
  const figures = useStatistics(fetchPlatformStatistics, days);
  const format = useStatisticsFormat();
  const columns = [
    'activePeople',
    'incidentsStarted',
    'exercisesStarted',
    'alertsSent',
    'logbookEntries',
  ] as const;
  return (
    <div className="container page statistics">
      <PageTitle>{t('statistics.operatorTitle')}</PageTitle>
      <p className="page__intro">{t('statistics.operatorIntro')}</p>
      <PeriodSelect value={days} onChange={setDays} />
      {figures.problem ? (
        <Notice tone="error">
          <p>{figures.problem}</p>
        </Notice>
      ) : null}
      {figures.data ? (
        figures.data.organisations.length === 0 ? (
          <p>{t('statistics.noOrganisations')}</p>
        ) : (
          <>
            <p className="statistics__period">
              {t('statistics.periodShown', {
                from: format.date(figures.data.period.from),
                to: format.date(figures.data.period.to),
              })}
            </p>
            <table className="data-table">
              <caption>{t('statistics.organisationsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('statistics.organisation')}</th>
                  {columns.map((column) => (
                    <th scope="col" key={column}>
                      {t(`statistics.${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {figures.data.organisations.map((row) => (
                  <tr key={row.organisationId}>
                    <th scope="row" data-label={t('statistics.organisation')}>
                      {row.name}
                    </th>
                    {columns.map((column) => (
                      <td key={column} data-label={t(`statistics.${column}`)} className="statistics__number">
                        {format.count(row[column])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="statistics__about">{t('statistics.about')}</p>
          </>
        )
      ) : figures.problem ? null : (
        <p role="status" className="loading">
          {t('statistics.loading')}
        </p>
      )}
    </div>
  );
}
