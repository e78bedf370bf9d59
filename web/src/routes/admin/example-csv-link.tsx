import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A link that downloads an example import file, made in the browser in the interface language. */
export function ExampleCsvLink() {
  const { t } = useTranslation();
  const rows = t('userImport.exampleRows', { returnObjects: true });
  const text = rows.join('\r\n');
  const [href, setHref] = useState<string>();

  useEffect(() => {
    // A byte-order mark, so Excel opens the accents as UTF-8.
    const url = URL.createObjectURL(new Blob([`\uFEFF${text}\r\n`], { type: 'text/csv;charset=utf-8' }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [text]);

  return href ? (
    <a href={href} download={t('userImport.exampleFile')}>
      {t('userImport.example')}
    </a>
  ) : null;
}
