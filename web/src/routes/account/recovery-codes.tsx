import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../ui/copy-button';

/**
 * The recovery codes, shown this once. Focus moves here so the user reads the warning first;
 * they copy or print the codes, then say they have kept them.
 */
export function RecoveryCodes({
  codes,
  onKept,
  keptLabel,
}: {
  codes: string[];
  onKept(): void;
  keptLabel: string;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="recovery-codes" aria-labelledby="recovery-codes-title">
      <h3 id="recovery-codes-title" ref={heading} tabIndex={-1}>
        {t('secondFactor.codesTitle')}
      </h3>
      <p className="recovery-codes__warning">{t('secondFactor.codesWarning')}</p>
      <p>{t('secondFactor.codesAdvice')}</p>
      <ol className="recovery-codes__list">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="form__actions recovery-codes__actions">
        <CopyButton text={codes.join('\n')} label={t('secondFactor.copyCodes')} />
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => window.print()}
        >
          {t('secondFactor.printCodes')}
        </button>
      </div>
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={onKept}>
          {keptLabel}
        </button>
      </div>
    </section>
  );
}
