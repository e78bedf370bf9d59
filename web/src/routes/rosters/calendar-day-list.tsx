import { useTranslation } from 'react-i18next';
import type { CalendarDay, DayShift } from './calendar-days';
import type { RosterFormat } from './use-roster-format';

interface CalendarDayListProps {
  days: readonly CalendarDay[];
  /** Midnight of today, to mark it. */
  today: number;
  /** The signed-in person, named as "you" for screen readers. */
  userId: string;
  format: RosterFormat;
  mayHandOver(part: DayShift): boolean;
  /** "Dienst ruilen" on this part of a day; `buttonId` is where focus returns afterwards. */
  onHandOver(part: DayShift, buttonId: string): void;
}

/** The calendar's days, each with who is on call from when until when; 24-hour times. */
export function CalendarDayList({
  days,
  today,
  userId,
  format,
  mayHandOver,
  onHandOver,
}: CalendarDayListProps) {
  const { t } = useTranslation();

  function shiftItem(part: DayShift, day: CalendarDay) {
    const buttonId = `swap-${day.start}-${part.from}`;
    const { shift } = part;
    return (
      <li key={part.from} className={shift.swapped ? 'roster-shift roster-shift--swapped' : 'roster-shift'}>
        <span className="roster-shift__time">
          {part.allDay
            ? t('rosters.calendar.allDay')
            : t('rosters.calendar.timeRange', {
                from: format.time(part.from),
                // The end of the day is 24:00 in a schedule, not the next day's 00:00.
                until: part.until === day.end ? '24:00' : format.time(part.until),
              })}
        </span>
        <span className="roster-shift__who">
          {shift.name}
          {shift.userId === userId ? (
            <span className="visually-hidden"> ({t('rosters.calendar.you')})</span>
          ) : null}
        </span>
        {shift.swapped ? <span className="badge badge--accent">{t('rosters.calendar.swapped')}</span> : null}
        {shift.standIn ? <span className="badge badge--neutral">{t('rosters.calendar.standIn')}</span> : null}
        {mayHandOver(part) ? (
          <button
            id={buttonId}
            type="button"
            className="button button--secondary button--small roster-shift__action"
            onClick={() => onHandOver(part, buttonId)}
          >
            {t('rosters.swap.open')}
            <span className="visually-hidden">
              {' '}
              {shift.name}, {format.moment(part.from)}
            </span>
          </button>
        ) : null}
      </li>
    );
  }

  return (
    <ol className="roster-days">
      {days.map((day) => (
        <li
          key={day.start}
          className={day.start === today ? 'roster-day roster-day--today' : 'roster-day'}
          aria-current={day.start === today ? 'date' : undefined}
          aria-labelledby={`roster-day-${day.start}`}
        >
          <h4 id={`roster-day-${day.start}`} className="roster-day__title">
            {format.day(day.start)}
            {day.start === today ? (
              <span className="badge badge--neutral">{t('rosters.calendar.todayBadge')}</span>
            ) : null}
          </h4>
          {day.shifts.length === 0 ? (
            <p className="roster-day__empty">{t('rosters.calendar.nobody')}</p>
          ) : (
            <ul className="roster-shifts">{day.shifts.map((part) => shiftItem(part, day))}</ul>
          )}
        </li>
      ))}
    </ol>
  );
}
