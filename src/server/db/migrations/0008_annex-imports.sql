CREATE TABLE "annex_import_rows" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"import_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"status" text NOT NULL,
	"cells" jsonb NOT NULL,
	"full_name" text,
	"unit_name" text,
	"award_text" text,
	"decision_number" text,
	"decision_date" date,
	"birth_date" date,
	"evaluation_year" integer,
	"award_code" text,
	"person_id" uuid,
	"match_how" text,
	"candidates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"messages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"skipped" boolean DEFAULT false NOT NULL,
	"outcome" text,
	"outcome_message" text,
	"award_record_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "annex_import_rows_status_ck" CHECK (status in ('ok', 'ambiguous', 'unmatched', 'error', 'unrecognised_award')),
	CONSTRAINT "annex_import_rows_outcome_ck" CHECK (outcome is null or outcome in ('written', 'duplicate', 'skipped', 'error'))
);
--> statement-breakpoint
CREATE TABLE "annex_imports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"job_id" uuid,
	"filename" text NOT NULL,
	"status" text DEFAULT 'processing' NOT NULL,
	"default_evaluation_year" integer,
	"commendation_type" text DEFAULT 'cong_trang' NOT NULL,
	"decision_authority" text,
	"error" text,
	"result" jsonb,
	"committed_at" timestamp with time zone,
	"committed_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "annex_imports_status_ck" CHECK (status in ('processing', 'ready', 'failed', 'committed')),
	CONSTRAINT "annex_imports_type_ck" CHECK (commendation_type in ('cong_trang', 'dot_xuat', 'phong_trao_thi_dua', 'qua_trinh_cong_hien', 'nien_han', 'doi_ngoai', 'chuyen_de')),
	CONSTRAINT "annex_imports_year_ck" CHECK (default_evaluation_year is null or default_evaluation_year between 1945 and 2200)
);
--> statement-breakpoint
ALTER TABLE "annex_import_rows" ADD CONSTRAINT "annex_import_rows_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annex_import_rows" ADD CONSTRAINT "annex_import_rows_import_id_annex_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."annex_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annex_import_rows" ADD CONSTRAINT "annex_import_rows_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annex_import_rows" ADD CONSTRAINT "annex_import_rows_award_record_id_award_records_id_fk" FOREIGN KEY ("award_record_id") REFERENCES "public"."award_records"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annex_imports" ADD CONSTRAINT "annex_imports_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "annex_import_rows_uq" ON "annex_import_rows" USING btree ("tenant_id","import_id","row_number");--> statement-breakpoint
CREATE INDEX "annex_import_rows_status_idx" ON "annex_import_rows" USING btree ("tenant_id","import_id","status","row_number");--> statement-breakpoint
CREATE INDEX "annex_imports_tenant_idx" ON "annex_imports" USING btree ("tenant_id","created_at");