import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../ui/format';
import type { RecipientNotice } from './disclosures-api';
import { NoticeToldForm } from './notice-told-form';

const FIELDS = ['name', 'email', 'phone', 'jobTitle'] as const;
const isField = (field: string): field is (typeof FIELDS)[number] =>
  (FIELDS as readonly string[]).includes(field);

/**
 * Notices to recipients of disclosed data (art. 19): what changed, for which disclosure, and
 * whether the recipient has been told. With `onTold`, a notice still to tell offers the form
 * to record how they were told (the operator's side).
 */
export function RecipientNoticeList({
  notices,
  showOrganisation,
  onTold,
}: {
  notices: RecipientNotice[];
  showOrganisation: boolean;
  onTold?: () => void;
}) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  if (notices.length === 0) return <p>{t('recipientNotices.empty')}</p>;
  return (
    <ul className="disclosure-list">
      {notices.map((notice) => (
        <li key={notice.id} className="card disclosure-list__item">
          <h3 className="disclosure-list__title">
            {t(`recipientNotices.change.${notice.change}`)}: {notice.recipient}
          </h3>
          <dl className="disclosure-list__facts">
            <dt>{t('recipientNotices.status')}</dt>
            <dd>
              <strong>{t(`recipientNotices.statuses.${notice.status}`)}</strong>
              {notice.toldAt ? ` (${formatDateTime(notice.toldAt)})` : ''}
            </dd>
            {notice.fields.length > 0 ? (
              <>
                <dt>{t('recipientNotices.fields')}</dt>
                <dd>
                  {notice.fields
                    .map((field) => (isField(field) ? t(`recipientNotices.field.${field}`) : field))
                    .join(', ')}
                </dd>
              </>
            ) : null}
            <dt>{t('disclosures.to')}</dt>
            <dd>
              {notice.recipient}
              {notice.recipientAddress ? `, ${notice.recipientAddress}` : ''}
            </dd>
            <dt>{t('recipientNotices.disclosure')}</dt>
            <dd>
              {formatDateTime(notice.disclosedAt)}
              {notice.reference ? `, ${notice.reference}` : ''}
            </dd>
            {notice.note ? (
              <>
                <dt>{t('recipientNotices.toldNote')}</dt>
                <dd>{notice.note}</dd>
              </>
            ) : null}
            {showOrganisation && notice.organisation ? (
              <>
                <dt>{t('disclosures.organisation')}</dt>
                <dd>{notice.organisation.name}</dd>
              </>
            ) : null}
          </dl>
          {onTold && notice.status === 'to_tell' ? (
            <NoticeToldForm noticeId={notice.id} onTold={onTold} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
