CREATE TABLE "privacy_controller" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"controller_name" text DEFAULT '' NOT NULL,
	"postal_address" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"chamber_of_commerce_number" text DEFAULT '' NOT NULL,
	"privacy_officer_contact" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "privacy_controller_single_row" CHECK ("privacy_controller"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "privacy_statement_versions" (
	"version" integer PRIMARY KEY NOT NULL,
	"introduction_nl" text NOT NULL,
	"introduction_en" text NOT NULL,
	"closing_nl" text NOT NULL,
	"closing_en" text NOT NULL,
	"change_summary_nl" text NOT NULL,
	"change_summary_en" text NOT NULL,
	"generated_sections" jsonb NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid,
	CONSTRAINT "privacy_statement_versions_positive" CHECK ("privacy_statement_versions"."version" > 0)
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "privacy_statement_seen_version" integer;--> statement-breakpoint
ALTER TABLE "privacy_controller" ADD CONSTRAINT "privacy_controller_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "privacy_statement_versions" ADD CONSTRAINT "privacy_statement_versions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- A published statement version is never rewritten: a change is a new version. Only the link to
-- its publisher may go (their account erased, the foreign key sets it to null).
CREATE FUNCTION baken_refuse_statement_change() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.published_by IS NULL
    AND (NEW.version, NEW.introduction_nl, NEW.introduction_en, NEW.closing_nl, NEW.closing_en,
         NEW.change_summary_nl, NEW.change_summary_en, NEW.generated_sections::text, NEW.published_at)
    IS NOT DISTINCT FROM
        (OLD.version, OLD.introduction_nl, OLD.introduction_en, OLD.closing_nl, OLD.closing_en,
         OLD.change_summary_nl, OLD.change_summary_en, OLD.generated_sections::text, OLD.published_at)
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'a published privacy statement version cannot be changed';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER privacy_statement_versions_unchangeable BEFORE UPDATE OR DELETE ON privacy_statement_versions
  FOR EACH ROW EXECUTE FUNCTION baken_refuse_statement_change();
--> statement-breakpoint
-- Platform-wide, not tenant data: requests in a tenant may read the statement and the controller's
-- details (they are public) but never write them; operator staff publish as the connecting user.
REVOKE ALL ON privacy_statement_versions FROM baken_tenant;
--> statement-breakpoint
GRANT SELECT ON privacy_statement_versions TO baken_tenant;
--> statement-breakpoint
REVOKE ALL ON privacy_controller FROM baken_tenant;
--> statement-breakpoint
GRANT SELECT ON privacy_controller TO baken_tenant;
