import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createApiKey } from '../../api/api-keys-api';
import {
  API_KEY_SCOPE_LABELS,
  API_KEY_SCOPES,
  type ApiKeyScope,
  type CreatedApiKey,
} from '../../api/api-types';
import { CheckboxGroup } from '../../ui/form/checkbox-group';
import { ErrorSummary } from '../../ui/form/error-summary';
import { SubmitButton } from '../../ui/form/submit-button';
import { TextField } from '../../ui/form/text-field';
import { useFormSubmit } from '../../ui/form/use-form-submit';

/** Names a new key and chooses what it may do; the key itself is shown once by the page. */
export function CreateApiKeyForm({ onCreated }: { onCreated(key: CreatedApiKey): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiKeyScope[]>(['incidents:read']);

  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      const created = await createApiKey({ name: name.trim(), scopes });
      setName('');
      setScopes(['incidents:read']);
      onCreated(created);
    },
    {
      check: () => ({
        name: !name.trim() && t('apiKeys.nameMissing'),
        scopes: scopes.length === 0 && t('apiKeys.scopesMissing'),
      }),
      fieldText: (path) =>
        path === 'name'
          ? t('apiKeys.nameMissing')
          : path === 'scopes'
            ? t('apiKeys.scopesMissing')
            : undefined,
    },
  );

  return (
    <section className="panel" aria-labelledby="create-api-key-title">
      <h2 id="create-api-key-title">{t('apiKeys.createTitle')}</h2>
      <ErrorSummary
        errors={errors}
        fields={{
          name: { id: 'api-key-name', label: t('apiKeys.name') },
          scopes: { id: 'api-key-scopes-incidents:read', label: t('apiKeys.scopes') },
        }}
      />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          id="api-key-name"
          name="name"
          label={t('apiKeys.name')}
          hint={t('apiKeys.nameHint')}
          autoComplete="off"
          maxLength={100}
          value={name}
          onValueChange={setName}
          error={errors?.fields.name}
        />
        <CheckboxGroup
          id="api-key-scopes"
          legend={t('apiKeys.scopes')}
          hint={t('apiKeys.scopesHint')}
          options={API_KEY_SCOPES.map((scope) => ({
            value: scope,
            label: t(`apiKeys.scope.${API_KEY_SCOPE_LABELS[scope]}`),
          }))}
          values={scopes}
          onValuesChange={setScopes}
          error={errors?.fields.scopes}
        />
        <div className="form__actions">
          <SubmitButton pending={pending}>{t('apiKeys.create')}</SubmitButton>
        </div>
      </form>
    </section>
  );
}
