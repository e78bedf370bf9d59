import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import type { ImportPreview, ImportResult } from '../../api/api-types';
import { importUsers, previewImport } from '../../api/users-api';
import { Notice } from '../../ui/notice';
import { ExampleCsvLink } from './example-csv-link';
import { ImportPreviewTable } from './import-preview-table';

const MAX_BYTES = 1_000_000;

type Step =
  | { kind: 'choose' }
  | { kind: 'checking' }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'importing'; preview: ImportPreview }
  | { kind: 'done'; result: ImportResult };

interface ImportUsersPanelProps {
  id: string;
  onImported(): void;
  onClose(): void;
}

function formatSize(bytes: number, language: string | undefined): string {
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  return bytes < 1000 ? `${bytes} B` : `${format.format(bytes / 1000)} kB`;
}

/**
 * Importing people from a CSV file: the browser reads the file, the server checks every line,
 * the administrator sees the problems and chooses to import everything or only the correct lines.
 */
export function ImportUsersPanel({ id, onImported, onClose }: ImportUsersPanelProps) {
  const { t, i18n } = useTranslation();
  const [file, setFile] = useState<{ name: string; size: number; text: string }>();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [problem, setProblem] = useState<string>();
  // A new key empties the file input when the administrator starts over.
  const [inputKey, setInputKey] = useState(0);

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    setStep({ kind: 'choose' });
    setProblem(undefined);
    setFile(undefined);
    if (!chosen) return;
    if (chosen.size > MAX_BYTES) {
      setProblem(t('userImport.fileTooLarge'));
      return;
    }
    try {
      setFile({ name: chosen.name, size: chosen.size, text: await chosen.text() });
    } catch {
      setProblem(t('userImport.fileUnreadable'));
    }
  }

  async function check() {
    if (!file) {
      setProblem(t('userImport.fileMissing'));
      return;
    }
    setProblem(undefined);
    setStep({ kind: 'checking' });
    try {
      setStep({ kind: 'preview', preview: await previewImport(file.text) });
    } catch (error) {
      setStep({ kind: 'choose' });
      setProblem(problemText(error));
    }
  }

  async function runImport(preview: ImportPreview, onlyValidRows: boolean) {
    if (!file) return;
    setProblem(undefined);
    setStep({ kind: 'importing', preview });
    try {
      const result = await importUsers(file.text, onlyValidRows);
      setStep({ kind: 'done', result });
      onImported();
    } catch (error) {
      setStep({ kind: 'preview', preview });
      setProblem(problemText(error));
    }
  }

  const busy = step.kind === 'checking' || step.kind === 'importing';
  const preview = step.kind === 'preview' || step.kind === 'importing' ? step.preview : undefined;

  return (
    <section id={id} className="panel import" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('userImport.title')}</h2>
      <p>{t('userImport.intro')}</p>
      <p>
        <ExampleCsvLink />
      </p>

      {step.kind === 'done' ? null : (
        <div className="form form--compact">
          <div className="field">
            <label htmlFor={`${id}-file`} className="field__label">
              {t('userImport.file')}
            </label>
            <p id={`${id}-file-hint`} className="field__hint">
              {t('userImport.fileHint')}
            </p>
            <input
              key={inputKey}
              id={`${id}-file`}
              type="file"
              accept=".csv,text/csv"
              className="import__file"
              aria-describedby={`${id}-file-hint ${id}-file-chosen`}
              disabled={busy}
              onChange={(event) => void chooseFile(event)}
            />
            <p id={`${id}-file-chosen`} className="import__chosen">
              {file
                ? t('userImport.fileChosen', {
                    name: file.name,
                    size: formatSize(file.size, i18n.resolvedLanguage),
                  })
                : null}
            </p>
          </div>
          {preview ? null : (
            <div className="form__actions">
              <button
                type="button"
                className="button button--primary"
                aria-busy={busy || undefined}
                onClick={() => {
                  if (!busy) void check();
                }}
              >
                {t('userImport.check')}
              </button>
              <button type="button" className="button button--secondary" onClick={onClose}>
                {t('form.cancel')}
              </button>
            </div>
          )}
        </div>
      )}

      <div role="status" className="import__progress">
        {busy ? (
          <>
            <progress className="import__bar" aria-label={t(`userImport.${step.kind}`)} />
            <p>{t(`userImport.${step.kind}`)}</p>
          </>
        ) : null}
      </div>

      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
        </Notice>
      ) : null}

      {preview ? (
        <ImportChoice
          preview={preview}
          busy={busy}
          onImport={(onlyValidRows) => void runImport(preview, onlyValidRows)}
          onAnother={() => {
            setStep({ kind: 'choose' });
            setFile(undefined);
            setInputKey(inputKey + 1);
          }}
        />
      ) : null}

      {step.kind === 'done' ? (
        <Notice tone="success" title={t('userImport.resultTitle')} focus>
          <p>{t('userImport.result', { count: step.result.imported })}</p>
          {step.result.skipped > 0 ? <p>{t('userImport.skipped', { count: step.result.skipped })}</p> : null}
          <p>
            <button type="button" className="button button--secondary button--small" onClick={onClose}>
              {t('userImport.close')}
            </button>
          </p>
        </Notice>
      ) : null}
    </section>
  );
}

interface ImportChoiceProps {
  preview: ImportPreview;
  busy: boolean;
  onImport(onlyValidRows: boolean): void;
  onAnother(): void;
}

function ImportChoice({ preview, busy, onImport, onAnother }: ImportChoiceProps) {
  const { t } = useTranslation();
  const hasErrors = preview.invalid > 0;
  return (
    <div className="import__preview">
      <h3>{t('userImport.previewTitle')}</h3>
      <p className="import__counts">
        {hasErrors
          ? t('userImport.counts', { valid: preview.valid, invalid: preview.invalid })
          : t('userImport.allValid', { count: preview.valid })}
      </p>
      <ImportPreviewTable rows={preview.rows} />
      <fieldset className="import__choice">
        <legend>{t('userImport.choice')}</legend>
        {hasErrors ? (
          <p id="import-all-blocked" className="field__hint">
            {preview.valid > 0 ? t('userImport.importAllBlocked') : t('userImport.nothingValid')}
          </p>
        ) : null}
        <div className="form__actions">
          <button
            type="button"
            className="button button--primary"
            disabled={hasErrors || busy}
            aria-describedby={hasErrors ? 'import-all-blocked' : undefined}
            onClick={() => onImport(false)}
          >
            {t('userImport.importAll', { count: preview.rows.length })}
          </button>
          {hasErrors && preview.valid > 0 ? (
            <button
              type="button"
              className="button button--secondary"
              aria-busy={busy || undefined}
              onClick={() => {
                if (!busy) onImport(true);
              }}
            >
              {t('userImport.importValid', { count: preview.valid })}
            </button>
          ) : null}
          <button type="button" className="button button--secondary" disabled={busy} onClick={onAnother}>
            {t('userImport.another')}
          </button>
        </div>
      </fieldset>
    </div>
  );
}
