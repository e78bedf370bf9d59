import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../ui/form/error-summary';
import { FieldFrame } from '../../ui/form/field-frame';
import { SubmitButton } from '../../ui/form/submit-button';
import { useFormSubmit } from '../../ui/form/use-form-submit';
import { Notice } from '../../ui/notice';
import { PageTitle } from '../../ui/page-title';
import { sendIdCopy, tokenFromHash } from './privacy-requests-api';

const MAX_BYTES = 5 * 1024 * 1024;

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

/** Where the link in the "confirm your identity" e-mail leads: upload a masked ID copy (P18). */
export function IdCopyPage() {
  const { t } = useTranslation();
  const [token] = useState(tokenFromHash);
  const [file, setFile] = useState<File>();
  const [done, setDone] = useState(false);
  const { onSubmit, errors, pending } = useFormSubmit(
    async () => {
      if (!file) return;
      await sendIdCopy({ token, contentType: file.type, data: await base64Of(file) });
      setDone(true);
    },
    {
      check: () => ({
        data: !file
          ? t('privacyRequests.idCopy.fileMissing')
          : file.size > MAX_BYTES && t('privacyRequests.idCopy.fileTooLarge'),
      }),
    },
  );
  return (
    <div className="container page narrow">
      <PageTitle>{t('privacyRequests.idCopy.title')}</PageTitle>
      {!token ? (
        <Notice tone="error">
          <p>{t('privacyRequests.idCopy.incomplete')}</p>
        </Notice>
      ) : done ? (
        <Notice tone="success" focus>
          <p>{t('privacyRequests.idCopy.done')}</p>
        </Notice>
      ) : (
        <form className="form" noValidate onSubmit={onSubmit} aria-label={t('privacyRequests.idCopy.title')}>
          <p>{t('privacyRequests.idCopy.intro')}</p>
          <Notice tone="info">
            <p>{t('privacyRequests.idCopy.mask')}</p>
          </Notice>
          <p>{t('privacyRequests.idCopy.kept')}</p>
          <ErrorSummary
            errors={errors}
            fields={{ data: { id: 'privacy-id-copy-file', label: t('privacyRequests.idCopy.file') } }}
          />
          <FieldFrame
            id="privacy-id-copy-file"
            label={t('privacyRequests.idCopy.file')}
            error={errors?.fields.data}
          >
            {(control) => (
              <input
                className="field__input"
                type="file"
                accept="image/jpeg,image/png,application/pdf"
                {...control}
                onChange={(event) => setFile(event.target.files?.[0])}
              />
            )}
          </FieldFrame>
          <div className="form__actions">
            <SubmitButton pending={pending}>{t('privacyRequests.idCopy.submit')}</SubmitButton>
          </div>
        </form>
      )}
    </div>
  );
}
