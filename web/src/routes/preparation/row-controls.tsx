import { useTranslation } from 'react-i18next';

interface RowControlsProps {
  /** Prefix of the buttons' ids: `${id}-up`, `${id}-down`, `${id}-remove`. */
  id: string;
  index: number;
  count: number;
  /** Which row, for screen readers: "onderdeel 2, Beeldvorming". */
  name: string;
  removeLabel: string;
  onMove(step: -1 | 1): void;
  onRemove(): void;
}

/** Buttons to move a row of a form up or down, or take it out. */
export function RowControls({ id, index, count, name, removeLabel, onMove, onRemove }: RowControlsProps) {
  const { t } = useTranslation();
  return (
    <div className="prep-row-controls">
      {count > 1 ? (
        <>
          <button
            id={`${id}-up`}
            type="button"
            className="button button--secondary button--small"
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            {t('preparation.common.moveUp')}
            <span className="visually-hidden"> {name}</span>
          </button>
          <button
            id={`${id}-down`}
            type="button"
            className="button button--secondary button--small"
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            {t('preparation.common.moveDown')}
            <span className="visually-hidden"> {name}</span>
          </button>
        </>
      ) : null}
      <button
        id={`${id}-remove`}
        type="button"
        className="button button--small button--danger-quiet"
        onClick={onRemove}
      >
        {removeLabel}
        <span className="visually-hidden"> {name}</span>
      </button>
    </div>
  );
}

/** Which button keeps focus after a move: the same one, or the other when the row reached the end. */
export function focusAfterMove(id: string, index: number, count: number, step: -1 | 1): string {
  const target = index + step;
  if (step === -1) return target === 0 ? `${id}-down` : `${id}-up`;
  return target === count - 1 ? `${id}-up` : `${id}-down`;
}
