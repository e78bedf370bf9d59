import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import { ErrorSummary } from '../../ui/form/error-summary';
import { SubmitButton } from '../../ui/form/submit-button';
import { PasswordField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { Notice } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { TextAreaField } from '../preparation/text-area-field';
import {
  fileOwnRequest,
  formatDate,
  listOwnRequests,
  type PrivacyRequest,
  type Right,
} from './privacy-requests-api';
import { RightChoice } from './right-choice';
import { WithdrawButton } from './withdraw-request';

/** "Privacyverzoek indienen": the signed-in person's request, with the password as the identity check (P17, P18). */
export function OwnRequestPage() {
  const { t } = useTranslation();
  const [right, setRight] = useState<Right>('access');
  const [about, setAbout] = useState<'organisation' | 'platform'>('organisation');
  const [description, setDescription] = useState('');
  const [password, setPassword] = useState('');
  const [done, setDone] = useState<string>();
  const [requests, setRequests] = useState<PrivacyRequest[]>();
  const [loadProblem, setLoadProblem] = useState<string>();
  const load = useCallback(() => {
    listOwnRequests().then(setRequests, (error: unknown) => setLoadProblem(problemText(error)));
  }, []);
  useEffect(load, [load]);
  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      setDone(undefined);
      const created = await fileOwnRequest({ right, about, description, password });
      setPassword('');
      setDescription('');
      setDone(t('privacyRequests.own.done', { date: formatDate(created.currentDueAt) }));
      load();
    },
    { check: () => ({ password: !password && t('login.passwordMissing') }) },
  );
  const aboutOptions = [
    {
      value: 'organisation',
      label: t('privacyRequests.fields.aboutOrganisation'),
      hint: t('privacyRequests.fields.aboutOrganisationHint'),
    },
    {
      value: 'platform',
      label: t('privacyRequests.fields.aboutPlatform'),
      hint: t('privacyRequests.fields.aboutPlatformHint'),
    },
  ] as const;
  return (
    <div className="container page narrow">
      <PageTitle>{t('privacyRequests.own.title')}</PageTitle>
      <p className="page__intro">{t('privacyRequests.own.intro')}</p>
      <form className="form" noValidate onSubmit={onSubmit} aria-label={t('privacyRequests.own.title')}>
        <ErrorSummary
          errors={errors}
          fields={{
            password: { id: 'privacy-request-password', label: t('privacyRequests.fields.password') },
            description: {
              id: 'privacy-request-description',
              label: t('privacyRequests.fields.description'),
            },
          }}
        />
        <RightChoice value={right} onChange={setRight} />
        <fieldset className="field fieldset">
          <legend className="field__label">{t('privacyRequests.fields.about')}</legend>
          <div className="checkboxes">
            {aboutOptions.map((option) => (
              <div key={option.value} className="checkbox">
                <input
                  id={`privacy-about-${option.value}`}
                  type="radio"
                  name="about"
                  value={option.value}
                  checked={about === option.value}
                  aria-describedby={`privacy-about-${option.value}-hint`}
                  onChange={() => setAbout(option.value)}
                />
                <label htmlFor={`privacy-about-${option.value}`}>{option.label}</label>
                <span id={`privacy-about-${option.value}-hint`} className="checkbox__hint">
                  {option.hint}
                </span>
              </div>
            ))}
          </div>
        </fieldset>
        <TextAreaField
          id="privacy-request-description"
          label={t('privacyRequests.fields.description')}
          hint={t('privacyRequests.fields.descriptionHint')}
          optional
          maxLength={5000}
          value={description}
          onValueChange={setDescription}
          error={errors?.fields.description}
        />
        <PasswordField
          id="privacy-request-password"
          name="password"
          label={t('privacyRequests.fields.password')}
          hint={t('privacyRequests.fields.passwordHint')}
          autoComplete="current-password"
          value={password}
          onValueChange={setPassword}
          error={errors?.fields.password}
        />
        <p>{t('privacyRequests.term')}</p>
        <div className="form__actions">
          <SubmitButton pending={pending}>{t('privacyRequests.own.submit')}</SubmitButton>
        </div>
        <Notice tone="success" focus={done !== undefined}>
          {done ? <p>{done}</p> : null}
        </Notice>
      </form>
      <section className="page-section" aria-labelledby="privacy-own-list">
        <h2 id="privacy-own-list">{t('privacyRequests.own.listTitle')}</h2>
        {loadProblem ? (
          <Notice tone="error">
            <p>{loadProblem}</p>
          </Notice>
        ) : requests && requests.length === 0 ? (
          <p>{t('privacyRequests.own.none')}</p>
        ) : (
          <ul className="privacy-request-list">
            {(requests ?? []).map((request) => (
              <li key={request.id}>
                <strong>{t(`privacyRequests.rights.${request.right}.name`)}</strong> —{' '}
                {t(`privacyRequests.status.${request.status}`)}. {t('privacyRequests.queue.received')}:{' '}
                {formatDate(request.receivedAt)}; {t('privacyRequests.queue.due')}:{' '}
                {formatDate(request.currentDueAt)}
                <WithdrawButton request={request} onWithdrawn={load} />
                {request.answer ? <p>{request.answer}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
