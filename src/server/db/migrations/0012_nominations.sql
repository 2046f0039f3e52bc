CREATE TABLE "award_round_units" (
	"tenant_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "award_round_units_pk" PRIMARY KEY("tenant_id","round_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "award_rounds" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"commendation_type" text NOT NULL,
	"level" text NOT NULL,
	"year" integer,
	"period_from" date,
	"period_to" date,
	"movement_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"proposal_deadline" date,
	"appraisal_deadline" date,
	"council_deadline" date,
	"decision_deadline" date,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "award_rounds_type_ck" CHECK (commendation_type in ('cong_trang', 'dot_xuat', 'phong_trao_thi_dua', 'qua_trinh_cong_hien', 'nien_han', 'doi_ngoai', 'chuyen_de')),
	CONSTRAINT "award_rounds_level_ck" CHECK (level in ('commune', 'agency', 'province', 'central')),
	CONSTRAINT "award_rounds_status_ck" CHECK (status in ('draft', 'open', 'closed', 'decided')),
	CONSTRAINT "award_rounds_when_ck" CHECK (year is not null or (period_from is not null and period_to is not null)),
	CONSTRAINT "award_rounds_year_ck" CHECK (year is null or year between 1945 and 2200),
	CONSTRAINT "award_rounds_period_ck" CHECK (period_from is null or period_to is null or period_from <= period_to)
);
--> statement-breakpoint
CREATE TABLE "nomination_attachments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"nomination_id" uuid NOT NULL,
	"document_code" text,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nomination_attachments_code_ck" CHECK (document_code is null or document_code in ('to_trinh', 'bao_cao_thanh_tich', 'tom_tat_thanh_tich', 'bien_ban_binh_xet', 'xac_nhan_sang_kien', 'tom_tat_qua_trinh_cong_tac', 'bien_ban_hoi_dong', 'ban_dien_tu', 'xac_nhan_nghia_vu', 'tai_lieu_khac')),
	CONSTRAINT "nomination_attachments_size_ck" CHECK (size_bytes >= 0)
);
--> statement-breakpoint
CREATE TABLE "nomination_documents" (
	"tenant_id" uuid NOT NULL,
	"nomination_id" uuid NOT NULL,
	"code" text NOT NULL,
	"required" boolean NOT NULL,
	"status" text DEFAULT 'missing' NOT NULL,
	"note" text,
	"position" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nomination_documents_pk" PRIMARY KEY("tenant_id","nomination_id","code"),
	CONSTRAINT "nomination_documents_code_ck" CHECK (code in ('to_trinh', 'bao_cao_thanh_tich', 'tom_tat_thanh_tich', 'bien_ban_binh_xet', 'xac_nhan_sang_kien', 'tom_tat_qua_trinh_cong_tac', 'bien_ban_hoi_dong', 'ban_dien_tu', 'xac_nhan_nghia_vu', 'tai_lieu_khac')),
	CONSTRAINT "nomination_documents_status_ck" CHECK (status in ('missing', 'provided', 'accepted', 'insufficient'))
);
--> statement-breakpoint
CREATE TABLE "nominations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"proposing_unit_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"subject_name" text NOT NULL,
	"subject_position" text,
	"subject_unit_name" text,
	"award_code" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"report" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"report_text" text,
	"eligibility" jsonb,
	"eligible" boolean,
	"eligibility_checked_at" timestamp with time zone,
	"return_reason" text,
	"not_eligible_reason" text,
	"withdraw_reason" text,
	"proposal_letter_number" text,
	"proposal_letter_date" date,
	"forwarded_from_id" uuid,
	"decision_id" uuid,
	"submitted_at" timestamp with time zone,
	"received_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nominations_subject_type_ck" CHECK (subject_type in ('individual', 'collective', 'household')),
	CONSTRAINT "nominations_status_ck" CHECK (status in ('draft', 'submitted', 'returned', 'in_appraisal', 'appraised', 'not_eligible', 'withdrawn', 'in_consultation', 'council_approved', 'council_rejected', 'forwarded', 'decided')),
	CONSTRAINT "nominations_code_ck" CHECK (award_code ~ '^[a-z][a-z0-9_]{1,79}$')
);
--> statement-breakpoint
ALTER TABLE "award_round_units" ADD CONSTRAINT "award_round_units_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_round_units" ADD CONSTRAINT "award_round_units_round_id_award_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."award_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_round_units" ADD CONSTRAINT "award_round_units_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_rounds" ADD CONSTRAINT "award_rounds_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_rounds" ADD CONSTRAINT "award_rounds_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_rounds" ADD CONSTRAINT "award_rounds_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_attachments" ADD CONSTRAINT "nomination_attachments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_attachments" ADD CONSTRAINT "nomination_attachments_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_documents" ADD CONSTRAINT "nomination_documents_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_documents" ADD CONSTRAINT "nomination_documents_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_round_id_award_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."award_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_proposing_unit_id_org_units_id_fk" FOREIGN KEY ("proposing_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "award_round_units_unit_idx" ON "award_round_units" USING btree ("tenant_id","unit_id");--> statement-breakpoint
CREATE INDEX "award_rounds_tenant_year_idx" ON "award_rounds" USING btree ("tenant_id","year","created_at");--> statement-breakpoint
CREATE INDEX "award_rounds_tenant_unit_idx" ON "award_rounds" USING btree ("tenant_id","org_unit_id");--> statement-breakpoint
CREATE INDEX "award_rounds_tenant_movement_idx" ON "award_rounds" USING btree ("tenant_id","movement_id");--> statement-breakpoint
CREATE INDEX "nomination_attachments_nomination_idx" ON "nomination_attachments" USING btree ("tenant_id","nomination_id");--> statement-breakpoint
CREATE INDEX "nominations_round_idx" ON "nominations" USING btree ("tenant_id","round_id","status");--> statement-breakpoint
CREATE INDEX "nominations_unit_idx" ON "nominations" USING btree ("tenant_id","proposing_unit_id","round_id");--> statement-breakpoint
CREATE INDEX "nominations_subject_idx" ON "nominations" USING btree ("tenant_id","subject_id","award_code");--> statement-breakpoint
CREATE INDEX "nominations_forwarded_idx" ON "nominations" USING btree ("tenant_id","forwarded_from_id");--> statement-breakpoint
CREATE INDEX "nominations_decision_idx" ON "nominations" USING btree ("tenant_id","decision_id");