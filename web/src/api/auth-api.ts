import { apiRequest } from './api-client';
import type { Accepted, LanguageSetting, SignInResult } from './api-types';

export function signIn(credentials: { email: string; password: string }) {
  return apiRequest<SignInResult>('POST', '/api/auth/login', { body: credentials });
}

/** The second step of signing in: a code from the app, or one of the recovery codes. */
export function completeSecondFactor(
  input: { challenge: string; code: string } | { challenge: string; recoveryCode: string },
) {
  return apiRequest<SignInResult>('POST', '/api/auth/login/second-factor', { body: input });
}

export function signOut() {
  return apiRequest<undefined>('POST', '/api/auth/logout');
}

export function signUp(input: {
  organisationName: string;
  name: string;
  email: string;
  password: string;
  language: LanguageSetting;
}) {
  return apiRequest<Accepted>('POST', '/api/auth/signup', { body: input });
}

export function verifyEmail(token: string) {
  return apiRequest<undefined>('POST', '/api/auth/verify-email', { body: { token } });
}

export function requestPasswordReset(email: string) {
  return apiRequest<Accepted>('POST', '/api/auth/password-reset', { body: { email } });
}

export function resetPassword(input: { token: string; password: string }) {
  return apiRequest<undefined>('POST', '/api/auth/password-reset/confirm', { body: input });
}

export function acceptInvitation(input: { token: string; password: string }) {
  return apiRequest<SignInResult>('POST', '/api/auth/accept-invitation', { body: input });
}
