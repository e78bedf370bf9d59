import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/api-client';
import type { TotpEnrolment } from '../../api/api-types';
import { startSecondFactor } from '../../api/me-api';
import { useSession } from '../../session/session-context';
import { Notice } from '../../ui/notice';
import { EnrolSecondFactor } from './enrol-second-factor';
import { RecoveryCodes } from './recovery-codes';
import { RemoveSecondFactorForm } from './remove-second-factor-form';

interface SecondFactorSectionProps {
  /** `setup`: the page a user is held on until it is done; offers no switching off. */
  mode: 'security' | 'setup';
  /** After the user has kept the recovery codes (or when it was already set up, in setup mode). */
  onFinished?(): void;
}

/** Setting up an authenticator app, showing the recovery codes once, and switching it off. */
export function SecondFactorSection({ mode, onFinished }: SecondFactorSectionProps) {
  const { t } = useTranslation();
  const { user, refresh } = useSession();
  const [enrolment, setEnrolment] = useState<TotpEnrolment>();
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>();
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [removed, setRemoved] = useState(false);

  if (!user) return null;

  async function start() {
    if (starting) return;
    setStarting(true);
    setProblem(undefined);
    setRemoved(false);
    try {
      setEnrolment(await startSecondFactor());
    } catch (error) {
      setProblem(problemText(error));
      // Already set up on another device: show that state.
      await refresh();
    } finally {
      setStarting(false);
    }
  }

  // The codes come first, even though the account now counts as set up.
  if (recoveryCodes) {
    return (
      <RecoveryCodes
        codes={recoveryCodes}
        keptLabel={mode === 'setup' ? t('secondFactor.continue') : t('secondFactor.kept')}
        onKept={() => {
          setRecoveryCodes(undefined);
          onFinished?.();
        }}
      />
    );
  }

  if (enrolment) {
    return (
      <EnrolSecondFactor
        enrolment={enrolment}
        onCancel={() => setEnrolment(undefined)}
        onConfirmed={(codes) => {
          setEnrolment(undefined);
          setRecoveryCodes(codes);
          void refresh();
        }}
      />
    );
  }

  if (user.secondFactor) {
    return (
      <>
        <p>
          <span className="badge badge--good">{t('secondFactor.on')}</span>
        </p>
        <p>{t('secondFactor.onText')}</p>
        {mode === 'setup' ? (
          <button type="button" className="button button--primary" onClick={onFinished}>
            {t('secondFactor.continue')}
          </button>
        ) : (
          <RemoveSecondFactorForm onRemoved={() => setRemoved(true)} />
        )}
      </>
    );
  }

  return (
    <>
      {removed ? (
        <Notice tone="success">
          <p>{t('secondFactor.removed')}</p>
        </Notice>
      ) : null}
      {mode === 'security' ? (
        <p>
          <span className="badge badge--neutral">{t('secondFactor.off')}</span>
        </p>
      ) : null}
      <p>{t('secondFactor.offText')}</p>
      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
        </Notice>
      ) : null}
      <button
        type="button"
        className="button button--primary"
        aria-busy={starting || undefined}
        onClick={() => void start()}
      >
        {starting ? t('form.busy') : t('secondFactor.start')}
      </button>
    </>
  );
}
