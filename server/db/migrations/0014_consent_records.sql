CREATE TABLE "consent_records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consent_id" uuid NOT NULL,
	"user_id" uuid,
	"statement_version" integer NOT NULL,
	"functional" boolean DEFAULT true NOT NULL,
	"analytics" boolean NOT NULL,
	"third_party" boolean NOT NULL,
	"method" text NOT NULL,
	"replaces_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consent_records_functional_always" CHECK ("consent_records"."functional")
);
--> statement-breakpoint
ALTER TABLE "consent_records" ADD CONSTRAINT "consent_records_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_records" ADD CONSTRAINT "consent_records_statement_version_privacy_statement_versions_version_fk" FOREIGN KEY ("statement_version") REFERENCES "public"."privacy_statement_versions"("version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_records" ADD CONSTRAINT "consent_records_replaces_id_consent_records_id_fk" FOREIGN KEY ("replaces_id") REFERENCES "public"."consent_records"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consent_records_consent_id_idx" ON "consent_records" USING btree ("consent_id","created_at");--> statement-breakpoint
CREATE INDEX "consent_records_user_id_idx" ON "consent_records" USING btree ("user_id");--> statement-breakpoint
-- A consent record is proof of a choice and is never rewritten: a change or a withdrawal is a new
-- record. Only links may go: to an erased account (user_id) and to an older record removed at the
-- end of its retention (replaces_id); the foreign keys set those to null. Whole records may be
-- deleted (retention, erasure), never edited.
CREATE FUNCTION baken_refuse_consent_change() RETURNS trigger AS $$
BEGIN
  IF (NEW.id, NEW.consent_id, NEW.statement_version, NEW.functional, NEW.analytics,
      NEW.third_party, NEW.method, NEW.created_at)
    IS NOT DISTINCT FROM
     (OLD.id, OLD.consent_id, OLD.statement_version, OLD.functional, OLD.analytics,
      OLD.third_party, OLD.method, OLD.created_at)
    AND (NEW.user_id IS NULL OR NEW.user_id IS NOT DISTINCT FROM OLD.user_id)
    AND (NEW.replaces_id IS NULL OR NEW.replaces_id IS NOT DISTINCT FROM OLD.replaces_id)
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'a consent record cannot be changed; record a new choice instead';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER consent_records_unchangeable BEFORE UPDATE ON consent_records
  FOR EACH ROW EXECUTE FUNCTION baken_refuse_consent_change();
--> statement-breakpoint
-- Platform-wide, not tenant data: a visitor chooses before signing in, so consent is recorded and
-- read as the connecting user. Requests running as the tenant role never touch it.
REVOKE ALL ON consent_records FROM baken_tenant;
