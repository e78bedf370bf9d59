CREATE TABLE "privacy_request_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"actor_user_id" uuid,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "privacy_request_id_copies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"sealed_content" text,
	"content_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "privacy_request_submissions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"right" text NOT NULL,
	"requester_name" text NOT NULL,
	"requester_email" text NOT NULL,
	"language" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"request_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "privacy_request_submissions_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "privacy_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"right" text NOT NULL,
	"user_id" uuid,
	"requester_organisation_id" uuid,
	"organisation_id" uuid,
	"requester_name" text NOT NULL,
	"requester_email" text NOT NULL,
	"language" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"handler_id" uuid,
	"status" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"extended_until" timestamp with time zone,
	"extension_reason" text,
	"extension_notified_at" timestamp with time zone,
	"identity_method" text,
	"identity_verified_at" timestamp with time zone,
	"id_copy_reason" text,
	"pauses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"answer" text,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "privacy_request_events" ADD CONSTRAINT "privacy_request_events_request_id_privacy_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."privacy_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "privacy_request_events" ADD CONSTRAINT "privacy_request_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "privacy_request_id_copies" ADD CONSTRAINT "privacy_request_id_copies_request_id_privacy_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."privacy_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "privacy_request_submissions" ADD CONSTRAINT "privacy_request_submissions_request_id_privacy_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."privacy_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "privacy_requests" ADD CONSTRAINT "privacy_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "privacy_requests" ADD CONSTRAINT "privacy_requests_requester_organisation_id_organisations_id_fk" FOREIGN KEY ("requester_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "privacy_requests" ADD CONSTRAINT "privacy_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "privacy_requests" ADD CONSTRAINT "privacy_requests_handler_id_users_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "privacy_request_events_request" ON "privacy_request_events" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE INDEX "privacy_requests_organisation_due" ON "privacy_requests" USING btree ("organisation_id","due_at");--> statement-breakpoint
CREATE INDEX "privacy_requests_user" ON "privacy_requests" USING btree ("user_id");--> statement-breakpoint
-- Written as the connecting user only. Tenants may read (for the access report) the requests of
-- their organisation and of their own people, with their history; never the ID copies' contents
-- beyond that, never the unconfirmed submissions of the public form (no policy: no rows).
REVOKE ALL ON privacy_requests FROM baken_tenant;
--> statement-breakpoint
GRANT SELECT ON privacy_requests TO baken_tenant;
--> statement-breakpoint
ALTER TABLE privacy_requests ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON privacy_requests TO baken_tenant
  USING (organisation_id = baken_current_organisation() OR requester_organisation_id = baken_current_organisation());
--> statement-breakpoint
REVOKE ALL ON privacy_request_events FROM baken_tenant;
--> statement-breakpoint
GRANT SELECT ON privacy_request_events TO baken_tenant;
--> statement-breakpoint
ALTER TABLE privacy_request_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON privacy_request_events TO baken_tenant
  USING (request_id IN (SELECT id FROM privacy_requests));
--> statement-breakpoint
REVOKE ALL ON privacy_request_id_copies FROM baken_tenant;
--> statement-breakpoint
GRANT SELECT ON privacy_request_id_copies TO baken_tenant;
--> statement-breakpoint
ALTER TABLE privacy_request_id_copies ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON privacy_request_id_copies TO baken_tenant
  USING (request_id IN (SELECT id FROM privacy_requests));
--> statement-breakpoint
REVOKE ALL ON privacy_request_submissions FROM baken_tenant;
--> statement-breakpoint
GRANT SELECT ON privacy_request_submissions TO baken_tenant;
--> statement-breakpoint
ALTER TABLE privacy_request_submissions ENABLE ROW LEVEL SECURITY;
