-- Row-level security for the incident room and its preparation (see 0002_tenant_row_security.sql).
ALTER TABLE roles ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON roles TO baken_tenant
  USING (organisation_id = baken_current_organisation()) WITH CHECK (organisation_id = baken_current_organisation());
--> statement-breakpoint
ALTER TABLE team_templates ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON team_templates TO baken_tenant
  USING (organisation_id = baken_current_organisation()) WITH CHECK (organisation_id = baken_current_organisation());
--> statement-breakpoint
ALTER TABLE locations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON locations TO baken_tenant
  USING (organisation_id = baken_current_organisation()) WITH CHECK (organisation_id = baken_current_organisation());
--> statement-breakpoint
ALTER TABLE logbook_classifications ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON logbook_classifications TO baken_tenant
  USING (organisation_id = baken_current_organisation()) WITH CHECK (organisation_id = baken_current_organisation());
--> statement-breakpoint
ALTER TABLE logbook_labels ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON logbook_labels TO baken_tenant
  USING (organisation_id = baken_current_organisation()) WITH CHECK (organisation_id = baken_current_organisation());
--> statement-breakpoint
ALTER TABLE situation_templates ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON situation_templates TO baken_tenant
  USING (organisation_id = baken_current_organisation()) WITH CHECK (organisation_id = baken_current_organisation());
--> statement-breakpoint
ALTER TABLE incidents ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON incidents TO baken_tenant
  USING (organisation_id = baken_current_organisation()) WITH CHECK (organisation_id = baken_current_organisation());
--> statement-breakpoint
ALTER TABLE incident_participants ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON incident_participants TO baken_tenant
  USING (organisation_id = baken_current_organisation()) WITH CHECK (organisation_id = baken_current_organisation());
--> statement-breakpoint
ALTER TABLE incident_attachments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON incident_attachments TO baken_tenant
  USING (organisation_id = baken_current_organisation()) WITH CHECK (organisation_id = baken_current_organisation());
--> statement-breakpoint
ALTER TABLE logbook_entries ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON logbook_entries TO baken_tenant
  USING (organisation_id = baken_current_organisation()) WITH CHECK (organisation_id = baken_current_organisation());
--> statement-breakpoint
ALTER TABLE incident_tasks ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON incident_tasks TO baken_tenant
  USING (organisation_id = baken_current_organisation()) WITH CHECK (organisation_id = baken_current_organisation());
--> statement-breakpoint
ALTER TABLE situation_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON situation_versions TO baken_tenant
  USING (organisation_id = baken_current_organisation()) WITH CHECK (organisation_id = baken_current_organisation());
--> statement-breakpoint
ALTER TABLE incident_locations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON incident_locations TO baken_tenant
  USING (organisation_id = baken_current_organisation()) WITH CHECK (organisation_id = baken_current_organisation());
--> statement-breakpoint
ALTER TABLE chat_messages ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON chat_messages TO baken_tenant
  USING (organisation_id = baken_current_organisation()) WITH CHECK (organisation_id = baken_current_organisation());
--> statement-breakpoint
-- Logbook revisions are history: nobody changes or removes one (an incident's deletion cascades as the owner).
REVOKE UPDATE, DELETE ON logbook_entries FROM baken_tenant;
