import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Me, NOTIFICATION_CHANNELS } from '../../api/api-types';
import { updateMe } from '../../api/me-api';
import { LANGUAGES } from '../../i18n/language';
import { useSession } from '../../session/session-context';
import { Checkbox, CheckboxGroup } from '../../ui/form/checkbox-group';
import { ErrorSummary } from '../../ui/form/error-summary';
import { SelectField } from '../../ui/form/select-field';
import { SubmitButton } from '../../ui/form/submit-button';
import { TextField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { StatusMessage } from '../../ui/notice';
import {
  changesBetween,
  DEFAULT_QUIET_HOURS,
  pickNotificationSettings,
  type Settings,
  settingsOf,
} from './profile-settings';
import { timeZoneOptions } from './time-zones';

export function ProfileForm({ user }: { user: Me }) {
  const { t } = useTranslation();
  const { setUser } = useSession();
  const saved = useRef(settingsOf(user));
  const [settings, setSettings] = useState(saved.current);
  const [quietHours, setQuietHours] = useState(saved.current.quietHours ?? DEFAULT_QUIET_HOURS);
  // A key, not a text: saving may switch the language, and the message should follow.
  const [status, setStatus] = useState<'saved' | 'nothingChanged'>();
  const change = (patch: Partial<Settings>) => {
    setStatus(undefined);
    setSettings((current) => ({ ...current, ...patch }));
  };

  const labels = {
    name: t('profile.name'),
    phone: t('profile.phone'),
    jobTitle: t('profile.jobTitle'),
    language: t('profile.language'),
    timeZone: t('profile.timeZone'),
    notificationChannels: t('profile.channels'),
    'quietHours.from': t('profile.quietFrom'),
    'quietHours.until': t('profile.quietUntil'),
  };

  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      const changes = changesBetween(saved.current, settings);
      if (Object.keys(changes).length === 0) {
        setStatus('nothingChanged');
        return;
      }
      const updated = await updateMe(changes);
      saved.current = { ...settingsOf(updated), ...pickNotificationSettings(settings) };
      setStatus('saved');
      // Also switches the interface when the language changed.
      setUser(updated);
    },
    {
      check: () => ({
        name: !settings.name.trim() && t('fieldErrors.name'),
        notificationChannels: settings.notificationChannels.length === 0 && t('profile.channelsMissing'),
      }),
      fieldText: (path) =>
        ({
          name: t('fieldErrors.name'),
          phone: t('fieldErrors.phone'),
          timeZone: t('profile.timeZoneInvalid'),
          notificationChannels: t('profile.channelsMissing'),
          'quietHours.from': t('fieldErrors.time'),
          'quietHours.until': t('fieldErrors.time'),
        })[path],
    },
  );

  return (
    <>
      <ErrorSummary
        errors={errors}
        fields={{
          name: { id: 'profile-name', label: labels.name },
          phone: { id: 'profile-phone', label: labels.phone },
          jobTitle: { id: 'profile-job-title', label: labels.jobTitle },
          language: { id: 'profile-language', label: labels.language },
          timeZone: { id: 'profile-time-zone', label: labels.timeZone },
          notificationChannels: { id: 'profile-channels-push', label: labels.notificationChannels },
          'quietHours.from': { id: 'profile-quiet-from', label: labels['quietHours.from'] },
          'quietHours.until': { id: 'profile-quiet-until', label: labels['quietHours.until'] },
        }}
      />
      <form className="form" noValidate onSubmit={onSubmit}>
        <section className="form-section" aria-labelledby="profile-details">
          <h2 id="profile-details">{t('profile.detailsTitle')}</h2>
          <TextField
            id="profile-name"
            name="name"
            label={labels.name}
            autoComplete="name"
            value={settings.name}
            onValueChange={(name) => change({ name })}
            error={errors?.fields.name}
          />
          <div className="field">
            <p className="field__label">{t('profile.email')}</p>
            <p className="field__static">{user.email}</p>
            <p className="field__hint">{t('profile.emailHint')}</p>
          </div>
          <TextField
            id="profile-phone"
            name="phone"
            type="tel"
            label={labels.phone}
            hint={t('profile.phoneHint')}
            optional
            autoComplete="tel"
            value={settings.phone}
            onValueChange={(phone) => change({ phone })}
            error={errors?.fields.phone}
          />
          <TextField
            id="profile-job-title"
            name="jobTitle"
            label={labels.jobTitle}
            optional
            autoComplete="organization-title"
            value={settings.jobTitle}
            onValueChange={(jobTitle) => change({ jobTitle })}
            error={errors?.fields.jobTitle}
          />
        </section>

        <section className="form-section" aria-labelledby="profile-region">
          <h2 id="profile-region">{t('profile.regionTitle')}</h2>
          <SelectField
            id="profile-language"
            name="language"
            label={labels.language}
            hint={t('profile.languageHint')}
            value={settings.language}
            options={LANGUAGES.map((language) => ({
              value: language.code,
              label: language.name,
              lang: language.code,
            }))}
            onValueChange={(language) => change({ language: language === 'en' ? 'en' : 'nl' })}
            error={errors?.fields.language}
          />
          <SelectField
            id="profile-time-zone"
            name="timeZone"
            label={labels.timeZone}
            hint={t('profile.timeZoneHint')}
            value={settings.timeZone}
            options={timeZoneOptions(user.timeZone)}
            onValueChange={(timeZone) => change({ timeZone })}
            error={errors?.fields.timeZone}
          />
        </section>

        <section className="form-section" aria-labelledby="profile-notifications">
          <h2 id="profile-notifications">{t('profile.notificationsTitle')}</h2>
          <CheckboxGroup
            id="profile-channels"
            legend={labels.notificationChannels}
            hint={t('profile.channelsHint')}
            options={NOTIFICATION_CHANNELS.map((channel) => ({
              value: channel,
              label: t(`profile.channel.${channel}`),
            }))}
            values={settings.notificationChannels}
            onValuesChange={(notificationChannels) => change({ notificationChannels })}
            error={errors?.fields.notificationChannels}
          />
          <Checkbox
            id="profile-quiet-hours"
            label={t('profile.quietHours')}
            hint={t('profile.quietHoursHint')}
            checked={settings.quietHours !== null}
            onCheckedChange={(checked) => change({ quietHours: checked ? quietHours : null })}
          />
          {settings.quietHours ? (
            <div className="field-row">
              <TextField
                id="profile-quiet-from"
                name="quietFrom"
                type="time"
                label={labels['quietHours.from']}
                value={settings.quietHours.from}
                onValueChange={(from) => {
                  const next = { ...quietHours, from };
                  setQuietHours(next);
                  change({ quietHours: next });
                }}
                error={errors?.fields['quietHours.from']}
              />
              <TextField
                id="profile-quiet-until"
                name="quietUntil"
                type="time"
                label={labels['quietHours.until']}
                value={settings.quietHours.until}
                onValueChange={(until) => {
                  const next = { ...quietHours, until };
                  setQuietHours(next);
                  change({ quietHours: next });
                }}
                error={errors?.fields['quietHours.until']}
              />
            </div>
          ) : null}
        </section>

        <StatusMessage message={status && t(`profile.${status}`)} />
        <div className="form__actions">
          <SubmitButton pending={pending}>{t('profile.submit')}</SubmitButton>
        </div>
      </form>
    </>
  );
}
