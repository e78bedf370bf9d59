import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import { type RosterSwap, removeSwap } from '../../api/rosters-api';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import type { RosterFormat } from './use-roster-format';

interface RosterSwapsProps {
  rosterId: string;
  swaps: readonly RosterSwap[];
  format: RosterFormat;
  /** Before a step starts: clear the last message. */
  onStart(): void;
  onWithdrawn(message: string): Promise<void>;
  onProblem(message: string): void;
}

/** The swaps in the calendar's period, with who arranged them; withdrawn after a confirmation. */
export function RosterSwaps({ rosterId, swaps, format, onStart, onWithdrawn, onProblem }: RosterSwapsProps) {
  const { t } = useTranslation();
  const [withdrawing, setWithdrawing] = useState<RosterSwap>();
  const [pending, setPending] = useState(false);

  async function withdraw() {
    if (!withdrawing) return;
    setPending(true);
    try {
      await removeSwap(rosterId, withdrawing.id);
      await onWithdrawn(t('rosters.swaps.withdrawn', { name: withdrawing.name }));
    } catch (error) {
      onProblem(problemText(error));
    } finally {
      setPending(false);
      setWithdrawing(undefined);
    }
  }

  if (swaps.length === 0) return null;
  return (
    <>
      <h3>{t('rosters.swaps.title')}</h3>
      <ul className="roster-swaps">
        {swaps.map((swap) => (
          <li key={swap.id} className="roster-swap">
            <span>
              {t('rosters.swaps.line', {
                name: swap.name,
                from: format.moment(Date.parse(swap.startsAt)),
                until: format.moment(Date.parse(swap.endsAt)),
              })}
            </span>
            {swap.reason ? <span className="card__note">{swap.reason}</span> : null}
            {swap.createdByName ? (
              <span className="card__note">{t('rosters.swaps.madeBy', { name: swap.createdByName })}</span>
            ) : null}
            {swap.removable ? (
              <button
                type="button"
                className="button button--small button--danger-quiet"
                onClick={() => {
                  onStart();
                  setWithdrawing(swap);
                }}
              >
                {t('rosters.swaps.withdraw')}
                <span className="visually-hidden"> {swap.name}</span>
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={withdrawing !== undefined}
        title={t('rosters.swaps.confirmTitle')}
        confirmLabel={t('rosters.swaps.withdraw')}
        pending={pending}
        onConfirm={() => void withdraw()}
        onCancel={() => setWithdrawing(undefined)}
      >
        <p>{withdrawing ? t('rosters.swaps.confirmText', { name: withdrawing.name }) : null}</p>
      </ConfirmDialog>
    </>
  );
}
