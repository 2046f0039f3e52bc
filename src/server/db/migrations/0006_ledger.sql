CREATE TABLE "annual_ratings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"person_id" uuid,
	"org_unit_id" uuid,
	"year" integer NOT NULL,
	"rating" text NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "annual_ratings_subject_ck" CHECK ((subject_type = 'individual' and person_id is not null and org_unit_id is null) or (subject_type = 'collective' and org_unit_id is not null and person_id is null)),
	CONSTRAINT "annual_ratings_subject_type_ck" CHECK (subject_type in ('individual', 'collective')),
	CONSTRAINT "annual_ratings_rating_ck" CHECK (rating in ('HTXS', 'HTT', 'HT', 'KHT')),
	CONSTRAINT "annual_ratings_source_ck" CHECK (source in ('manual', 'import')),
	CONSTRAINT "annual_ratings_year_ck" CHECK (year between 1945 and 2200)
);
--> statement-breakpoint
CREATE TABLE "award_records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"person_id" uuid,
	"org_unit_id" uuid,
	"household_id" uuid,
	"award_code" text NOT NULL,
	"is_emulation_title" boolean DEFAULT false NOT NULL,
	"evaluation_year" integer,
	"period_from" date,
	"period_to" date,
	"counted_year" integer GENERATED ALWAYS AS (coalesce(evaluation_year, extract(year from period_to)::int, extract(year from decision_date)::int)) STORED NOT NULL,
	"commendation_type" text DEFAULT 'cong_trang' NOT NULL,
	"decision_number" text,
	"decision_date" date,
	"decision_authority" text,
	"achievement_summary" text,
	"movement_id" uuid,
	"status" text DEFAULT 'valid' NOT NULL,
	"revoked_on" date,
	"revoke_reason" text,
	"money_amount" bigint,
	"source" text DEFAULT 'manual' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "award_records_subject_ck" CHECK ((subject_type = 'individual' and person_id is not null and org_unit_id is null and household_id is null) or (subject_type = 'collective' and org_unit_id is not null and person_id is null and household_id is null) or (subject_type = 'household' and household_id is not null and person_id is null and org_unit_id is null)),
	CONSTRAINT "award_records_subject_type_ck" CHECK (subject_type in ('individual', 'collective', 'household')),
	CONSTRAINT "award_records_code_ck" CHECK (award_code ~ '^[a-z][a-z0-9_]{1,79}$'),
	CONSTRAINT "award_records_type_ck" CHECK (commendation_type in ('cong_trang', 'dot_xuat', 'phong_trao_thi_dua', 'qua_trinh_cong_hien', 'nien_han', 'doi_ngoai', 'chuyen_de')),
	CONSTRAINT "award_records_status_ck" CHECK (status in ('valid', 'revoked')),
	CONSTRAINT "award_records_source_ck" CHECK (source in ('manual', 'annex_import', 'decision')),
	CONSTRAINT "award_records_year_ck" CHECK (evaluation_year is null or evaluation_year between 1945 and 2200),
	CONSTRAINT "award_records_when_ck" CHECK (evaluation_year is not null or period_to is not null or decision_date is not null),
	CONSTRAINT "award_records_period_ck" CHECK (period_from is null or period_to is null or period_from <= period_to),
	CONSTRAINT "award_records_revoked_ck" CHECK ((status = 'revoked') = (revoked_on is not null) and (status = 'revoked' or revoke_reason is null)),
	CONSTRAINT "award_records_money_ck" CHECK (money_amount is null or money_amount >= 0)
);
--> statement-breakpoint
CREATE TABLE "discipline_records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"form" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date,
	"decision_number" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "discipline_records_form_ck" CHECK (form in ('khien_trach', 'canh_cao', 'ha_bac_luong', 'giang_chuc', 'cach_chuc', 'buoc_thoi_viec')),
	CONSTRAINT "discipline_records_period_ck" CHECK (to_date is null or from_date <= to_date)
);
--> statement-breakpoint
CREATE TABLE "initiative_authors" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"share_percent" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiative_authors_share_ck" CHECK (share_percent is null or share_percent between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid,
	"title" text NOT NULL,
	"recognizing_body" text NOT NULL,
	"decision_number" text,
	"decision_date" date NOT NULL,
	"scope" text NOT NULL,
	"applied_from" date,
	"summary" text,
	"used_by_award_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiatives_scope_ck" CHECK (scope in ('co_so', 'bo_tinh', 'toan_quoc'))
);
--> statement-breakpoint
CREATE TABLE "maternity_leaves" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "maternity_leaves_period_ck" CHECK (from_date <= to_date)
);
--> statement-breakpoint
CREATE TABLE "pending_cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"person_id" uuid,
	"org_unit_id" uuid,
	"kind" text NOT NULL,
	"opened_on" date NOT NULL,
	"closed_on" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pending_cases_subject_ck" CHECK ((subject_type = 'individual' and person_id is not null and org_unit_id is null) or (subject_type = 'collective' and org_unit_id is not null and person_id is null)),
	CONSTRAINT "pending_cases_subject_type_ck" CHECK (subject_type in ('individual', 'collective')),
	CONSTRAINT "pending_cases_kind_ck" CHECK (kind in ('discipline_review', 'investigation', 'inspection', 'audit', 'complaint', 'press')),
	CONSTRAINT "pending_cases_period_ck" CHECK (closed_on is null or opened_on <= closed_on)
);
--> statement-breakpoint
CREATE TABLE "tenant_settings" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"legal" jsonb NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "annual_ratings" ADD CONSTRAINT "annual_ratings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_ratings" ADD CONSTRAINT "annual_ratings_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_ratings" ADD CONSTRAINT "annual_ratings_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_records" ADD CONSTRAINT "award_records_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_records" ADD CONSTRAINT "award_records_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_records" ADD CONSTRAINT "award_records_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_records" ADD CONSTRAINT "award_records_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discipline_records" ADD CONSTRAINT "discipline_records_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discipline_records" ADD CONSTRAINT "discipline_records_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_authors" ADD CONSTRAINT "initiative_authors_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_authors" ADD CONSTRAINT "initiative_authors_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_authors" ADD CONSTRAINT "initiative_authors_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_used_by_award_id_award_records_id_fk" FOREIGN KEY ("used_by_award_id") REFERENCES "public"."award_records"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maternity_leaves" ADD CONSTRAINT "maternity_leaves_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maternity_leaves" ADD CONSTRAINT "maternity_leaves_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pending_cases" ADD CONSTRAINT "pending_cases_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pending_cases" ADD CONSTRAINT "pending_cases_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pending_cases" ADD CONSTRAINT "pending_cases_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_settings" ADD CONSTRAINT "tenant_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "annual_ratings_person_uq" ON "annual_ratings" USING btree ("tenant_id","person_id","year") WHERE person_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "annual_ratings_unit_uq" ON "annual_ratings" USING btree ("tenant_id","org_unit_id","year") WHERE org_unit_id is not null;--> statement-breakpoint
CREATE INDEX "award_records_person_idx" ON "award_records" USING btree ("tenant_id","person_id","counted_year");--> statement-breakpoint
CREATE INDEX "award_records_unit_idx" ON "award_records" USING btree ("tenant_id","org_unit_id","counted_year");--> statement-breakpoint
CREATE INDEX "award_records_household_idx" ON "award_records" USING btree ("tenant_id","household_id","counted_year");--> statement-breakpoint
CREATE INDEX "award_records_code_idx" ON "award_records" USING btree ("tenant_id","award_code","counted_year");--> statement-breakpoint
CREATE UNIQUE INDEX "award_records_title_once_uq" ON "award_records" USING btree ("tenant_id",coalesce(person_id, org_unit_id, household_id),"award_code","evaluation_year") WHERE status = 'valid' and is_emulation_title;--> statement-breakpoint
CREATE UNIQUE INDEX "award_records_decision_once_uq" ON "award_records" USING btree ("tenant_id",coalesce(person_id, org_unit_id, household_id),"award_code","decision_number") WHERE status = 'valid' and decision_number is not null;--> statement-breakpoint
CREATE INDEX "discipline_records_person_idx" ON "discipline_records" USING btree ("tenant_id","person_id","from_date");--> statement-breakpoint
CREATE UNIQUE INDEX "initiative_authors_uq" ON "initiative_authors" USING btree ("tenant_id","initiative_id","person_id");--> statement-breakpoint
CREATE INDEX "initiative_authors_person_idx" ON "initiative_authors" USING btree ("tenant_id","person_id");--> statement-breakpoint
CREATE INDEX "initiatives_tenant_date_idx" ON "initiatives" USING btree ("tenant_id","decision_date");--> statement-breakpoint
CREATE INDEX "initiatives_unit_idx" ON "initiatives" USING btree ("tenant_id","unit_id");--> statement-breakpoint
CREATE INDEX "initiatives_award_idx" ON "initiatives" USING btree ("tenant_id","used_by_award_id");--> statement-breakpoint
CREATE INDEX "maternity_leaves_person_idx" ON "maternity_leaves" USING btree ("tenant_id","person_id","from_date");--> statement-breakpoint
CREATE INDEX "pending_cases_person_idx" ON "pending_cases" USING btree ("tenant_id","person_id","opened_on");--> statement-breakpoint
CREATE INDEX "pending_cases_unit_idx" ON "pending_cases" USING btree ("tenant_id","org_unit_id","opened_on");