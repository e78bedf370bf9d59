-- A disclosure must say about whom when it is recorded (the recorder checks that), but erasing the
-- person cuts its link to the account and must not be refused for it: the row is then about an
-- erased person.
ALTER TABLE "disclosures" DROP CONSTRAINT "disclosures_about_someone";--> statement-breakpoint
CREATE TABLE "recipient_notices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid,
	"disclosure_id" uuid,
	"change" text NOT NULL,
	"fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"recipient" text NOT NULL,
	"recipient_address" text,
	"reference" text,
	"disclosed_at" timestamp with time zone NOT NULL,
	"language" text NOT NULL,
	"status" text NOT NULL,
	"mail_id" uuid,
	"told_at" timestamp with time zone,
	"told_by" uuid,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recipient_notices_change" CHECK ("recipient_notices"."change" in ('rectification', 'erasure', 'restriction')),
	CONSTRAINT "recipient_notices_status" CHECK ("recipient_notices"."status" in ('pending', 'sent', 'to_tell', 'told'))
);
--> statement-breakpoint
ALTER TABLE "recipient_notices" ADD CONSTRAINT "recipient_notices_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recipient_notices" ADD CONSTRAINT "recipient_notices_disclosure_id_disclosures_id_fk" FOREIGN KEY ("disclosure_id") REFERENCES "public"."disclosures"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recipient_notices" ADD CONSTRAINT "recipient_notices_told_by_users_id_fk" FOREIGN KEY ("told_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "recipient_notices_organisation" ON "recipient_notices" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "recipient_notices_pending" ON "recipient_notices" USING btree ("status");--> statement-breakpoint
-- Notices to recipients (art. 19) are written in the transaction of the change, which for a
-- restriction runs as the tenant: tenants may read and add their organisation's notices and record
-- how one was told, never delete them. The mailing job runs as the connecting user.
REVOKE ALL ON recipient_notices FROM baken_tenant;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON recipient_notices TO baken_tenant;
--> statement-breakpoint
ALTER TABLE recipient_notices ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON recipient_notices TO baken_tenant
  USING (organisation_id = baken_current_organisation())
  WITH CHECK (organisation_id = baken_current_organisation());
