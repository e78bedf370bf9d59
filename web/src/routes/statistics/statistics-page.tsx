import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  fetchOrganisationStatistics,
  type OrganisationStatistics,
  type UsagePeriod,
} from '../../features/usage/usage-api';
import { Notice } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { PeriodSelect } from './period-select';
import { useStatistics, useStatisticsFormat } from './use-statistics';
import { WeeksTable } from './weeks-table';
import '../admin/admin-pages.css';
import './statistics.css';

/** The organisation's usage statistics for its admins (P10): totals only, never a person. */
export function StatisticsPage() {
  const { t } = useTranslation();
  const [days, setDays] = useState<UsagePeriod>('30');
  const figures = useStatistics(fetchOrganisationStatistics, days);
  const format = useStatisticsFormat();
  return (
    <div className="container page statistics">
      <PageTitle>{t('statistics.title')}</PageTitle>
      <p className="page__intro">{t('statistics.intro')}</p>
      <PeriodSelect value={days} onChange={setDays} />
      {figures.problem ? (
        <Notice tone="error">
          <p>{figures.problem}</p>
        </Notice>
      ) : null}
      {figures.data ? (
        <>
          <p className="statistics__period">
            {t('statistics.periodShown', {
              from: format.date(figures.data.period.from),
              to: format.date(figures.data.period.to),
            })}
          </p>
          <TotalsTable figures={figures.data} />
          <WeeksTable weeks={figures.data.weeks} />
          <p className="statistics__about">{t('statistics.about')}</p>
        </>
      ) : figures.problem ? null : (
        <p role="status" className="loading">
          {t('statistics.loading')}
        </p>
      )}
    </div>
  );
}

function TotalsTable({ figures }: { figures: OrganisationStatistics }) {
  const { t } = useTranslation();
  const format = useStatisticsFormat();
  const rows: [string, string][] = [
    [t('statistics.activePeople'), format.count(figures.activePeople)],
    [t('statistics.incidentsStarted'), format.count(figures.incidentsStarted)],
    [t('statistics.exercisesStarted'), format.count(figures.exercisesStarted)],
    [t('statistics.alertsSent'), format.count(figures.alertsSent)],
    [t('statistics.alertsReceived'), format.count(figures.alertsReceived)],
    [t('statistics.shareAnswered'), format.share(figures.shareAnswered)],
    [
      t('statistics.medianAnswer'),
      figures.answerTimesHidden
        ? t('statistics.tooFewAnswers')
        : format.duration(figures.medianAnswerSeconds),
    ],
    [t('statistics.logbookEntries'), format.count(figures.logbookEntries)],
    [t('statistics.tasksCreated'), format.count(figures.tasksCreated)],
    [t('statistics.situationUpdates'), format.count(figures.situationUpdates)],
    [t('statistics.chatMessages'), format.count(figures.chatMessages)],
  ];
  return (
    <table className="data-table statistics__totals">
      <caption>{t('statistics.totalsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('statistics.figure')}</th>
          <th scope="col">{t('statistics.value')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row" data-label={t('statistics.figure')}>
              {label}
            </th>
            <td data-label={t('statistics.value')} className="statistics__number">
              {value}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
