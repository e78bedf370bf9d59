import { useTranslation } from 'react-i18next';
import type { Roster } from '../../api/rosters-api';
import type { RosterFormat } from './use-roster-format';

/** How long a turn lasts, in words: "1 week", "2 dagen", "12 uur". */
function useShiftLength() {
  const { t } = useTranslation();
  return (hours: number) => {
    if (hours % 168 === 0) return t('rosters.length.weeks', { count: hours / 168 });
    if (hours % 24 === 0) return t('rosters.length.days', { count: hours / 24 });
    return t('rosters.length.hours', { count: hours });
  };
}

/** A roster card's content: who is on call now and next, the rotation, and the members in turn order. */
export function RosterCardDetails({
  roster,
  format,
  onShowCalendar,
}: {
  roster: Roster;
  format: RosterFormat;
  onShowCalendar(): void;
}) {
  const { t } = useTranslation();
  const lengthOf = useShiftLength();
  const { current, next } = roster;
  return (
    <>
      <p className="card__subtitle">{roster.name}</p>
      <dl className="facts roster-facts">
        <div>
          <dt>{t('rosters.card.now')}</dt>
          <dd>
            {current ? (
              <>
                <strong>{current.name}</strong>
                {current.swapped ? (
                  <span className="badge badge--accent">{t('rosters.calendar.swapped')}</span>
                ) : null}
                {current.until ? (
                  <span className="roster-facts__until">
                    {' '}
                    {t('rosters.card.until', { moment: format.moment(Date.parse(current.until)) })}
                  </span>
                ) : null}
              </>
            ) : (
              t('rosters.card.nobody')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('rosters.card.next')}</dt>
          <dd>
            {next
              ? t('rosters.card.handover', {
                  moment: format.moment(Date.parse(next.startsAt)),
                  name: next.name,
                })
              : t('rosters.card.noHandover')}
          </dd>
        </div>
        <div>
          <dt>{t('rosters.card.rotation')}</dt>
          <dd>
            {t('rosters.card.rotationText', {
              length: lengthOf(roster.shiftHours),
              start: format.dateTime(Date.parse(roster.rotationStart)),
            })}
          </dd>
        </div>
      </dl>
      {roster.members.length > 0 ? (
        <ol className="roster-members" aria-label={t('rosters.card.members', { role: roster.roleName })}>
          {roster.members.map((member, index) => (
            // A person may take more than one turn in a rotation.
            // biome-ignore lint/suspicious/noArrayIndexKey: the position is the member's identity here
            <li key={`${member.userId}-${index}`}>
              {member.name}
              {member.available ? null : (
                <span className="badge badge--bad roster-people__badge">{t('rosters.unavailable')}</span>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p className="card__note">{t('rosters.card.noMembers')}</p>
      )}
      <p className="roster-card__calendar">
        <button type="button" className="link-button" onClick={onShowCalendar}>
          {t('rosters.card.showCalendar')}
          <span className="visually-hidden"> {roster.roleName}</span>
        </button>
      </p>
    </>
  );
}
