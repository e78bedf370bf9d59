import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import { ErrorSummary } from '../../ui/form/error-summary';
import { SubmitButton } from '../../ui/form/submit-button';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { Notice } from '../../ui/notice';
import { TextAreaField } from '../preparation/text-area-field';
import {
  answerRequest,
  askIdCopy,
  extendRequest,
  openIdCopy,
  type PrivacyRequestDetail,
  verifyIdentity,
} from './privacy-requests-api';

interface ActionProps {
  request: PrivacyRequestDetail;
  onDone(): void;
}

function ReasonForm({
  id,
  title,
  hint,
  submit,
  send,
  children,
}: {
  id: string;
  title: string;
  hint: string;
  submit: string;
  send(reason: string): Promise<void>;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const { onSubmit, errors, pending } = useFormSubmit(() => send(reason), {
    check: () => ({ reason: reason.trim().length < 3 && t('privacyRequests.actions.reasonMissing') }),
  });
  return (
    <form className="form form--compact" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{title}</h4>
      <p>{hint}</p>
      <ErrorSummary
        errors={errors}
        fields={{ reason: { id: `${id}-reason`, label: t('privacyRequests.actions.reason') } }}
      />
      {children}
      <TextAreaField
        id={`${id}-reason`}
        label={t('privacyRequests.actions.reason')}
        value={reason}
        maxLength={2000}
        onValueChange={setReason}
        error={errors?.fields.reason}
      />
      <div className="form__actions">
        <SubmitButton pending={pending}>{submit}</SubmitButton>
      </div>
    </form>
  );
}

/** What a handler can do with an open request: ask for an ID copy, verify, extend, answer (P17–P19). */
export function HandlerActions({ request, onDone }: ActionProps) {
  const { t } = useTranslation();
  const [months, setMonths] = useState<1 | 2>(1);
  const [problem, setProblem] = useState<string>();
  const canExtend = !request.extendedUntil && new Date(request.dueAt) > new Date();
  const run = (work: () => Promise<void>) => async () => {
    setProblem(undefined);
    try {
      await work();
      onDone();
    } catch (error) {
      setProblem(problemText(error));
    }
  };
  return (
    <div className="privacy-request-actions">
      <Notice tone="error">{problem ? <p>{problem}</p> : null}</Notice>
      {request.status === 'awaiting_identity' ? (
        <div className="form__actions">
          {request.idCopyWaiting ? (
            <button type="button" className="button" onClick={run(() => openIdCopy(request.id))}>
              {t('privacyRequests.actions.viewIdCopy')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--primary"
            onClick={run(() => verifyIdentity(request.id))}
          >
            {t('privacyRequests.actions.verify')}
          </button>
        </div>
      ) : request.identityMethod !== 'id-document' ? (
        <ReasonForm
          id={`ask-${request.id}`}
          title={t('privacyRequests.actions.askIdCopy')}
          hint={t('privacyRequests.actions.askIdCopyHint')}
          submit={t('privacyRequests.actions.send')}
          send={async (reason) => {
            await askIdCopy(request.id, reason);
            onDone();
          }}
        />
      ) : null}
      {canExtend ? (
        <ReasonForm
          id={`extend-${request.id}`}
          title={t('privacyRequests.actions.extend')}
          hint={t('privacyRequests.actions.extendHint')}
          submit={t('privacyRequests.actions.extend')}
          send={async (reason) => {
            await extendRequest(request.id, reason, months);
            onDone();
          }}
        >
          <fieldset className="field fieldset">
            <legend className="field__label">{t('privacyRequests.actions.months')}</legend>
            <div className="checkboxes">
              {([1, 2] as const).map((count) => (
                <div key={count} className="checkbox">
                  <input
                    id={`extend-${request.id}-${count}`}
                    type="radio"
                    name={`extend-${request.id}-months`}
                    checked={months === count}
                    onChange={() => setMonths(count)}
                  />
                  <label htmlFor={`extend-${request.id}-${count}`}>
                    {count === 1
                      ? t('privacyRequests.actions.oneMonth')
                      : t('privacyRequests.actions.twoMonths')}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </ReasonForm>
      ) : null}
      <AnswerForm request={request} onDone={onDone} />
    </div>
  );
}

function AnswerForm({ request, onDone }: ActionProps) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<'answered' | 'rejected'>('answered');
  const [answer, setAnswer] = useState('');
  const id = `answer-${request.id}`;
  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      await answerRequest(request.id, outcome, answer);
      onDone();
    },
    { check: () => ({ answer: answer.trim().length < 3 && t('privacyRequests.actions.answerMissing') }) },
  );
  return (
    <form className="form form--compact" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('privacyRequests.actions.answer')}</h4>
      <p>{t('privacyRequests.actions.answerHint')}</p>
      <ErrorSummary
        errors={errors}
        fields={{ answer: { id: `${id}-text`, label: t('privacyRequests.actions.answerText') } }}
      />
      <fieldset className="field fieldset">
        <legend className="field__label">{t('privacyRequests.actions.outcome')}</legend>
        <div className="checkboxes">
          {(['answered', 'rejected'] as const).map((value) => (
            <div key={value} className="checkbox">
              <input
                id={`${id}-${value}`}
                type="radio"
                name={`${id}-outcome`}
                checked={outcome === value}
                onChange={() => setOutcome(value)}
              />
              <label htmlFor={`${id}-${value}`}>
                {value === 'answered'
                  ? t('privacyRequests.actions.granted')
                  : t('privacyRequests.actions.rejected')}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <TextAreaField
        id={`${id}-text`}
        label={t('privacyRequests.actions.answerText')}
        rows={6}
        maxLength={20000}
        value={answer}
        onValueChange={setAnswer}
        error={errors?.fields.answer}
      />
      <div className="form__actions">
        <SubmitButton pending={pending}>{t('privacyRequests.actions.answer')}</SubmitButton>
      </div>
    </form>
  );
}
