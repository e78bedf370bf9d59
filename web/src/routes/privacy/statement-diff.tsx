import { useTranslation } from 'react-i18next';
import type { DiffLine, DiffPart, StatementDiff } from '../../features/privacy/privacy-statement-api';

/**
 * Inserted and deleted text as <ins> and <del>, each with a sign and, for screen readers, a
 * spoken label: the change is never told by colour alone.
 */
function Part({ part }: { part: DiffPart }) {
  const { t } = useTranslation();
  if (part.kind === 'same') return <>{part.text}</>;
  const Tag = part.kind === 'added' ? 'ins' : 'del';
  return (
    <Tag className={`diff__${part.kind}`}>
      <span className="visually-hidden">
        {t(part.kind === 'added' ? 'privacy.addedStart' : 'privacy.removedStart')}
      </span>
      {part.text}
      <span className="visually-hidden">{t('privacy.partEnd')}</span>
    </Tag>
  );
}

function Line({ line }: { line: DiffLine }) {
  const { t } = useTranslation();
  if (line.kind === 'folded')
    return <li className="diff__line diff__line--folded">{t('privacy.folded', { count: line.count })}</li>;
  if (line.kind === 'same') return <li className="diff__line">{line.text}</li>;
  if (line.kind === 'changed')
    return (
      <li className="diff__line diff__line--changed">
        <span className="diff__sign" aria-hidden="true">
          ±
        </span>
        <span className="visually-hidden">{t('privacy.changed')} </span>
        {line.parts.map((part, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are static text in a fixed order
          <Part key={index} part={part} />
        ))}
      </li>
    );
  const Tag = line.kind === 'added' ? 'ins' : 'del';
  return (
    <li className={`diff__line diff__line--${line.kind}`}>
      <span className="diff__sign" aria-hidden="true">
        {line.kind === 'added' ? '+' : '−'}
      </span>
      <span className="visually-hidden">
        {t(line.kind === 'added' ? 'privacy.added' : 'privacy.removed')}{' '}
      </span>
      <Tag className={`diff__${line.kind}`}>{line.text}</Tag>
    </li>
  );
}

export function StatementDiffView({ diff }: { diff: StatementDiff }) {
  const { t } = useTranslation();
  const changes = diff.lines.filter((line) => line.kind !== 'same' && line.kind !== 'folded');
  return (
    <section aria-labelledby="privacy-diff-title" className="privacy-statement__diff">
      <h2 id="privacy-diff-title">
        {t('privacy.diffTitle', { from: diff.from.version, to: diff.to.version })}
      </h2>
      <p>{t('privacy.diffIntro')}</p>
      {changes.length === 0 ? (
        <p>{t('privacy.diffNone')}</p>
      ) : (
        <ol className="diff">
          {diff.lines.map((line, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines are static text in a fixed order
            <Line key={index} line={line} />
          ))}
        </ol>
      )}
    </section>
  );
}
