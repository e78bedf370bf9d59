import { type ComponentType, lazy } from 'react';
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
import { OperatorPrivacyPage } from './privacy/operator-privacy-page';
import { PrivacyPage } from './privacy/privacy-page';
import { StatusPage } from './status-page';

/**
 * A page fetched when it is first opened (the app shell shows "loading" meanwhile): the incident
 * room and the preparation pages are most of the code, and the sign-in page at 04:00 should not
 * wait for them. The service worker keeps them for offline use all the same.
 */
function later<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

// Staff only: kept out of everyone else's first download.
const PromisesPage = later(() => import('./operator/promises-page'), 'PromisesPage');
const SiteChatInboxPage = later(() => import('./operator/site-chat-inbox-page'), 'SiteChatInboxPage');
const OperatorStatisticsPage = later(
  () => import('./statistics/operator-statistics-page'),
  'OperatorStatisticsPage',
);
const StatisticsPage = later(() => import('./statistics/statistics-page'), 'StatisticsPage');

const IncidentsPage = later(() => import('./incidents/incidents-page'), 'IncidentsPage');
const IncidentRoomPage = later(() => import('./incidents/room/incident-room-page'), 'IncidentRoomPage');
const AlertsPage = later(() => import('./alerts-page/alerts-page'), 'AlertsPage');
const StartIncidentPage = later(() => import('./incidents/start/start-incident-page'), 'StartIncidentPage');
const LocationsPage = later(() => import('./preparation/locations-page'), 'LocationsPage');
const LogbookSetupPage = later(() => import('./preparation/logbook-setup-page'), 'LogbookSetupPage');
const PreparationPage = later(() => import('./preparation/preparation-page'), 'PreparationPage');
const RolesPage = later(() => import('./preparation/roles-page'), 'RolesPage');
const ScenarioPage = later(() => import('./preparation/scenario-page'), 'ScenarioPage');
const ScenariosPage = later(() => import('./preparation/scenarios-page'), 'ScenariosPage');
const SituationTemplatesPage = later(
  () => import('./preparation/situation-templates-page'),
  'SituationTemplatesPage',
);
const TeamPage = later(() => import('./preparation/team-page'), 'TeamPage');
const TeamTemplatesPage = later(() => import('./preparation/team-templates-page'), 'TeamTemplatesPage');
const TeamsPage = later(() => import('./preparation/teams-page'), 'TeamsPage');
const RespondPage = later(() => import('./alerts/respond-page'), 'RespondPage');
const RostersPage = later(() => import('./rosters/rosters-page'), 'RostersPage');
const MyDataPage = later(() => import('./my-data/my-data-page'), 'MyDataPage');
const OwnRequestPage = later(() => import('./privacy-requests/own-request-page'), 'OwnRequestPage');
const PublicRequestPage = later(() => import('./privacy-requests/public-request-page'), 'PublicRequestPage');
const ConfirmRequestPage = later(
  () => import('./privacy-requests/confirm-request-page'),
  'ConfirmRequestPage',
);
const IdCopyPage = later(() => import('./privacy-requests/id-copy-page'), 'IdCopyPage');
const RequestQueuePage = later(() => import('./privacy-requests/request-queue-page'), 'RequestQueuePage');
const WithdrawRequestPage = later(() => import('./privacy-requests/withdraw-request'), 'WithdrawRequestPage');
const DataTransferPage = later(() => import('./disclosures/data-transfer-page'), 'DataTransferPage');
const OrganisationLegalHoldsPage = later(
  () => import('./legal-holds/legal-holds-page'),
  'OrganisationLegalHoldsPage',
);
const OperatorLegalHoldsPage = later(
  () => import('./legal-holds/legal-holds-page'),
  'OperatorLegalHoldsPage',
);
const ProcessingRecordsPage = later(
  () => import('./processing-records/processing-records-page'),
  'ProcessingRecordsPage',
);
const OperatorDisclosuresPage = later(
  () => import('./disclosures/operator-disclosures-page'),
  'OperatorDisclosuresPage',
);
const OrganisationDisclosuresPage = later(
  () => import('./disclosures/organisation-disclosures-page'),
  'OrganisationDisclosuresPage',
);
const OperatorBreachesPage = later(() => import('./breaches/operator-breaches-page'), 'OperatorBreachesPage');
const OperatorBreachPage = later(() => import('./breaches/operator-breach-page'), 'OperatorBreachPage');
const OrganisationBreachesPage = later(
  () => import('./breaches/organisation-breaches-page'),
  'OrganisationBreachesPage',
);

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
  // Every alert of the organisation, and alerting without an incident: admins (members see their own
  // alerts on the home page, and an incident's in its room).
  { path: '/alerts', Page: AlertsPage, access: 'admin', navigation: 'alerts' },
  { path: '/status', Page: StatusPage, access: 'public', navigation: 'status' },
  // The privacy statement: everyone may read it, signed in or not (P16).
  { path: '/privacy', Page: PrivacyPage, access: 'public' },
  // Data-subject requests without an account (P17, P18): the form, and the links from its e-mails.
  { path: '/privacy/request', Page: PublicRequestPage, access: 'public' },
  { path: '/privacy/request/confirm', Page: ConfirmRequestPage, access: 'public' },
  { path: '/privacy/request/id-copy', Page: IdCopyPage, access: 'public' },
  { path: '/privacy/request/withdraw', Page: WithdrawRequestPage, access: 'public' },
  // The recipient of a transfer a person asked for (P17): the link from the e-mail, token after #.
  { path: '/data-transfer', Page: DataTransferPage, access: 'public' },
  // The response link of an alert (token after #, never sent to a server): answers without signing in.
  { path: '/respond', Page: RespondPage, access: 'public' },
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
  {
    path: '/my-data',
    Page: MyDataPage,
    access: 'signed-in',
    accountMenu: { section: 'account', label: 'myData' },
  },
  { path: '/privacy-requests', Page: OwnRequestPage, access: 'signed-in' },
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
    path: '/rosters',
    Page: RostersPage,
    access: 'signed-in',
    accountMenu: { section: 'admin', label: 'rosters' },
  },
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
    path: '/admin/statistics',
    Page: StatisticsPage,
    access: 'admin',
    accountMenu: { section: 'admin', label: 'statistics' },
  },
  {
    path: '/admin/privacy-requests',
    Page: RequestQueuePage,
    access: 'admin',
    accountMenu: { section: 'admin', label: 'privacyRequests' },
  },
  {
    path: '/admin/disclosures',
    Page: OrganisationDisclosuresPage,
    access: 'admin',
    accountMenu: { section: 'admin', label: 'disclosures' },
  },
  {
    path: '/admin/legal-holds',
    Page: OrganisationLegalHoldsPage,
    access: 'admin',
    accountMenu: { section: 'admin', label: 'legalHolds' },
  },
  // Breaches at the operator that concern the organisation (art. 33(2)): read-only for its admins.
  {
    path: '/admin/breaches',
    Page: OrganisationBreachesPage,
    access: 'admin',
    accountMenu: { section: 'admin', label: 'breaches' },
  },
  {
    path: '/operator',
    Page: OperatorPage,
    access: 'operator',
    accountMenu: { section: 'platform', label: 'operator' },
  },
  {
    path: '/operator/privacy',
    Page: OperatorPrivacyPage,
    access: 'operator',
    accountMenu: { section: 'platform', label: 'privacyStatement' },
  },
  {
    path: '/operator/statistics',
    Page: OperatorStatisticsPage,
    access: 'operator',
    accountMenu: { section: 'platform', label: 'platformStatistics' },
  },
  {
    path: '/operator/promises',
    Page: PromisesPage,
    access: 'operator',
    accountMenu: { section: 'platform', label: 'promises' },
  },
  {
    path: '/operator/site-chat',
    Page: SiteChatInboxPage,
    access: 'operator',
    accountMenu: { section: 'platform', label: 'siteChat' },
  },
  {
    path: '/operator/privacy-requests',
    Page: RequestQueuePage,
    access: 'operator',
    accountMenu: { section: 'platform', label: 'privacyRequests' },
  },
  {
    path: '/operator/disclosures',
    Page: OperatorDisclosuresPage,
    access: 'operator',
    accountMenu: { section: 'platform', label: 'disclosures' },
  },
  {
    path: '/operator/legal-holds',
    Page: OperatorLegalHoldsPage,
    access: 'operator',
    accountMenu: { section: 'platform', label: 'legalHolds' },
  },
  // The breach register with its 72-hour clock (art. 33): the operator's privacy staff.
  {
    path: '/operator/breaches',
    Page: OperatorBreachesPage,
    access: 'operator',
    accountMenu: { section: 'platform', label: 'breaches' },
  },
  { path: '/operator/breaches/:id', Page: OperatorBreachPage, access: 'operator' },
  {
    path: '/operator/processing-records',
    Page: ProcessingRecordsPage,
    access: 'operator',
    accountMenu: { section: 'platform', label: 'processingRecords' },
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
