import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AlertRecipient, answerAlert } from '../../../../api/alerts-api';
import { AlertAnswerForm } from '../../../../features/alerts/alert-answer-form';
import { answerText } from '../../../../features/alerts/answer-text';
import { StatusMessage } from '../../../../ui/notice';

interface MyAnswerProps {
  alertId: string;
  title: string;
  mine: AlertRecipient;
  onAnswered(recipient: AlertRecipient): void;
}

/** For someone who was alerted too: their own answer, right on the board, and a way to change it. */
export function MyAnswer({ alertId, title, mine, onAnswered }: MyAnswerProps) {
  const { t } = useTranslation();
  const [changing, setChanging] = useState(false);
  const [saved, setSaved] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  const answered = mine.response !== null;

  return (
    <section className="my-answer" aria-labelledby="my-answer-title">
      <h4 id="my-answer-title" ref={heading} tabIndex={-1} className="my-answer__title">
        {t('alerts.board.mine')}
      </h4>
      <StatusMessage message={saved} />
      {mine.response !== null && !changing ? (
        <p className="my-answer__current">
          {t('alerts.board.myAnswer', { answer: answerText(t, mine.response, mine.etaMinutes) })}{' '}
          <button type="button" className="link-button" onClick={() => setChanging(true)}>
            {t('alerts.board.change')}
          </button>
        </p>
      ) : (
        <AlertAnswerForm
          id="board-answer"
          title={title}
          onAnswer={async (answer) => {
            onAnswered(await answerAlert(alertId, answer));
            setChanging(false);
            setSaved(
              t('alerts.board.myAnswerSaved', { answer: answerText(t, answer.response, answer.etaMinutes) }),
            );
            // The buttons just pressed are gone: continue at this part's heading.
            window.requestAnimationFrame(() => heading.current?.focus());
          }}
        />
      )}
      {answered && changing ? (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setChanging(false)}
        >
          {t('form.cancel')}
        </button>
      ) : null}
    </section>
  );
}
