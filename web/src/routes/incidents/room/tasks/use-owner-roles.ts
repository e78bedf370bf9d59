import { useEffect, useMemo, useState } from 'react';
import type { Participant } from '../../../../api/incidents-api';
import { listRoles } from '../../../../api/preparation-api';

export interface OwnerRole {
  id: string;
  name: string;
}

/**
 * The roles a task can be given to: the organisation's roles, and the roles people hold in this
 * incident (which may have been renamed or removed since), sorted by name.
 */
export function useOwnerRoles(participants: Participant[]): OwnerRole[] {
  const [organisationRoles, setOrganisationRoles] = useState<OwnerRole[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    listRoles(controller.signal)
      .then((roles) => setOrganisationRoles(roles.map((role) => ({ id: role.id, name: role.name }))))
      // Without the list the roles of the people in the incident are still there to choose.
      .catch(() => undefined);
    return () => controller.abort();
  }, []);
  return useMemo(() => {
    const byId = new Map<string, OwnerRole>();
    for (const person of participants) {
      if (person.roleId && person.roleName)
        byId.set(person.roleId, { id: person.roleId, name: person.roleName });
    }
    for (const role of organisationRoles) byId.set(role.id, role);
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
  }, [participants, organisationRoles]);
}
