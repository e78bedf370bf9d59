// Columns the heuristics flag that hold no personal data, each reviewed, with the reason. A user
// reference can never be listed here (the test refuses it): it always points at a person.

export interface NotPersonal {
  table: string;
  column: string;
  reason: string;
}

const organisationLabel = (table: string, example: string): NotPersonal => ({
  table,
  column: 'name',
  reason: `A label in the organisation's own set-up (${example}), named after a function or a thing, not a person.`,
});

const idList = (table: string, column: string, of: string): NotPersonal => ({
  table,
  column,
  reason: `A JSON list of ${of} ids: the organisation's set-up, no person's id.`,
});

const tags = (table: string): NotPersonal => ({
  table,
  column: 'labels',
  reason: 'Short tags to filter by ("Pers", "uitwijklocatie"), chosen from the organisation’s vocabulary.',
});

export const NOT_PERSONAL: readonly NotPersonal[] = [
  {
    table: 'organisations',
    column: 'name',
    reason:
      'The customer organisation’s name. The statement names “organisation” as a kind of personal data: that is a person’s membership, mapped at users.organisation_id.',
  },
  organisationLabel('teams', '"Gemeentelijk Beleidsteam"'),
  organisationLabel('roles', '"Voorzitter", "Notulist"'),
  organisationLabel('team_templates', '"Beleidsteam"'),
  organisationLabel('on_call_rosters', '"Piket Officier van Dienst"'),
  organisationLabel('logbook_classifications', '"Besluit", "Melding"'),
  organisationLabel('logbook_labels', '"Pers", "Slachtoffers"'),
  organisationLabel('situation_templates', '"Beeld-, oordeels- en besluitvorming"'),
  organisationLabel('api_keys', '"Brandmeldcentrale gemeentehuis", the integration that uses the key'),
  {
    table: 'platform_keys',
    column: 'name',
    reason: 'The name of a platform key ("vapid"); the table holds the platform’s own keys, no one’s data.',
  },
  {
    table: 'api_keys',
    column: 'key_hash',
    reason: 'Hash of an organisation’s integration key; who made it is mapped at api_keys.created_by.',
  },
  { table: 'api_keys', column: 'scopes', reason: 'What the key may do ("incidents:write"): fixed codes.' },
  {
    table: 'incident_attachments',
    column: 'content_type',
    reason: 'The file’s MIME type ("image/jpeg"), checked against the content; the content itself is mapped.',
  },
  {
    table: 'alert_recipients',
    column: 'reason',
    reason: 'A fixed code (person, team, role, on_call, deputy, incident), reported with the recipient row.',
  },
  {
    table: 'erasure_schedule',
    column: 'reason',
    reason: 'A fixed code set by Baken ("account_cancelled_by_user"), reported with the erasure row.',
  },
  {
    table: 'situation_templates',
    column: 'sections',
    reason:
      'Section titles and hints of a template ("Beeldvorming"); the filled-in picture is situation_versions.sections.',
  },
  {
    table: 'incidents',
    column: 'situation_sections',
    reason:
      'The template’s section titles and hints, copied at start; what people wrote is in situation_versions.',
  },
  idList('team_templates', 'role_ids', 'role'),
  idList('incident_templates', 'team_ids', 'team'),
  idList('logbook_entries', 'label_ids', 'logbook label'),
  idList('alerts', 'escalated_role_ids', 'role'),
  tags('incidents'),
  tags('incident_templates'),
  tags('locations'),
  {
    table: 'privacy_statement_versions',
    column: 'generated_sections',
    reason:
      'The statement’s generated sections as published, built from the registers in code (purposes, data kinds, cookies, processors); the controller’s contact details are left out and always read from privacy_controller.',
  },
];
