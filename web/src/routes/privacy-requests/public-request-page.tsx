import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../router/link';
import { useSession } from '../../session/session-context';
import { ErrorSummary } from '../../ui/form/error-summary';
import { looksLikeEmail } from '../../ui/form/form-errors';
import { SubmitButton } from '../../ui/form/submit-button';
import { TextField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { Notice } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { TextAreaField } from '../preparation/text-area-field';
import { filePublicRequest, type Right } from './privacy-requests-api';
import { RightChoice } from './right-choice';

/** The public form (P17): anyone may ask; the request counts once the e-mail address is confirmed (P18). */
export function PublicRequestPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [right, setRight] = useState<Right>('access');
  const [description, setDescription] = useState('');
  const [sentTo, setSentTo] = useState<string>();
  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      await filePublicRequest({ name, email, right, description });
      setSentTo(email);
    },
    {
      check: () => ({
        name: !name.trim() && t('privacyRequests.fields.name'),
        email: !looksLikeEmail(email) && t('privacyRequests.fields.email'),
      }),
    },
  );
  return (
    <div className="container page narrow">
      <PageTitle>{t('privacyRequests.public.title')}</PageTitle>
      <p className="page__intro">{t('privacyRequests.public.intro')}</p>
      {user ? (
        <p>
          <Link to="/privacy-requests">{t('privacyRequests.own.link')}</Link>
        </p>
      ) : (
        <p>{t('privacyRequests.public.signedInHint')}</p>
      )}
      {sentTo ? (
        <Notice tone="success" focus>
          <p>{t('privacyRequests.public.sent', { email: sentTo })}</p>
        </Notice>
      ) : (
        <form className="form" noValidate onSubmit={onSubmit} aria-label={t('privacyRequests.public.title')}>
          <ErrorSummary
            errors={errors}
            fields={{
              name: { id: 'privacy-public-name', label: t('privacyRequests.fields.name') },
              email: { id: 'privacy-public-email', label: t('privacyRequests.fields.email') },
              description: {
                id: 'privacy-public-description',
                label: t('privacyRequests.fields.description'),
              },
            }}
          />
          <TextField
            id="privacy-public-name"
            name="name"
            autoComplete="name"
            label={t('privacyRequests.fields.name')}
            value={name}
            onValueChange={setName}
            error={errors?.fields.name}
          />
          <TextField
            id="privacy-public-email"
            name="email"
            type="email"
            autoComplete="email"
            label={t('privacyRequests.fields.email')}
            hint={t('privacyRequests.fields.emailHint')}
            value={email}
            onValueChange={setEmail}
            error={errors?.fields.email}
          />
          <RightChoice value={right} onChange={setRight} />
          <TextAreaField
            id="privacy-public-description"
            label={t('privacyRequests.fields.description')}
            hint={t('privacyRequests.fields.descriptionHint')}
            optional
            maxLength={5000}
            value={description}
            onValueChange={setDescription}
            error={errors?.fields.description}
          />
          <p>{t('privacyRequests.term')}</p>
          <div className="form__actions">
            <SubmitButton pending={pending}>{t('privacyRequests.public.submit')}</SubmitButton>
          </div>
        </form>
      )}
    </div>
  );
}
