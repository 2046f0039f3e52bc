CREATE TABLE "emulation_attachments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"stage_id" uuid,
	"meeting_id" uuid,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_attachments_owner_ck" CHECK ((stage_id is not null and meeting_id is null) or (stage_id is null and meeting_id is not null)),
	CONSTRAINT "emulation_attachments_size_ck" CHECK (size_bytes >= 0)
);
--> statement-breakpoint
CREATE TABLE "emulation_bloc_leaderships" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"bloc_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"head_unit_id" uuid NOT NULL,
	"deputy_unit_id" uuid,
	"source" text DEFAULT 'manual' NOT NULL,
	"handed_over_at" timestamp with time zone,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_bloc_leaderships_source_ck" CHECK (source in ('manual', 'rotation', 'vote')),
	CONSTRAINT "emulation_bloc_leaderships_distinct_ck" CHECK (deputy_unit_id is null or deputy_unit_id <> head_unit_id),
	CONSTRAINT "emulation_bloc_leaderships_year_ck" CHECK (year between 1945 and 2200)
);
--> statement-breakpoint
CREATE TABLE "emulation_bloc_meetings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"bloc_id" uuid NOT NULL,
	"date" date NOT NULL,
	"kind" text NOT NULL,
	"place" text,
	"minutes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_bloc_meetings_kind_ck" CHECK (kind in ('agreement_signing', 'midyear_review', 'year_end_review', 'inspection', 'other'))
);
--> statement-breakpoint
CREATE TABLE "emulation_bloc_members" (
	"tenant_id" uuid NOT NULL,
	"bloc_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"unit_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "emulation_bloc_members_pk" PRIMARY KEY("tenant_id","bloc_id","year","unit_id"),
	CONSTRAINT "emulation_bloc_members_year_ck" CHECK (year between 1945 and 2200)
);
--> statement-breakpoint
CREATE TABLE "emulation_blocs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"organiser_unit_id" uuid NOT NULL,
	"rotation_order" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"note" text,
	"search_text" text NOT NULL,
	"sort_key" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_blocs_kind_ck" CHECK (kind in ('cluster', 'bloc'))
);
--> statement-breakpoint
CREATE TABLE "emulation_registration_deadlines" (
	"tenant_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"deadline" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_registration_deadlines_pk" PRIMARY KEY("tenant_id","year"),
	CONSTRAINT "emulation_registration_deadlines_year_ck" CHECK (year between 1945 and 2200)
);
--> statement-breakpoint
CREATE TABLE "emulation_registrations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"subject_type" text NOT NULL,
	"org_unit_id" uuid,
	"person_id" uuid,
	"unit_id" uuid NOT NULL,
	"title_code" text NOT NULL,
	"registered_on" date NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_registrations_subject_type_ck" CHECK (subject_type in ('collective', 'individual')),
	CONSTRAINT "emulation_registrations_subject_ck" CHECK ((subject_type = 'collective' and org_unit_id is not null and person_id is null) or (subject_type = 'individual' and person_id is not null and org_unit_id is null)),
	CONSTRAINT "emulation_registrations_title_ck" CHECK (title_code in ('lao_dong_tien_tien', 'chien_si_tien_tien', 'cstd_co_so', 'cstd_bo_tinh', 'cstd_toan_quoc', 'tap_the_lao_dong_tien_tien', 'don_vi_tien_tien', 'tap_the_lao_dong_xuat_sac', 'don_vi_quyet_thang', 'co_thi_dua_bo_tinh', 'co_thi_dua_chinh_phu', 'xa_phuong_dac_khu_tieu_bieu', 'thon_to_dan_pho_van_hoa')),
	CONSTRAINT "emulation_registrations_year_ck" CHECK (year between 1945 and 2200)
);
--> statement-breakpoint
CREATE TABLE "movement_scope_units" (
	"tenant_id" uuid NOT NULL,
	"movement_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "movement_scope_units_pk" PRIMARY KEY("tenant_id","movement_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "movement_stages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"movement_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"date" date NOT NULL,
	"report" text,
	"award_record_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "movement_stages_stage_ck" CHECK (stage in ('launch', 'midterm', 'final'))
);
--> statement-breakpoint
CREATE TABLE "movements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"kind" text NOT NULL,
	"launcher_unit_id" uuid NOT NULL,
	"launcher_person_id" uuid,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"theme" text,
	"slogan" text,
	"objectives" text,
	"criteria" text,
	"participants" text,
	"search_text" text NOT NULL,
	"sort_key" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "movements_level_ck" CHECK (level in ('commune', 'agency', 'province', 'ministry', 'central')),
	CONSTRAINT "movements_kind_ck" CHECK (kind in ('regular', 'thematic')),
	CONSTRAINT "movements_period_ck" CHECK (start_date <= end_date)
);
--> statement-breakpoint
ALTER TABLE "emulation_attachments" ADD CONSTRAINT "emulation_attachments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_attachments" ADD CONSTRAINT "emulation_attachments_stage_id_movement_stages_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."movement_stages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_attachments" ADD CONSTRAINT "emulation_attachments_meeting_id_emulation_bloc_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."emulation_bloc_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_bloc_leaderships" ADD CONSTRAINT "emulation_bloc_leaderships_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_bloc_leaderships" ADD CONSTRAINT "emulation_bloc_leaderships_bloc_id_emulation_blocs_id_fk" FOREIGN KEY ("bloc_id") REFERENCES "public"."emulation_blocs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_bloc_leaderships" ADD CONSTRAINT "emulation_bloc_leaderships_head_unit_id_org_units_id_fk" FOREIGN KEY ("head_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_bloc_leaderships" ADD CONSTRAINT "emulation_bloc_leaderships_deputy_unit_id_org_units_id_fk" FOREIGN KEY ("deputy_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_bloc_meetings" ADD CONSTRAINT "emulation_bloc_meetings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_bloc_meetings" ADD CONSTRAINT "emulation_bloc_meetings_bloc_id_emulation_blocs_id_fk" FOREIGN KEY ("bloc_id") REFERENCES "public"."emulation_blocs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_bloc_members" ADD CONSTRAINT "emulation_bloc_members_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_bloc_members" ADD CONSTRAINT "emulation_bloc_members_bloc_id_emulation_blocs_id_fk" FOREIGN KEY ("bloc_id") REFERENCES "public"."emulation_blocs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_bloc_members" ADD CONSTRAINT "emulation_bloc_members_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_blocs" ADD CONSTRAINT "emulation_blocs_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_blocs" ADD CONSTRAINT "emulation_blocs_organiser_unit_id_org_units_id_fk" FOREIGN KEY ("organiser_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_registration_deadlines" ADD CONSTRAINT "emulation_registration_deadlines_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_registrations" ADD CONSTRAINT "emulation_registrations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_registrations" ADD CONSTRAINT "emulation_registrations_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_registrations" ADD CONSTRAINT "emulation_registrations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_registrations" ADD CONSTRAINT "emulation_registrations_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_scope_units" ADD CONSTRAINT "movement_scope_units_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_scope_units" ADD CONSTRAINT "movement_scope_units_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_scope_units" ADD CONSTRAINT "movement_scope_units_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_stages" ADD CONSTRAINT "movement_stages_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_stages" ADD CONSTRAINT "movement_stages_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_launcher_unit_id_org_units_id_fk" FOREIGN KEY ("launcher_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_launcher_person_id_people_id_fk" FOREIGN KEY ("launcher_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "emulation_attachments_stage_idx" ON "emulation_attachments" USING btree ("tenant_id","stage_id");--> statement-breakpoint
CREATE INDEX "emulation_attachments_meeting_idx" ON "emulation_attachments" USING btree ("tenant_id","meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "emulation_bloc_leaderships_year_uq" ON "emulation_bloc_leaderships" USING btree ("tenant_id","bloc_id","year");--> statement-breakpoint
CREATE INDEX "emulation_bloc_leaderships_head_idx" ON "emulation_bloc_leaderships" USING btree ("tenant_id","head_unit_id","year");--> statement-breakpoint
CREATE INDEX "emulation_bloc_meetings_bloc_idx" ON "emulation_bloc_meetings" USING btree ("tenant_id","bloc_id","date");--> statement-breakpoint
CREATE INDEX "emulation_bloc_members_unit_idx" ON "emulation_bloc_members" USING btree ("tenant_id","unit_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "emulation_blocs_name_uq" ON "emulation_blocs" USING btree ("tenant_id","search_text");--> statement-breakpoint
CREATE INDEX "emulation_blocs_organiser_idx" ON "emulation_blocs" USING btree ("tenant_id","organiser_unit_id");--> statement-breakpoint
CREATE INDEX "emulation_registrations_unit_idx" ON "emulation_registrations" USING btree ("tenant_id","year","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "emulation_registrations_collective_uq" ON "emulation_registrations" USING btree ("tenant_id","year","org_unit_id","title_code") WHERE subject_type = 'collective';--> statement-breakpoint
CREATE UNIQUE INDEX "emulation_registrations_individual_uq" ON "emulation_registrations" USING btree ("tenant_id","year","person_id") WHERE subject_type = 'individual';--> statement-breakpoint
CREATE INDEX "movement_scope_units_unit_idx" ON "movement_scope_units" USING btree ("tenant_id","unit_id");--> statement-breakpoint
CREATE INDEX "movement_stages_movement_idx" ON "movement_stages" USING btree ("tenant_id","movement_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "movement_stages_once_uq" ON "movement_stages" USING btree ("tenant_id","movement_id","stage") WHERE stage in ('launch', 'final');--> statement-breakpoint
CREATE INDEX "movements_tenant_start_idx" ON "movements" USING btree ("tenant_id","start_date","end_date");--> statement-breakpoint
CREATE INDEX "movements_tenant_level_idx" ON "movements" USING btree ("tenant_id","level","start_date");--> statement-breakpoint
CREATE INDEX "movements_tenant_launcher_idx" ON "movements" USING btree ("tenant_id","launcher_unit_id");--> statement-breakpoint
CREATE INDEX "movements_search_trgm_idx" ON "movements" USING gin ("search_text" gin_trgm_ops);