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
import { IncidentsPage } from './incidents/incidents-page';
import { IncidentRoomPage } from './incidents/room/incident-room-page';
import { StartIncidentPage } from './incidents/start/start-incident-page';
import { OperatorPage } from './operator/operator-page';
import { LocationsPage } from './preparation/locations-page';
import { LogbookSetupPage } from './preparation/logbook-setup-page';
import { PreparationPage } from './preparation/preparation-page';
import { RolesPage } from './preparation/roles-page';
import { ScenarioPage } from './preparation/scenario-page';
import { ScenariosPage } from './preparation/scenarios-page';
import { SituationTemplatesPage } from './preparation/situation-templates-page';
import { TeamPage } from './preparation/team-page';
import { TeamTemplatesPage } from './preparation/team-templates-page';
import { TeamsPage } from './preparation/teams-page';
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
  { path: '/incidents', Page: IncidentsPage, access: 'signed-in', navigation: 'incidents' },
  { path: '/incidents/new', Page: StartIncidentPage, access: 'signed-in' },
  { path: '/incidents/:id', Page: IncidentRoomPage, access: 'signed-in' },
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
  // Preparation: everyone in the organisation may look, administrators change it (like /users).
  {
    path: '/preparation',
    Page: PreparationPage,
    access: 'signed-in',
    accountMenu: { section: 'admin', label: 'preparation' },
  },
  { path: '/preparation/scenarios', Page: ScenariosPage, access: 'signed-in' },
  { path: '/preparation/scenarios/:id', Page: ScenarioPage, access: 'signed-in' },
  { path: '/preparation/teams', Page: TeamsPage, access: 'signed-in' },
  { path: '/preparation/teams/:id', Page: TeamPage, access: 'signed-in' },
  { path: '/preparation/roles', Page: RolesPage, access: 'signed-in' },
  { path: '/preparation/team-templates', Page: TeamTemplatesPage, access: 'signed-in' },
  { path: '/preparation/locations', Page: LocationsPage, access: 'signed-in' },
  { path: '/preparation/logbook', Page: LogbookSetupPage, access: 'signed-in' },
  { path: '/preparation/situation-templates', Page: SituationTemplatesPage, access: 'signed-in' },
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

/** Whether a route's path (`/incidents/:id`) matches a pathname; a `:name` segment matches one segment. */
function matchesPath(pattern: string, pathname: string): boolean {
  const want = pattern.split('/');
  const have = pathname.split('/');
  return (
    want.length === have.length &&
    want.every((segment, index) =>
      segment.startsWith(':') ? (have[index] ?? '') !== '' : segment === have[index],
    )
  );
}

/** The route for a pathname; exact paths win over paths with parameters (`/incidents/new` over `/incidents/:id`). */
export function findRoute(pathname: string): AppRoute | undefined {
  return (
    ROUTES.find((route) => route.path === pathname) ??
    ROUTES.find((route) => matchesPath(route.path, pathname))
  );
}

/** The value of a `:name` segment of the current route, e.g. `routeParam('/incidents/:id', path, 'id')`. */
export function routeParam(pattern: string, pathname: string, name: string): string | undefined {
  const index = pattern.split('/').indexOf(`:${name}`);
  const value = index < 0 ? undefined : pathname.split('/')[index];
  return value ? decodeURIComponent(value) : undefined;
}
