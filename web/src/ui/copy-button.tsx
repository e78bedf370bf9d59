import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Copies text to the clipboard and says so. The result is announced; where the clipboard is not
 * available (an insecure page, an old browser) it says to select and copy by hand.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<'copied' | 'failed'>();

  useEffect(() => {
    if (!result) return;
    const timer = window.setTimeout(() => setResult(undefined), 4000);
    return () => window.clearTimeout(timer);
  }, [result]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setResult('copied');
    } catch {
      setResult('failed');
    }
  }

  return (
    <span className="copy-button">
      <button type="button" className="button button--secondary button--small" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="copy-button__result">
        {result === 'copied' ? t('copy.copied') : result === 'failed' ? t('copy.failed') : null}
      </span>
    </span>
  );
}
