-- Row-level security: the second wall behind the organisation filter in every query. Request code
-- runs its queries in a transaction that sets app.organisation_id and switches to the role
-- baken_tenant (see server/db/tenant-transaction.ts); for that role, tenant tables show and accept
-- only rows of that organisation, even for a query that forgot its filter. Background work that
-- must span organisations (the event hub, jobs, migrations) runs as the connecting user.
DO $$
BEGIN
  CREATE ROLE baken_tenant NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- roles are per server; another database (or a concurrent start) created it already
END
$$;
--> statement-breakpoint
DO $$
BEGIN
  EXECUTE format('GRANT baken_tenant TO %I', current_user);
EXCEPTION WHEN OTHERS THEN
  NULL; -- a superuser may SET ROLE without membership; others are granted above
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO baken_tenant;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO baken_tenant;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO baken_tenant;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO baken_tenant;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO baken_tenant;
--> statement-breakpoint
CREATE FUNCTION baken_current_organisation() RETURNS uuid AS $$
  SELECT nullif(current_setting('app.organisation_id', true), '')::uuid
$$ LANGUAGE sql STABLE;
--> statement-breakpoint
ALTER TABLE organisations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON organisations TO baken_tenant
  USING (id = baken_current_organisation()) WITH CHECK (id = baken_current_organisation());
--> statement-breakpoint
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON users TO baken_tenant
  USING (organisation_id = baken_current_organisation()) WITH CHECK (organisation_id = baken_current_organisation());
--> statement-breakpoint
ALTER TABLE teams ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON teams TO baken_tenant
  USING (organisation_id = baken_current_organisation()) WITH CHECK (organisation_id = baken_current_organisation());
--> statement-breakpoint
ALTER TABLE team_members ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON team_members TO baken_tenant
  USING (organisation_id = baken_current_organisation()) WITH CHECK (organisation_id = baken_current_organisation());
--> statement-breakpoint
ALTER TABLE incident_templates ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON incident_templates TO baken_tenant
  USING (organisation_id = baken_current_organisation()) WITH CHECK (organisation_id = baken_current_organisation());
--> statement-breakpoint
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON sessions TO baken_tenant
  USING (organisation_id = baken_current_organisation()) WITH CHECK (organisation_id = baken_current_organisation());
--> statement-breakpoint
ALTER TABLE events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON events TO baken_tenant
  USING (organisation_id = baken_current_organisation()) WITH CHECK (organisation_id = baken_current_organisation());
--> statement-breakpoint
ALTER TABLE mail_messages ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON mail_messages TO baken_tenant
  USING (organisation_id = baken_current_organisation()) WITH CHECK (organisation_id = baken_current_organisation());
