import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import type { UserSummary } from '../../api/api-types';
import { liftRestriction, type RestrictionGround, restrictUser } from '../../api/users-api';
import { ConfirmDialog } from '../../ui/confirm-dialog';

const GROUNDS: RestrictionGround[] = [
  'accuracy-contested',
  'unlawful-but-kept',
  'legal-claim',
  'objection-pending',
];

interface RestrictionDialogProps {
  /** The person whose restriction is set (not restricted yet) or lifted (restricted). */
  user: UserSummary | undefined;
  onDone(message: string): void;
  onProblem(message: string): void;
  onClose(): void;
}

/** Restricts processing of a person's data on an art. 18 ground, or lifts it (the person is e-mailed). */
export function RestrictionDialog({ user, onDone, onProblem, onClose }: RestrictionDialogProps) {
  const { t } = useTranslation();
  const [ground, setGround] = useState<RestrictionGround>('accuracy-contested');
  const [pending, setPending] = useState(false);
  const lifting = user?.restrictedAt != null;
  const name = user?.name ?? '';

  async function confirm() {
    if (!user) return;
    setPending(true);
    try {
      if (lifting) await liftRestriction(user.id);
      else await restrictUser(user.id, ground);
      onDone(t(lifting ? 'restriction.lifted' : 'restriction.restricted', { name }));
    } catch (error) {
      onProblem(problemText(error));
    } finally {
      setPending(false);
      onClose();
    }
  }

  return (
    <ConfirmDialog
      open={user !== undefined}
      title={t(lifting ? 'restriction.confirmLift.title' : 'restriction.confirmRestrict.title', { name })}
      confirmLabel={t(lifting ? 'restriction.lift' : 'restriction.restrict')}
      tone={lifting ? 'primary' : 'danger'}
      pending={pending}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    >
      <p>{t(lifting ? 'restriction.confirmLift.text' : 'restriction.confirmRestrict.text', { name })}</p>
      {lifting ? null : (
        <div className="field">
          <label htmlFor="restriction-ground" className="field__label">
            {t('restriction.ground')}
          </label>
          <select
            id="restriction-ground"
            className="field__input"
            value={ground}
            onChange={(event) => setGround(event.target.value as RestrictionGround)}
          >
            {GROUNDS.map((option) => (
              <option key={option} value={option}>
                {t(`restriction.grounds.${option}`)}
              </option>
            ))}
          </select>
        </div>
      )}
    </ConfirmDialog>
  );
}
