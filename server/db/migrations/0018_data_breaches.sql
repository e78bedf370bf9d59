CREATE TABLE "data_breach_organisations" (
	"breach_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"notified_at" timestamp with time zone NOT NULL,
	CONSTRAINT "data_breach_organisations_breach_id_organisation_id_pk" PRIMARY KEY("breach_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "data_breaches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"discovered_at" timestamp with time zone NOT NULL,
	"description" text NOT NULL,
	"data_categories" text NOT NULL,
	"people_categories" text NOT NULL,
	"approximate_people" integer,
	"approximate_records" integer,
	"likely_consequences" text DEFAULT '' NOT NULL,
	"measures" text DEFAULT '' NOT NULL,
	"contact_point" text NOT NULL,
	"authority_notified_at" timestamp with time zone,
	"authority_reference" text,
	"authority_delay_reason" text,
	"authority_not_notified_reason" text,
	"subjects_informed_at" timestamp with time zone,
	"subjects_not_informed_reason" text,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_at" timestamp with time zone,
	"deadline_warned_at" timestamp with time zone,
	"overdue_warned_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "data_breaches_one_authority_decision" CHECK ("data_breaches"."authority_notified_at" is null or "data_breaches"."authority_not_notified_reason" is null),
	CONSTRAINT "data_breaches_notified_with_reference" CHECK (("data_breaches"."authority_notified_at" is null) = ("data_breaches"."authority_reference" is null)),
	CONSTRAINT "data_breaches_one_subjects_decision" CHECK ("data_breaches"."subjects_informed_at" is null or "data_breaches"."subjects_not_informed_reason" is null),
	CONSTRAINT "data_breaches_closed_with_decisions" CHECK ("data_breaches"."status" = 'open' or ("data_breaches"."closed_at" is not null
        and ("data_breaches"."authority_notified_at" is not null or "data_breaches"."authority_not_notified_reason" is not null)
        and ("data_breaches"."subjects_informed_at" is not null or "data_breaches"."subjects_not_informed_reason" is not null)))
);
--> statement-breakpoint
ALTER TABLE "data_breach_organisations" ADD CONSTRAINT "data_breach_organisations_breach_id_data_breaches_id_fk" FOREIGN KEY ("breach_id") REFERENCES "public"."data_breaches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_breach_organisations" ADD CONSTRAINT "data_breach_organisations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_breaches" ADD CONSTRAINT "data_breaches_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "data_breach_organisations_organisation" ON "data_breach_organisations" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "data_breaches_discovered" ON "data_breaches" USING btree ("discovered_at");--> statement-breakpoint
-- The breach register is the operator's (art. 33(5)): written as the connecting user only, after
-- the policies in code allowed it. An affected organisation's admins read the breaches that concern
-- it under row-level security, so a query that forgets its filter still shows no other breach.
REVOKE ALL ON data_breach_organisations FROM baken_tenant;
--> statement-breakpoint
GRANT SELECT ON data_breach_organisations TO baken_tenant;
--> statement-breakpoint
ALTER TABLE data_breach_organisations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON data_breach_organisations TO baken_tenant
  USING (organisation_id = baken_current_organisation());
--> statement-breakpoint
REVOKE ALL ON data_breaches FROM baken_tenant;
--> statement-breakpoint
GRANT SELECT ON data_breaches TO baken_tenant;
--> statement-breakpoint
ALTER TABLE data_breaches ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON data_breaches TO baken_tenant
  USING (EXISTS (
    SELECT 1 FROM data_breach_organisations affected
    WHERE affected.breach_id = data_breaches.id
      AND affected.organisation_id = baken_current_organisation()
  ));
