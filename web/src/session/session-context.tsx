import i18next from 'i18next';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, onApiError } from '../api/api-client';
import type { Me, SignInResult } from '../api/api-types';
import * as authApi from '../api/auth-api';
import { fetchMe } from '../api/me-api';
import { chooseLanguage } from '../i18n/i18n';
import { mayBeSignedIn, onSessionHintChange, rememberSignedIn } from './session-hint';

/**
 * - `loading`: asking /api/me for the first time.
 * - `signed-out`: `reason` says why, so the login page can explain: the user chose to (`user`),
 *   the server ended the session (`ended`: signed out elsewhere, expired, deactivated), or we never
 *   had one (`none`).
 * - `unreachable`: the server could not be asked (offline); public pages still work.
 */
export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; reason: 'none' | 'user' | 'ended' }
  | { status: 'unreachable' }
  | { status: 'signed-in'; user: Me };

interface SessionValue {
  state: SessionState;
  /** The signed-in user, for components that only render when there is one. */
  user: Me | undefined;
  /** First step of signing in; resolves with what the server said, and remembers a signed-in user. */
  signIn(credentials: { email: string; password: string }): Promise<SignInResult>;
  completeSecondFactor(
    input: { challenge: string; code: string } | { challenge: string; recoveryCode: string },
  ): Promise<Me>;
  /** Takes a user the server signed in elsewhere (accepting an invitation). */
  signedIn(user: Me): void;
  signOut(): Promise<void>;
  /** Asks /api/me again, e.g. after the second factor was set up. */
  refresh(): Promise<void>;
  /** Replaces the user after a change the server answered with (PATCH /api/me). */
  setUser(user: Me): void;
  /**
   * Whether the signed-in user is platform staff (operator console): `undefined` while we ask.
   * GET /api/me does not say, so one probe after sign-in finds out; a 403 means "not staff".
   */
  operatorStaff: boolean | undefined;
}

const SessionContext = createContext<SessionValue | undefined>(undefined);

// The account's language wins over this device's, so every device speaks the same language.
function adoptLanguage(user: Me): void {
  if (i18next.resolvedLanguage !== user.language) chooseLanguage(user.language);
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>(() =>
    mayBeSignedIn() ? { status: 'loading' } : { status: 'signed-out', reason: 'none' },
  );

  const setUser = useCallback((user: Me) => {
    adoptLanguage(user);
    rememberSignedIn(true);
    setState({ status: 'signed-in', user });
  }, []);

  const signedOut = useCallback((reason: 'none' | 'user' | 'ended') => {
    rememberSignedIn(false);
    setState((current) => {
      if (reason === 'user') return { status: 'signed-out', reason };
      // Several requests may fail at once; the first one to notice has said why.
      if (current.status === 'signed-out') return current;
      // Only a user who was (or, loading, believed to be) signed in here can lose a session.
      const lost = current.status === 'signed-in' || current.status === 'loading';
      return { status: 'signed-out', reason: reason === 'ended' && lost ? 'ended' : 'none' };
    });
  }, []);

  const refresh = useCallback(async () => {
    try {
      setUser(await fetchMe());
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        signedOut('ended');
      } else {
        setState((current) => (current.status === 'loading' ? { status: 'unreachable' } : current));
      }
    }
  }, [setUser, signedOut]);

  useEffect(() => {
    if (mayBeSignedIn()) void refresh();
    // Back online after starting without a connection: find out now.
    const onOnline = () => {
      if (mayBeSignedIn()) void refresh();
    };
    window.addEventListener('online', onOnline);
    // Another tab signed in or out: follow it (asking the server is the way to know which).
    const stopFollowing = onSessionHintChange(() => void refresh());
    return () => {
      window.removeEventListener('online', onOnline);
      stopFollowing();
    };
  }, [refresh]);

  // Any request can learn that the session is gone (ended on another device) or held at set-up.
  useEffect(
    () =>
      onApiError((error) => {
        if (error.code === 'unauthenticated') {
          signedOut('ended');
        } else if (error.code === 'second_factor_required' && error.status === 403) {
          void refresh();
        }
      }),
    [refresh, signedOut],
  );

  const signedInUserId = state.status === 'signed-in' ? state.user.id : undefined;
  // GET /api/me says whether someone is platform staff, so no probe is needed.
  const staff = state.status === 'signed-in' ? state.user.operatorRole != null : undefined;

  const value = useMemo<SessionValue>(
    () => ({
      state,
      user: state.status === 'signed-in' ? state.user : undefined,
      async signIn(credentials) {
        const result = await authApi.signIn(credentials);
        if (result.status === 'signed_in') setUser(result.user);
        return result;
      },
      async completeSecondFactor(input) {
        const result = await authApi.completeSecondFactor(input);
        if (result.status !== 'signed_in') throw new Error('The server asked for another second factor');
        setUser(result.user);
        return result.user;
      },
      signedIn: setUser,
      async signOut() {
        try {
          await authApi.signOut();
        } catch {
          // Already signed out on the server (or offline): forgetting the user here is what matters.
        }
        signedOut('user');
      },
      refresh,
      setUser,
      operatorStaff: signedInUserId ? staff : false,
    }),
    [state, refresh, setUser, signedOut, signedInUserId, staff],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider above it');
  return session;
}
