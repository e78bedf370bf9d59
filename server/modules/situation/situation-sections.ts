import type { SituationSection } from '../../db/schema/preparation.js';
import { DEFAULT_SITUATION_SECTIONS } from '../incidents/default-situation-sections.js';
import type { IncidentRow } from '../incidents/incident-access.js';

/** The sections of the incident's picture: copied at start; an incident without them gets BOB. */
export const sectionsOf = (incident: IncidentRow): SituationSection[] =>
  incident.situationSections.length > 0 ? incident.situationSections : DEFAULT_SITUATION_SECTIONS;
