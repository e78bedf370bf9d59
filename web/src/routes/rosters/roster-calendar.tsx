import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import { fetchRosterSchedule, type Roster, type RosterSchedule } from '../../api/rosters-api';
import { SelectField } from '../../ui/form/select-field';
import { Notice, StatusMessage } from '../../ui/notice';
import { useFocusLater } from '../preparation/use-focus-later';
import { CalendarDayList } from './calendar-day-list';
import { calendarDays, type DayShift } from './calendar-days';
import { RosterSwaps } from './roster-swaps';
import { SwapForm, type SwapStart } from './swap-form';
import { useRosterFormat } from './use-roster-format';
import { addDays, addMonths, startOfDay, startOfMonth, startOfWeek } from './zoned-clock';

type View = 'week' | 'month';

interface RosterCalendarProps {
  rosters: readonly Roster[];
  rosterId: string;
  onRosterChange(rosterId: string): void;
  /** The signed-in person: they may hand over their own shifts. */
  userId: string;
  isAdmin: boolean;
  /** After a swap: who is on call now may have changed. */
  onSwapsChanged(): Promise<void>;
}

/**
 * A roster's calendar by week or month: per day (in the person's own time zone) who is on call
 * from when until when, swaps and stand-ins marked. A list of days, not a grid, so it reads on a
 * phone and with a screen reader; the person on call can hand over a shift from here.
 */
export function RosterCalendar({
  rosters,
  rosterId,
  onRosterChange,
  userId,
  isAdmin,
  onSwapsChanged,
}: RosterCalendarProps) {
  const { t } = useTranslation();
  const format = useRosterFormat();
  const zone = format.timeZone;
  const [view, setView] = useState<View>('week');
  const [anchor, setAnchor] = useState(() => Date.now());
  const [schedule, setSchedule] = useState<RosterSchedule>();
  const [problem, setProblem] = useState<string>();
  const [version, setVersion] = useState(0);
  const [swapping, setSwapping] = useState<SwapStart & { returnFocus: string }>();
  const [status, setStatus] = useState<string>();
  const focusLater = useFocusLater();
  const roster = rosters.find((item) => item.id === rosterId);

  const from = view === 'week' ? startOfWeek(anchor, zone) : startOfMonth(anchor, zone);
  const to = view === 'week' ? addDays(from, 7, zone) : addMonths(from, 1, zone);
  const period =
    view === 'week'
      ? t('rosters.calendar.weekOf', { from: format.date(from), until: format.date(addDays(to, -1, zone)) })
      : format.month(from);

  // biome-ignore lint/correctness/useExhaustiveDependencies: version asks again after a swap
  useEffect(() => {
    const controller = new AbortController();
    setSchedule(undefined);
    fetchRosterSchedule(rosterId, new Date(from).toISOString(), new Date(to).toISOString(), controller.signal)
      .then((loaded) => {
        setSchedule(loaded);
        setProblem(undefined);
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setProblem(problemText(error));
      });
    return () => controller.abort();
  }, [rosterId, from, to, version]);

  function step(direction: -1 | 1) {
    setAnchor(view === 'week' ? addDays(from, 7 * direction, zone) : addMonths(from, direction, zone));
    setStatus(undefined);
  }

  async function swapsChanged(message: string) {
    setVersion((current) => current + 1);
    setStatus(message);
    await onSwapsChanged();
  }

  const now = Date.now();
  const mayHandOver = (part: DayShift) =>
    Date.parse(part.shift.endsAt) > now && (isAdmin || part.shift.userId === userId);

  return (
    <section className="page-section" aria-labelledby="roster-calendar-title">
      <h2 id="roster-calendar-title" tabIndex={-1}>
        {t('rosters.calendar.title')}
      </h2>
      <div className="roster-calendar__controls">
        {rosters.length > 1 ? (
          <SelectField
            id="roster-calendar-roster"
            label={t('rosters.calendar.roster')}
            value={rosterId}
            options={rosters.map((item) => ({ value: item.id, label: `${item.roleName} · ${item.name}` }))}
            onValueChange={(value) => {
              setSwapping(undefined);
              onRosterChange(value);
            }}
          />
        ) : null}
        <fieldset className="fieldset">
          <legend className="field__label">{t('rosters.calendar.view')}</legend>
          <div className="prep-actions">
            {(['week', 'month'] as const).map((option) => (
              <button
                key={option}
                type="button"
                className={`button button--small ${view === option ? 'button--primary' : 'button--secondary'}`}
                aria-pressed={view === option}
                onClick={() => setView(option)}
              >
                {t(`rosters.calendar.${option}`)}
              </button>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="roster-calendar__period">
        <h3 className="roster-calendar__heading">{period}</h3>
        <div className="prep-actions">
          <button
            type="button"
            className="button button--secondary button--small roster-calendar__step"
            onClick={() => step(-1)}
          >
            <span aria-hidden="true">← </span>
            {t(view === 'week' ? 'rosters.calendar.previousWeek' : 'rosters.calendar.previousMonth')}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setAnchor(Date.now())}
          >
            {t('rosters.calendar.today')}
          </button>
          <button
            type="button"
            className="button button--secondary button--small roster-calendar__step"
            onClick={() => step(1)}
          >
            {t(view === 'week' ? 'rosters.calendar.nextWeek' : 'rosters.calendar.nextMonth')}
            <span aria-hidden="true"> →</span>
          </button>
        </div>
      </div>
      <p className="visually-hidden" role="status">
        {schedule ? t('rosters.calendar.showing', { period }) : ''}
      </p>
      <p className="field__hint">{t('rosters.calendar.zoneNote', { timeZone: zone })}</p>

      <StatusMessage message={status} />
      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
        </Notice>
      ) : null}

      {swapping && roster ? (
        <section id="swap-form" className="panel" aria-labelledby="swap-form-title" tabIndex={-1}>
          <h3 id="swap-form-title">{t('rosters.swap.title')}</h3>
          <SwapForm
            roster={roster}
            start={swapping}
            onSaved={(message) => {
              const focus = swapping.returnFocus;
              setSwapping(undefined);
              void swapsChanged(message).then(() =>
                focusLater(document.getElementById(focus) ? focus : 'roster-calendar-title'),
              );
            }}
            onCancel={() => {
              const focus = swapping.returnFocus;
              setSwapping(undefined);
              focusLater(focus);
            }}
          />
        </section>
      ) : null}

      {!schedule && !problem ? <p className="loading">{t('access.loading')}</p> : null}
      {schedule ? (
        <CalendarDayList
          days={calendarDays(schedule.shifts, from, to, zone)}
          today={startOfDay(now, zone)}
          userId={userId}
          format={format}
          mayHandOver={mayHandOver}
          onHandOver={(part, buttonId) => {
            setStatus(undefined);
            setSwapping({
              userId: part.shift.userId,
              name: part.shift.name,
              // This day's part of the shift, from now at the earliest; the form can widen it.
              from: Math.max(part.from, Math.floor(now / 60_000) * 60_000),
              until: part.until,
              returnFocus: buttonId,
            });
            focusLater('swap-form');
          }}
        />
      ) : null}
      {schedule ? (
        <RosterSwaps
          rosterId={rosterId}
          swaps={schedule.swaps}
          format={format}
          onStart={() => setStatus(undefined)}
          onWithdrawn={async (message) => {
            await swapsChanged(message);
            focusLater('roster-calendar-title');
          }}
          onProblem={setProblem}
        />
      ) : null}
    </section>
  );
}
