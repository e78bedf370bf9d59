import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/api-types';
import { inviteUser } from '../../api/users-api';
import { isLanguageCode, LANGUAGES, type LanguageCode } from '../../i18n/language';
import { ErrorSummary } from '../../ui/form/error-summary';
import { looksLikeEmail } from '../../ui/form/form-errors';
import { SelectField } from '../../ui/form/select-field';
import { SubmitButton } from '../../ui/form/submit-button';
import { TextField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';

interface InviteUserFormProps {
  id: string;
  onInvited(name: string, email: string): void;
  onCancel(): void;
}

/** An administrator invites someone by e-mail; they choose their own password from the link. */
export function InviteUserForm({ id, onInvited, onCancel }: InviteUserFormProps) {
  const { t, i18n } = useTranslation();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [phone, setPhone] = useState('');
  const [jobTitle, setJobTitle] = useState('');
  const [language, setLanguage] = useState<LanguageCode>(
    isLanguageCode(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'nl',
  );

  const labels = {
    name: t('invite.name'),
    email: t('invite.email'),
    role: t('invite.role'),
    phone: t('invite.phone'),
    jobTitle: t('invite.jobTitle'),
    language: t('invite.language'),
  };

  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      await inviteUser({
        name: name.trim(),
        email: email.trim(),
        role,
        language,
        ...(phone.trim() ? { phone: phone.trim() } : {}),
        ...(jobTitle.trim() ? { jobTitle: jobTitle.trim() } : {}),
      });
      onInvited(name.trim(), email.trim());
    },
    {
      check: () => ({
        name: !name.trim() && t('fieldErrors.name'),
        email: !looksLikeEmail(email) && t('fieldErrors.email'),
      }),
      fieldText: (path) =>
        ({ name: t('fieldErrors.name'), email: t('fieldErrors.email'), phone: t('fieldErrors.phone') })[path],
    },
  );

  return (
    <section id={id} className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('invite.title')}</h2>
      <p>{t('invite.intro')}</p>
      <ErrorSummary
        errors={errors}
        fields={{
          name: { id: 'invite-name', label: labels.name },
          email: { id: 'invite-email', label: labels.email },
          role: { id: 'invite-role', label: labels.role },
          phone: { id: 'invite-phone', label: labels.phone },
          jobTitle: { id: 'invite-job-title', label: labels.jobTitle },
          language: { id: 'invite-language', label: labels.language },
        }}
      />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          id="invite-name"
          name="name"
          label={labels.name}
          autoComplete="off"
          value={name}
          onValueChange={setName}
          error={errors?.fields.name}
        />
        <TextField
          id="invite-email"
          name="email"
          type="email"
          label={labels.email}
          autoComplete="off"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          value={email}
          onValueChange={setEmail}
          error={errors?.fields.email}
        />
        <SelectField
          id="invite-role"
          name="role"
          label={labels.role}
          hint={t('invite.roleHint')}
          value={role}
          options={[
            { value: 'member', label: t('users.role.member') },
            { value: 'admin', label: t('users.role.admin') },
          ]}
          onValueChange={(value) => setRole(value === 'admin' ? 'admin' : 'member')}
          error={errors?.fields.role}
        />
        <TextField
          id="invite-phone"
          name="phone"
          type="tel"
          label={labels.phone}
          optional
          autoComplete="off"
          value={phone}
          onValueChange={setPhone}
          error={errors?.fields.phone}
        />
        <TextField
          id="invite-job-title"
          name="jobTitle"
          label={labels.jobTitle}
          optional
          autoComplete="off"
          value={jobTitle}
          onValueChange={setJobTitle}
          error={errors?.fields.jobTitle}
        />
        <SelectField
          id="invite-language"
          name="language"
          label={labels.language}
          hint={t('invite.languageHint')}
          value={language}
          options={LANGUAGES.map((entry) => ({ value: entry.code, label: entry.name, lang: entry.code }))}
          onValueChange={(value) => setLanguage(isLanguageCode(value) ? value : 'nl')}
          error={errors?.fields.language}
        />
        <div className="form__actions">
          <SubmitButton pending={pending}>{t('invite.submit')}</SubmitButton>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
