import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import { UsageObjectionSection } from '../../features/usage/usage-objection-section';
import { Link } from '../../router/link';
import { useFormatDateTime } from '../../ui/format';
import { Notice } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { TransferForm } from '../disclosures/transfer-form';
import { DownloadForm } from './download-form';
import { type AccessReport, type Bilingual, fetchAccessReport } from './my-data-api';
import { ReportTableView } from './report-table';
import './my-data-page.css';

/** "Mijn gegevens": the person's access report (GDPR art. 15) and the downloads (art. 15 and 20). */
export function MyDataPage() {
  const { t, i18n } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const [report, setReport] = useState<AccessReport>();
  const [problem, setProblem] = useState<string>();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'nl';
  const text = (value: Bilingual) => value[language];

  useEffect(() => {
    const controller = new AbortController();
    fetchAccessReport(controller.signal).then(setReport, (error: unknown) => {
      if (!controller.signal.aborted) setProblem(problemText(error));
    });
    return () => controller.abort();
  }, []);

  const recipientName = (id: string) => {
    const recipient = report?.recipients.find((candidate) => candidate.id === id);
    return recipient ? text(recipient.name) : id;
  };

  return (
    <div className="container page my-data">
      <PageTitle>{t('myData.title')}</PageTitle>
      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
        </Notice>
      ) : null}
      {!report && !problem ? (
        <p role="status" className="loading">
          {t('access.loading')}
        </p>
      ) : null}
      {report ? (
        <>
          <p className="page__intro">
            {t('myData.intro', { organisation: report.subject.organisation.name })}
          </p>
          <p className="my-data__subject">
            <strong>{report.subject.name}</strong> · {report.subject.email} ·{' '}
            {t('myData.generatedAt', { time: formatDateTime(report.generatedAt) })}
          </p>
          <nav aria-labelledby="my-data-contents">
            <h2 id="my-data-contents">{t('myData.contents')}</h2>
            <ul>
              {report.sections.map((section) => (
                <li key={section.heading}>
                  <a href={`#my-data-${section.heading}`}>{text(section.title)}</a>
                </li>
              ))}
              <li>
                <a href="#my-data-recipients">{t('myData.recipientsTitle')}</a>
              </li>
              <li>
                <a href="#my-data-rights">{t('myData.rightsTitle')}</a>
              </li>
              <li>
                <a href="#my-data-usage-objection">{t('usageObjection.title')}</a>
              </li>
              <li>
                <a href="#my-data-download-title">{t('myData.download.title')}</a>
              </li>
              <li>
                <a href="#transfer-title">{t('transfer.title')}</a>
              </li>
            </ul>
          </nav>
          {report.sections.map((section) => (
            <section
              key={section.heading}
              className="page-section"
              aria-labelledby={`my-data-${section.heading}`}
            >
              <h2 id={`my-data-${section.heading}`} tabIndex={-1}>
                {text(section.title)}
              </h2>
              {section.tables.map((table, index) => (
                <ReportTableView
                  key={`${table.table}-${text(table.foundBy)}`}
                  table={table}
                  userId={report.subject.userId}
                  organisation={report.subject.organisation}
                  text={text}
                  recipientName={recipientName}
                  headingId={`my-data-${section.heading}-${index}`}
                />
              ))}
            </section>
          ))}
          <section className="page-section" aria-labelledby="my-data-recipients">
            <h2 id="my-data-recipients" tabIndex={-1}>
              {t('myData.recipientsTitle')}
            </h2>
            <ul>
              {report.recipients.map((recipient) => (
                <li key={recipient.id}>
                  <strong>{text(recipient.name)}</strong>: {text(recipient.task)}
                  {recipient.location ? ` (${text(recipient.location)})` : ''}
                </li>
              ))}
            </ul>
          </section>
          <section className="page-section" aria-labelledby="my-data-rights">
            <h2 id="my-data-rights" tabIndex={-1}>
              {t('myData.rightsTitle')}
            </h2>
            <p>{text(report.rights)}</p>
            <h3>{t('myData.complaintTitle')}</h3>
            <p>{text(report.complaint)}</p>
            <p>
              {t('privacyRequests.own.linkIntro')}{' '}
              <Link to="/privacy-requests">{t('privacyRequests.own.link')}</Link>
            </p>
          </section>
          <UsageObjectionSection />
          <DownloadForm />
          <TransferForm />
        </>
      ) : null}
    </div>
  );
}
