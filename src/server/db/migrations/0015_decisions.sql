CREATE TABLE "decision_counters" (
	"tenant_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_seq" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "decision_counters_tenant_id_year_pk" PRIMARY KEY("tenant_id","year")
);
--> statement-breakpoint
CREATE TABLE "decision_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"decision_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"subject_type" text NOT NULL,
	"person_id" uuid,
	"org_unit_id" uuid,
	"household_id" uuid,
	"nomination_id" uuid,
	"display_name" text NOT NULL,
	"position_unit" text,
	"achievement" text,
	"amount" bigint,
	"award_record_id" uuid,
	"recover_amount" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decision_items_subject_type_ck" CHECK (subject_type in ('individual', 'collective', 'household')),
	CONSTRAINT "decision_items_subject_ck" CHECK (num_nonnulls(person_id, org_unit_id, household_id) = 1 and (
        (subject_type = 'individual' and person_id is not null) or
        (subject_type = 'collective' and org_unit_id is not null) or
        (subject_type = 'household' and household_id is not null))),
	CONSTRAINT "decision_items_amount_ck" CHECK (amount is null or amount >= 0)
);
--> statement-breakpoint
CREATE TABLE "decision_settings" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"number_pattern" text NOT NULL,
	"issuing_superior" text,
	"issuing_body" text NOT NULL,
	"authority_line" text NOT NULL,
	"place" text NOT NULL,
	"legal_bases" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recipients" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"signer_capacity" text,
	"signer_title" text NOT NULL,
	"signer_name" text NOT NULL,
	"fund" text DEFAULT 'province' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"round_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"award_code" text NOT NULL,
	"commendation_type" text DEFAULT 'cong_trang' NOT NULL,
	"evaluation_year" integer,
	"number" text,
	"number_year" integer,
	"number_seq" integer,
	"decision_date" date,
	"summary" text NOT NULL,
	"issuing_superior" text,
	"issuing_body" text NOT NULL,
	"authority_line" text NOT NULL,
	"place" text NOT NULL,
	"legal_bases" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"articles" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recipients" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"signer_capacity" text,
	"signer_title" text NOT NULL,
	"signer_name" text NOT NULL,
	"fund" text DEFAULT 'province' NOT NULL,
	"issued_at" timestamp with time zone,
	"issued_by" uuid,
	"revoked_on" date,
	"revoke_reason" text,
	"revoke_document" text,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decisions_status_ck" CHECK (status in ('draft', 'issued', 'revoked', 'cancelled')),
	CONSTRAINT "decisions_fund_ck" CHECK (fund in ('province', 'commune', 'agency', 'central', 'other')),
	CONSTRAINT "decisions_type_ck" CHECK (commendation_type in ('cong_trang', 'dot_xuat', 'phong_trao_thi_dua', 'qua_trinh_cong_hien', 'nien_han', 'doi_ngoai', 'chuyen_de')),
	CONSTRAINT "decisions_code_ck" CHECK (award_code ~ '^[a-z][a-z0-9_]{1,79}$'),
	CONSTRAINT "decisions_issued_ck" CHECK (status not in ('issued', 'revoked') or (number is not null and decision_date is not null))
);
--> statement-breakpoint
ALTER TABLE "decision_counters" ADD CONSTRAINT "decision_counters_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_items" ADD CONSTRAINT "decision_items_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_items" ADD CONSTRAINT "decision_items_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_items" ADD CONSTRAINT "decision_items_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_items" ADD CONSTRAINT "decision_items_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_items" ADD CONSTRAINT "decision_items_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_items" ADD CONSTRAINT "decision_items_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_items" ADD CONSTRAINT "decision_items_award_record_id_award_records_id_fk" FOREIGN KEY ("award_record_id") REFERENCES "public"."award_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_settings" ADD CONSTRAINT "decision_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_round_id_award_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."award_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "decision_items_decision_idx" ON "decision_items" USING btree ("tenant_id","decision_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "decision_items_subject_uq" ON "decision_items" USING btree ("tenant_id","decision_id",coalesce(person_id, org_unit_id, household_id));--> statement-breakpoint
CREATE UNIQUE INDEX "decisions_number_uq" ON "decisions" USING btree ("tenant_id","number_year","number") WHERE number is not null;--> statement-breakpoint
CREATE INDEX "decisions_tenant_status_idx" ON "decisions" USING btree ("tenant_id","status","decision_date");--> statement-breakpoint
CREATE INDEX "decisions_tenant_round_idx" ON "decisions" USING btree ("tenant_id","round_id");