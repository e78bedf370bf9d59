import { randomBytes } from 'node:crypto';
import type { Database, Transaction } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { roleDeputies } from '../../db/schema/alerts.js';
import { incidentTemplates } from '../../db/schema/incident-templates.js';
import { organisations } from '../../db/schema/organisations.js';
import {
  locations,
  logbookClassifications,
  logbookLabels,
  situationTemplates,
} from '../../db/schema/preparation.js';
import { onCallRosters } from '../../db/schema/rosters.js';
import { roles, teamMembers, teams, teamTemplates } from '../../db/schema/teams.js';
import { users } from '../../db/schema/users.js';
import { hashPassword } from '../accounts/passwords.js';
import { OPERATOR_ADMIN, seedOperator } from '../operator/seed-operator.js';
import {
  DEMO_CLASSIFICATIONS,
  DEMO_DEPUTIES,
  DEMO_LOCATIONS,
  DEMO_LOGBOOK_LABELS,
  DEMO_ORGANISATION,
  DEMO_ROLES,
  DEMO_ROSTERS,
  DEMO_SCENARIOS,
  DEMO_SITUATION_TEMPLATES,
  DEMO_TEAM_TEMPLATES,
  DEMO_TEAMS,
  DEMO_USERS,
} from './demo-organisation.js';

export interface DemoLogin {
  organisation: string;
  password: string;
  accounts: { name: string; email: string; role: string }[];
}

/** True when the database holds no organisation yet: the only time demo data is added. */
export async function databaseIsEmpty(db: Database): Promise<boolean> {
  const [first] = await db.select({ id: organisations.id }).from(organisations).limit(1);
  return first === undefined;
}

/**
 * Creates Gemeente Voorbeeld with its people, teams, roles, on-call rosters, deputies, locations,
 * logbook set-up, situation template and scenarios, all in one transaction.
 */
export async function seedDemo(
  db: Database,
  password = randomBytes(9).toString('base64url'),
  options: { onCall?: boolean } = {},
): Promise<DemoLogin> {
  const { onCall = true } = options;
  const passwordHash = await hashPassword(password);
  const organisationId = uuidv7();
  const userIds = new Map(DEMO_USERS.map((user) => [user.key, uuidv7()]));
  const teamIds = new Map(DEMO_TEAMS.map((team) => [team.key, uuidv7()]));
  await db.transaction(async (tx) => {
    await tx.insert(organisations).values({ id: organisationId, ...DEMO_ORGANISATION });
    await tx.insert(users).values(
      DEMO_USERS.map(({ key, ...user }) => ({
        ...user,
        id: userIds.get(key) ?? '',
        organisationId,
        passwordHash,
        emailVerifiedAt: new Date(),
      })),
    );
    await tx.insert(teams).values(
      DEMO_TEAMS.map((team) => ({
        id: teamIds.get(team.key) ?? '',
        organisationId,
        name: team.name,
        description: team.description,
      })),
    );
    const roleIds = new Map(DEMO_ROLES.map((role) => [role.name, uuidv7()]));
    await tx.insert(roles).values(
      DEMO_ROLES.map((role) => ({
        id: roleIds.get(role.name) ?? '',
        organisationId,
        name: role.name,
        description: role.description,
        isDefault: role.isDefault ?? false,
      })),
    );
    await tx.insert(teamMembers).values(
      DEMO_TEAMS.flatMap((team) =>
        team.members.map(([userKey, roleName]) => ({
          organisationId,
          teamId: teamIds.get(team.key) ?? '',
          userId: userIds.get(userKey) ?? '',
          roleId: roleIds.get(roleName) ?? '',
        })),
      ),
    );
    // Tests of rosters and escalation set up their own, so they can say what they expect.
    if (onCall) await seedOnCall(tx, organisationId, roleIds, userIds);
    await tx.insert(teamTemplates).values(
      DEMO_TEAM_TEMPLATES.map((template) => ({
        id: uuidv7(),
        organisationId,
        name: template.name,
        description: template.description,
        roleIds: template.roles.map((name) => roleIds.get(name) ?? ''),
      })),
    );
    await tx
      .insert(logbookClassifications)
      .values(
        DEMO_CLASSIFICATIONS.map((name, position) => ({ id: uuidv7(), organisationId, name, position })),
      );
    await tx
      .insert(logbookLabels)
      .values(DEMO_LOGBOOK_LABELS.map((name) => ({ id: uuidv7(), organisationId, name })));
    const locationIds = new Map(DEMO_LOCATIONS.map((location) => [location.key, uuidv7()]));
    await tx.insert(locations).values(
      DEMO_LOCATIONS.map(({ key, labels, ...location }) => ({
        ...location,
        labels: [...labels],
        id: locationIds.get(key) ?? '',
        organisationId,
      })),
    );
    const situationTemplateIds = new Map(
      DEMO_SITUATION_TEMPLATES.map((template) => [template.key, uuidv7()]),
    );
    await tx.insert(situationTemplates).values(
      DEMO_SITUATION_TEMPLATES.map(({ key, name, sections }) => ({
        id: situationTemplateIds.get(key) ?? '',
        organisationId,
        name,
        sections: sections.map((section) => ({ ...section })),
      })),
    );
    await tx.insert(incidentTemplates).values(
      DEMO_SCENARIOS.map(({ teams: teamKeys, location, situationTemplate, ...scenario }) => ({
        ...scenario,
        id: uuidv7(),
        organisationId,
        teamIds: teamKeys.map((key) => teamIds.get(key) ?? ''),
        locationId: locationIds.get(location) ?? null,
        situationTemplateId: situationTemplateIds.get(situationTemplate) ?? null,
      })),
    );
  });
  // The platform's own staff, so the operator console can be tried too.
  await seedOperator(db, password);
  return {
    organisation: DEMO_ORGANISATION.name,
    password,
    accounts: [
      ...DEMO_USERS.map(({ name, email, role }) => ({ name, email, role })),
      { name: OPERATOR_ADMIN.name, email: OPERATOR_ADMIN.email, role: 'platform_admin' },
    ],
  };
}

/** The demo rosters and deputies, with the ids the seed gave roles and people. */
async function seedOnCall(
  tx: Transaction,
  organisationId: string,
  roleIds: ReadonlyMap<string, string>,
  userIds: ReadonlyMap<string, string>,
): Promise<void> {
  await tx.insert(onCallRosters).values(
    DEMO_ROSTERS.map(({ role, members, ...roster }) => ({
      ...roster,
      id: uuidv7(),
      organisationId,
      roleId: roleIds.get(role) ?? '',
      memberIds: members.map((key) => userIds.get(key) ?? ''),
    })),
  );
  await tx.insert(roleDeputies).values(
    DEMO_DEPUTIES.flatMap(({ role, people }) =>
      people.map((key, position) => ({
        organisationId,
        roleId: roleIds.get(role) ?? '',
        userId: userIds.get(key) ?? '',
        position,
      })),
    ),
  );
}

/** The console box with the demo sign-in details. */
export function formatDemoLogin(login: DemoLogin, url: string): string {
  const lines = [
    `Demo-organisatie / demo organisation: ${login.organisation}`,
    `Open ${url} en log in met / and sign in with:`,
    ...login.accounts.map((account) => `  ${account.email.padEnd(28)} ${account.name} (${account.role})`),
    `Wachtwoord / password (alle accounts / all accounts): ${login.password}`,
  ];
  const width = Math.max(...lines.map((line) => line.length));
  const rule = `+${'-'.repeat(width + 2)}+`;
  return [rule, ...lines.map((line) => `| ${line.padEnd(width)} |`), rule].join('\n');
}
