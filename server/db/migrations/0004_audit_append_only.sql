-- The audit log is append-only for everyone, owner included: a trigger refuses changes.
CREATE FUNCTION baken_refuse_audit_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION baken_refuse_audit_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION baken_refuse_audit_change();
--> statement-breakpoint
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Tenants read and add their own entries; there is no UPDATE or DELETE policy at all.
CREATE POLICY tenant_read ON audit_log FOR SELECT TO baken_tenant USING (organisation_id = baken_current_organisation());
--> statement-breakpoint
CREATE POLICY tenant_append ON audit_log FOR INSERT TO baken_tenant WITH CHECK (organisation_id = baken_current_organisation());
--> statement-breakpoint
GRANT SELECT, INSERT ON audit_log TO baken_tenant;
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM baken_tenant;
