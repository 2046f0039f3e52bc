CREATE TABLE "bloc_scoring_adjustments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"field" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"reason" text NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bloc_scoring_adjustments_field_ck" CHECK (field in ('plan', 'actual', 'achieved', 'count'))
);
--> statement-breakpoint
CREATE TABLE "bloc_scoring_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"bloc_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"unit_id" uuid NOT NULL,
	"item_code" text NOT NULL,
	"table_id" uuid NOT NULL,
	"plan" double precision,
	"actual" double precision,
	"achieved" boolean,
	"count" integer,
	"note" text,
	"entered_by_label" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bloc_scoring_entries_year_ck" CHECK (year between 1945 and 2200),
	CONSTRAINT "bloc_scoring_entries_figures_ck" CHECK (coalesce(plan, 0) >= 0 and coalesce(actual, 0) >= 0),
	CONSTRAINT "bloc_scoring_entries_count_ck" CHECK (coalesce(count, 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "bloc_scoring_evidence" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bloc_scoring_evidence_size_ck" CHECK (size_bytes >= 0)
);
--> statement-breakpoint
CREATE TABLE "bloc_scoring_item_points" (
	"tenant_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"bloc_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"item_code" text NOT NULL,
	"status" text NOT NULL,
	"points" double precision NOT NULL,
	"exact_points" double precision NOT NULL,
	"percent_of_plan" double precision,
	"explanation" text NOT NULL,
	CONSTRAINT "bloc_scoring_item_points_pk" PRIMARY KEY("tenant_id","year","bloc_id","unit_id","item_code")
);
--> statement-breakpoint
CREATE TABLE "bloc_scoring_results" (
	"tenant_id" uuid NOT NULL,
	"bloc_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"unit_id" uuid NOT NULL,
	"table_id" uuid NOT NULL,
	"total" double precision NOT NULL,
	"exact_total" double precision NOT NULL,
	"rank" integer NOT NULL,
	"classification" text,
	"missing_items" integer NOT NULL,
	"explanation" text NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "bloc_scoring_results_pk" PRIMARY KEY("tenant_id","year","bloc_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "bloc_scoring_tables" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"bloc_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"version_no" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"classification_bands" jsonb,
	"note" text,
	"used_at" timestamp with time zone,
	"created_by_label" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bloc_scoring_tables_year_ck" CHECK (year between 1945 and 2200),
	CONSTRAINT "bloc_scoring_tables_version_ck" CHECK (version_no >= 1)
);
--> statement-breakpoint
CREATE TABLE "bloc_scoring_years" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"bloc_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"table_id" uuid,
	"computed_table_id" uuid,
	"computed_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bloc_scoring_years_status_ck" CHECK (status in ('draft', 'self_scoring', 'cross_checking', 'confirmed', 'published')),
	CONSTRAINT "bloc_scoring_years_year_ck" CHECK (year between 1945 and 2200)
);
--> statement-breakpoint
ALTER TABLE "bloc_scoring_adjustments" ADD CONSTRAINT "bloc_scoring_adjustments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_scoring_adjustments" ADD CONSTRAINT "bloc_scoring_adjustments_entry_id_bloc_scoring_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."bloc_scoring_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_scoring_entries" ADD CONSTRAINT "bloc_scoring_entries_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_scoring_entries" ADD CONSTRAINT "bloc_scoring_entries_bloc_id_emulation_blocs_id_fk" FOREIGN KEY ("bloc_id") REFERENCES "public"."emulation_blocs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_scoring_entries" ADD CONSTRAINT "bloc_scoring_entries_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_scoring_entries" ADD CONSTRAINT "bloc_scoring_entries_table_id_bloc_scoring_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."bloc_scoring_tables"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_scoring_evidence" ADD CONSTRAINT "bloc_scoring_evidence_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_scoring_evidence" ADD CONSTRAINT "bloc_scoring_evidence_entry_id_bloc_scoring_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."bloc_scoring_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_scoring_results" ADD CONSTRAINT "bloc_scoring_results_bloc_id_emulation_blocs_id_fk" FOREIGN KEY ("bloc_id") REFERENCES "public"."emulation_blocs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_scoring_tables" ADD CONSTRAINT "bloc_scoring_tables_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_scoring_tables" ADD CONSTRAINT "bloc_scoring_tables_bloc_id_emulation_blocs_id_fk" FOREIGN KEY ("bloc_id") REFERENCES "public"."emulation_blocs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_scoring_years" ADD CONSTRAINT "bloc_scoring_years_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_scoring_years" ADD CONSTRAINT "bloc_scoring_years_bloc_id_emulation_blocs_id_fk" FOREIGN KEY ("bloc_id") REFERENCES "public"."emulation_blocs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_scoring_years" ADD CONSTRAINT "bloc_scoring_years_table_id_bloc_scoring_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."bloc_scoring_tables"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bloc_scoring_years" ADD CONSTRAINT "bloc_scoring_years_computed_table_id_bloc_scoring_tables_id_fk" FOREIGN KEY ("computed_table_id") REFERENCES "public"."bloc_scoring_tables"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bloc_scoring_adjustments_entry_idx" ON "bloc_scoring_adjustments" USING btree ("tenant_id","entry_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "bloc_scoring_entries_uq" ON "bloc_scoring_entries" USING btree ("tenant_id","year","bloc_id","unit_id","item_code");--> statement-breakpoint
CREATE INDEX "bloc_scoring_entries_unit_idx" ON "bloc_scoring_entries" USING btree ("tenant_id","unit_id","year");--> statement-breakpoint
CREATE INDEX "bloc_scoring_evidence_entry_idx" ON "bloc_scoring_evidence" USING btree ("tenant_id","entry_id");--> statement-breakpoint
CREATE UNIQUE INDEX "bloc_scoring_tables_version_uq" ON "bloc_scoring_tables" USING btree ("tenant_id","bloc_id","year","version_no");--> statement-breakpoint
CREATE UNIQUE INDEX "bloc_scoring_years_uq" ON "bloc_scoring_years" USING btree ("tenant_id","bloc_id","year");--> statement-breakpoint
CREATE INDEX "bloc_scoring_years_year_idx" ON "bloc_scoring_years" USING btree ("tenant_id","year");