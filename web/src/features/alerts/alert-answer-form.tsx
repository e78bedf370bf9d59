import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AlertAnswer, type AlertResponse, MAX_ETA_MINUTES } from '../../api/alerts-api';
import { problemText } from '../../api/api-client';
import { Notice } from '../../ui/notice';
import './alerts.css';

/** The arrival times most people pick; anything else goes in the minutes field. */
const ETA_PICKS = [5, 10, 15, 30, 60] as const;

interface AlertAnswerFormProps {
  /** Prefix for element ids, unique on the page. */
  id: string;
  /** The alert's title, for the form's accessible name ("Uw antwoord op …"). */
  title: string;
  /** Sends the answer; a rejection (an ApiError) is shown under the buttons. */
  onAnswer(answer: AlertAnswer): Promise<void>;
  /** Smaller, for the banner above other pages: the page the person was on stays in sight. */
  compact?: boolean;
}

/**
 * "Ik kom" (with an optional arrival time), "Niet beschikbaar", "Gezien": three big buttons for a
 * thumb at 04:00. Picking a quick time fills the minutes field, so there is one value to check.
 */
export function AlertAnswerForm({ id, title, onAnswer, compact = false }: AlertAnswerFormProps) {
  const { t } = useTranslation();
  const [eta, setEta] = useState('');
  const [etaError, setEtaError] = useState<string>();
  const [pending, setPending] = useState<AlertResponse>();
  const [problem, setProblem] = useState<string>();
  const running = useRef(false);
  const minutesId = `${id}-minutes`;

  async function answer(response: AlertResponse) {
    if (running.current) return;
    let etaMinutes: number | undefined;
    if (response === 'coming' && eta.trim() !== '') {
      const minutes = Number(eta.trim());
      if (!Number.isInteger(minutes) || minutes < 0 || minutes > MAX_ETA_MINUTES) {
        setEtaError(t('alerts.answer.etaInvalid', { max: MAX_ETA_MINUTES }));
        document.getElementById(minutesId)?.focus();
        return;
      }
      etaMinutes = minutes;
    }
    setEtaError(undefined);
    setProblem(undefined);
    running.current = true;
    setPending(response);
    try {
      await onAnswer(etaMinutes === undefined ? { response } : { response, etaMinutes });
    } catch (error) {
      setProblem(problemText(error));
    } finally {
      running.current = false;
      setPending(undefined);
    }
  }

  function label(response: AlertResponse): string {
    return pending === response ? t('form.busy') : t(`alerts.answer.${response}`);
  }

  return (
    <form
      className={compact ? 'alert-answer alert-answer--compact' : 'alert-answer'}
      aria-label={t('alerts.answer.formLabel', { title })}
      noValidate
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        void answer('coming');
      }}
    >
      <div className="alert-answer__coming">
        <fieldset className="alert-eta">
          <legend className="alert-eta__legend">{t('alerts.answer.etaLegend')}</legend>
          <div className="alert-eta__options">
            {ETA_PICKS.map((minutes) => (
              <div key={minutes} className="alert-eta__option">
                <input
                  id={`${id}-eta-${minutes}`}
                  type="radio"
                  name={`${id}-eta`}
                  checked={eta.trim() === String(minutes)}
                  onChange={() => {
                    setEta(String(minutes));
                    setEtaError(undefined);
                  }}
                />
                <label htmlFor={`${id}-eta-${minutes}`} className="alert-eta__pick">
                  {t('alerts.answer.etaPick', { count: minutes })}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        {/* The minutes and the button share a row: typing a number and pressing "Ik kom" is one movement. */}
        <div className={etaError ? 'field field--error' : 'field'}>
          <label htmlFor={minutesId} className="field__label">
            {t('alerts.answer.etaField')} <span className="field__optional">({t('form.optional')})</span>
          </label>
          {etaError ? (
            <p id={`${minutesId}-error`} className="field__error">
              <span className="visually-hidden">{t('form.errorPrefix')} </span>
              {etaError}
            </p>
          ) : null}
          <div className="alert-answer__go">
            {/* Text with a numeric keyboard, not type=number: that one silently turns "1O" into nothing. */}
            <input
              id={minutesId}
              className="field__input alert-answer__minutes"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              maxLength={3}
              aria-invalid={etaError ? true : undefined}
              aria-describedby={etaError ? `${minutesId}-error` : undefined}
              value={eta}
              onChange={(event) => setEta(event.target.value)}
            />
            <button
              type="submit"
              className="button alert-answer__button alert-answer__button--coming"
              aria-busy={pending === 'coming' || undefined}
            >
              {label('coming')}
            </button>
          </div>
        </div>
      </div>
      <div className="alert-answer__others">
        {(['unavailable', 'acknowledged'] as const).map((response) => (
          <button
            key={response}
            type="button"
            className={`button alert-answer__button alert-answer__button--${response}`}
            aria-busy={pending === response || undefined}
            onClick={() => void answer(response)}
          >
            {label(response)}
          </button>
        ))}
      </div>
      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
        </Notice>
      ) : null}
    </form>
  );
}
