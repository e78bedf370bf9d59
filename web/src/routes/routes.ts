import type { ComponentType } from 'react';
import type { Messages } from '../i18n/nl';
import type { Access } from '../session/route-access';
import { ProfilePage } from './account/profile-page';
import { SecondFactorSetupPage } from './account/second-factor-setup-page';
import { SecurityPage } from './account/security-page';
import { ApiKeysPage } from './admin/api-keys-page';
import { AuditLogPage } from './admin/audit-log-page';
import { OrganisationPage } from './admin/organisation-page';
import { UsersPage } from './admin/users-page';
import { AcceptInvitationPage } from './auth/accept-invitation-page';
import { ForgotPasswordPage } from './auth/forgot-password-page';
import { LoginPage } from './auth/login-page';
import { ResetPasswordPage } from './auth/reset-password-page';
import { SignUpPage } from './auth/sign-up-page';
import { VerifyEmailPage } from './auth/verify-email-page';
import { HomePage } from './home-page';
import { OperatorPage } from './operator/operator-page';
import { StatusPage } from './status-page';

export type AccountMenuLabel = keyof Messages['accountMenu']['items'];

export interface AppRoute {
  path: string;
  Page: ComponentType;
  access: Access;
  /** The label under `navigation` in the interface text; routes without one stay out of the main menu. */
  navigation?: Exclude<keyof Messages['navigation'], 'label'>;
  /**
   * Where the page sits in the account menu: with the user's own settings, or under "Beheer"
   * (shown to members too when the page is open to them, under the organisation's name).
   */
  accountMenu?: { section: 'account' | 'admin' | 'platform'; label: AccountMenuLabel };
}

/**
 * The pages of the app, in menu order. A module (incidents, alerting, communication, exercises,
 * plans, administration) gets its menu entry here when its pages exist.
 */
export const ROUTES: readonly AppRoute[] = [
  { path: '/', Page: HomePage, access: 'public', navigation: 'home' },
  { path: '/status', Page: StatusPage, access: 'public', navigation: 'status' },
  { path: '/login', Page: LoginPage, access: 'guest' },
  { path: '/signup', Page: SignUpPage, access: 'guest' },
  { path: '/verify-email', Page: VerifyEmailPage, access: 'public' },
  { path: '/forgot-password', Page: ForgotPasswordPage, access: 'public' },
  { path: '/reset-password', Page: ResetPasswordPage, access: 'public' },
  { path: '/accept-invitation', Page: AcceptInvitationPage, access: 'public' },
  {
    path: '/profile',
    Page: ProfilePage,
    access: 'signed-in',
    accountMenu: { section: 'account', label: 'profile' },
  },
  {
    path: '/security',
    Page: SecurityPage,
    access: 'signed-in',
    accountMenu: { section: 'account', label: 'security' },
  },
  { path: '/second-factor-setup', Page: SecondFactorSetupPage, access: 'signed-in' },
  { path: '/users', Page: UsersPage, access: 'signed-in', accountMenu: { section: 'admin', label: 'users' } },
  {
    path: '/organisation',
    Page: OrganisationPage,
    access: 'admin',
    accountMenu: { section: 'admin', label: 'organisation' },
  },
  {
    path: '/api-keys',
    Page: ApiKeysPage,
    access: 'admin',
    accountMenu: { section: 'admin', label: 'apiKeys' },
  },
  {
    path: '/audit-log',
    Page: AuditLogPage,
    access: 'admin',
    accountMenu: { section: 'admin', label: 'auditLog' },
  },
  {
    path: '/operator',
    Page: OperatorPage,
    access: 'operator',
    accountMenu: { section: 'platform', label: 'operator' },
  },
];

export function findRoute(pathname: string): AppRoute | undefined {
  return ROUTES.find((route) => route.path === pathname);
}
