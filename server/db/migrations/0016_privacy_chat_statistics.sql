CREATE TABLE "disclosures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"organisation_id" uuid,
	"subject_user_id" uuid,
	"subject_description" text,
	"recipient" text NOT NULL,
	"recipient_address" text,
	"data_description" text NOT NULL,
	"legal_basis" text NOT NULL,
	"reference" text,
	"disclosed_at" timestamp with time zone NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disclosures_about_someone" CHECK ("disclosures"."subject_user_id" is not null or "disclosures"."subject_description" is not null)
);
--> statement-breakpoint
CREATE TABLE "portability_transfers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"recipient_name" text NOT NULL,
	"recipient_email" text NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"disclosure_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "portability_transfers_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "legal_holds" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid,
	"incident_id" uuid,
	"ground" text NOT NULL,
	"reason" text NOT NULL,
	"until" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lifted_at" timestamp with time zone,
	"lifted_by" uuid,
	CONSTRAINT "legal_holds_on_something" CHECK ("legal_holds"."user_id" is not null or "legal_holds"."incident_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "site_chat_conversations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"language" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"waiting_since" timestamp with time zone,
	"contact_request" jsonb,
	"contact_answered_at" timestamp with time zone,
	"contact_name" text,
	"contact_email" text,
	"contact_company" text,
	"answered_at" timestamp with time zone,
	"satisfied" boolean,
	"resolved_at" timestamp with time zone,
	"purge_after" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "site_chat_conversations_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "site_chat_conversations_version_positive" CHECK ("site_chat_conversations"."version" > 0)
);
--> statement-breakpoint
CREATE TABLE "site_chat_messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"conversation_id" uuid NOT NULL,
	"author" text NOT NULL,
	"staff_user_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "usage_facts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "usage_facts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"record_id" uuid,
	"is_exercise" boolean DEFAULT false NOT NULL,
	"response_seconds" integer,
	"source_event_id" bigint NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	CONSTRAINT "usage_facts_once" UNIQUE("source_event_id","user_id","kind")
);
--> statement-breakpoint
CREATE TABLE "usage_objections" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"objected_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "usage_projection_cursor" (
	"projection" text PRIMARY KEY NOT NULL,
	"last_event_id" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_subject_user_id_users_id_fk" FOREIGN KEY ("subject_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portability_transfers" ADD CONSTRAINT "portability_transfers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portability_transfers" ADD CONSTRAINT "portability_transfers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portability_transfers" ADD CONSTRAINT "portability_transfers_disclosure_id_disclosures_id_fk" FOREIGN KEY ("disclosure_id") REFERENCES "public"."disclosures"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_holds" ADD CONSTRAINT "legal_holds_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_holds" ADD CONSTRAINT "legal_holds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_holds" ADD CONSTRAINT "legal_holds_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_holds" ADD CONSTRAINT "legal_holds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_holds" ADD CONSTRAINT "legal_holds_lifted_by_users_id_fk" FOREIGN KEY ("lifted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_chat_messages" ADD CONSTRAINT "site_chat_messages_conversation_id_site_chat_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."site_chat_conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_chat_messages" ADD CONSTRAINT "site_chat_messages_staff_user_id_users_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_facts" ADD CONSTRAINT "usage_facts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_facts" ADD CONSTRAINT "usage_facts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_objections" ADD CONSTRAINT "usage_objections_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_objections" ADD CONSTRAINT "usage_objections_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "disclosures_organisation" ON "disclosures" USING btree ("organisation_id","disclosed_at");--> statement-breakpoint
CREATE INDEX "disclosures_subject" ON "disclosures" USING btree ("subject_user_id");--> statement-breakpoint
CREATE INDEX "portability_transfers_user" ON "portability_transfers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "legal_holds_user" ON "legal_holds" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "legal_holds_incident" ON "legal_holds" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "legal_holds_organisation" ON "legal_holds" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "site_chat_conversations_purge_idx" ON "site_chat_conversations" USING btree ("purge_after");--> statement-breakpoint
CREATE INDEX "site_chat_conversations_email_idx" ON "site_chat_conversations" USING btree (lower("contact_email"));--> statement-breakpoint
CREATE INDEX "site_chat_messages_conversation_idx" ON "site_chat_messages" USING btree ("conversation_id","created_at");--> statement-breakpoint
CREATE INDEX "usage_facts_organisation_time" ON "usage_facts" USING btree ("organisation_id","occurred_at");--> statement-breakpoint
CREATE INDEX "usage_facts_user" ON "usage_facts" USING btree ("user_id");
--> statement-breakpoint
-- Disclosures, portability transfers and legal holds are written as the connecting user only,
-- after the policies in code allowed it. Tenants may read their organisation's rows, so the access
-- report (which runs as the tenant) can show a person their disclosures and holds.
REVOKE ALL ON disclosures FROM baken_tenant;
--> statement-breakpoint
GRANT SELECT ON disclosures TO baken_tenant;
--> statement-breakpoint
ALTER TABLE disclosures ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON disclosures TO baken_tenant
  USING (organisation_id = baken_current_organisation());
--> statement-breakpoint
REVOKE ALL ON portability_transfers FROM baken_tenant;
--> statement-breakpoint
GRANT SELECT ON portability_transfers TO baken_tenant;
--> statement-breakpoint
ALTER TABLE portability_transfers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON portability_transfers TO baken_tenant
  USING (organisation_id = baken_current_organisation());
--> statement-breakpoint
REVOKE ALL ON legal_holds FROM baken_tenant;
--> statement-breakpoint
GRANT SELECT ON legal_holds TO baken_tenant;
--> statement-breakpoint
ALTER TABLE legal_holds ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON legal_holds TO baken_tenant
  USING (organisation_id = baken_current_organisation());

--> statement-breakpoint
-- The website chat (P9). Platform data, not tenant data: a visitor has no organisation, so the chat is
-- read and written as the connecting user, and requests running as the tenant role never touch it.
REVOKE ALL ON site_chat_conversations FROM baken_tenant;
--> statement-breakpoint
REVOKE ALL ON site_chat_messages FROM baken_tenant;

--> statement-breakpoint
-- Usage facts and objections are tenant data: row-level security like 0015. The projector and
-- the operator's per-organisation counts run as the connecting user, across organisations.
ALTER TABLE usage_facts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON usage_facts TO baken_tenant
  USING (organisation_id = baken_current_organisation()) WITH CHECK (organisation_id = baken_current_organisation());
--> statement-breakpoint
ALTER TABLE usage_objections ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON usage_objections TO baken_tenant
  USING (organisation_id = baken_current_organisation()) WITH CHECK (organisation_id = baken_current_organisation());
--> statement-breakpoint
-- The projector's read position is the platform's, not any organisation's.
REVOKE ALL ON usage_projection_cursor FROM baken_tenant;

--> statement-breakpoint
-- The audit log stays append-only, with two doors, each opened by a setting that lives only in
-- the transaction that sets it (set_config(..., true)): the retention job deletes entries past
-- their two years (the data map's term; never younger, whatever the job is told), and the erasure
-- of a cancelled organisation deletes that organisation's entries. Updates and TRUNCATE stay refused.
CREATE OR REPLACE FUNCTION baken_refuse_audit_change() RETURNS trigger AS $$
DECLARE
  purge_before text := current_setting('baken.audit_purge_before', true);
  erasing text := current_setting('baken.erasing_organisation', true);
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF coalesce(purge_before, '') <> ''
       AND OLD.created_at < purge_before::timestamptz
       AND OLD.created_at < now() - interval '730 days' THEN
      RETURN OLD;
    END IF;
    IF coalesce(erasing, '') <> '' AND OLD.organisation_id::text = erasing THEN
      RETURN OLD;
    END IF;
  END IF;
  RAISE EXCEPTION 'the audit log is append-only';
END;
$$ LANGUAGE plpgsql;
