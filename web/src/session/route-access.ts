import { safeNextPath } from '../router/router';
import type { SessionState } from './session-context';

/**
 * Who may open a page:
 * - `public`: everyone;
 * - `guest`: pages for signing in, which a signed-in user skips;
 * - `signed-in`: signed-in users; `admin`: organisation administrators;
 * - `operator`: the platform's own staff (the server decides who; see `operatorStaff`).
 */
export type Access = 'public' | 'guest' | 'signed-in' | 'admin' | 'operator';

export const SECOND_FACTOR_SETUP_PATH = '/second-factor-setup';
export const LOGIN_PATH = '/login';

export type AccessDecision =
  | { kind: 'show' }
  | { kind: 'wait' }
  | { kind: 'unreachable' }
  | { kind: 'forbidden' }
  | { kind: 'staff-only' }
  | { kind: 'redirect'; to: string };

/** The login page, set to come back to `location` afterwards. */
export function loginPathFor(location: string): string {
  return location === '/' ? LOGIN_PATH : `${LOGIN_PATH}?${new URLSearchParams({ next: location })}`;
}

/**
 * What to do with a page, given the session. A user whose organisation demands a second factor
 * sees only its set-up until it is done; the server refuses everything else anyway.
 */
export function decideAccess(
  access: Access,
  session: SessionState,
  location: { pathname: string; current: string; next: string | undefined },
  operatorStaff: boolean | undefined = false,
): AccessDecision {
  if (session.status === 'signed-in') {
    const { user } = session;
    if (user.secondFactorSetupRequired && location.pathname !== SECOND_FACTOR_SETUP_PATH) {
      return { kind: 'redirect', to: SECOND_FACTOR_SETUP_PATH };
    }
    if (access === 'guest') return { kind: 'redirect', to: safeNextPath(location.next) ?? '/' };
    if (access === 'admin' && user.role !== 'admin') return { kind: 'forbidden' };
    if (access === 'operator' && operatorStaff === undefined) return { kind: 'wait' };
    if (access === 'operator' && !operatorStaff) return { kind: 'staff-only' };
    return { kind: 'show' };
  }
  if (access === 'public' || access === 'guest') return { kind: 'show' };
  if (session.status === 'loading') return { kind: 'wait' };
  if (session.status === 'unreachable') return { kind: 'unreachable' };
  // Signing out on purpose leads to a plain login page, not back to where the user was.
  const to = session.reason === 'user' ? LOGIN_PATH : loginPathFor(location.current);
  return { kind: 'redirect', to };
}
