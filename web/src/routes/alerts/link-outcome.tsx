import { useTranslation } from 'react-i18next';
import { Link } from '../../router/link';
import { useSession } from '../../session/session-context';
import { Notice } from '../../ui/notice';

interface LinkOutcomeProps {
  tone: 'success' | 'info' | 'warning' | 'error';
  title?: string;
  text: string;
  more?: string;
  /** Offer to answer in the app instead: sign in, or go there when already signed in. */
  offerSignIn?: boolean;
  /** Take focus: for a result that replaces the buttons just pressed. */
  focus?: boolean;
}

/** What became of the link (answered, used, expired, cancelled, not valid) and what to do next. */
export function LinkOutcome({
  tone,
  title,
  text,
  more,
  offerSignIn = false,
  focus = false,
}: LinkOutcomeProps) {
  const { t } = useTranslation();
  const { state } = useSession();
  const signedIn = state.status === 'signed-in';
  return (
    <Notice tone={tone} title={title} focus={focus}>
      <p>{text}</p>
      {more ? <p>{more}</p> : null}
      {offerSignIn ? (
        <p>
          {/* Signed in, the alert waits at the top of every page of the app. */}
          <Link to={signedIn ? '/' : '/login'} className="button button--secondary">
            {signedIn ? t('alerts.respond.openApp') : t('alerts.respond.login')}
          </Link>
        </p>
      ) : null}
    </Notice>
  );
}
