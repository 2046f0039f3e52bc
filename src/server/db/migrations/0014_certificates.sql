CREATE TABLE "certificate_registry_counters" (
	"tenant_id" uuid NOT NULL,
	"form" text NOT NULL,
	"year" integer NOT NULL,
	"last_sequence" integer NOT NULL,
	CONSTRAINT "certificate_registry_counters_tenant_id_form_year_pk" PRIMARY KEY("tenant_id","form","year"),
	CONSTRAINT "certificate_counters_form_ck" CHECK (form in ('bang_khen', 'giay_khen', 'danh_hieu', 'giay_chung_nhan'))
);
--> statement-breakpoint
CREATE TABLE "certificates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"award_record_id" uuid NOT NULL,
	"decision_id" uuid,
	"form" text NOT NULL,
	"year" integer NOT NULL,
	"sequence" integer NOT NULL,
	"registry_number" text NOT NULL,
	"public_code" text NOT NULL,
	"award_code" text NOT NULL,
	"heading" text NOT NULL,
	"holder_name" text NOT NULL,
	"holder_line" text NOT NULL,
	"holder_unit" text,
	"holder_position" text,
	"achievement" text NOT NULL,
	"decision_number" text NOT NULL,
	"decision_date" date NOT NULL,
	"issuing_body" text NOT NULL,
	"place" text NOT NULL,
	"signed_on" date NOT NULL,
	"signer_title" text NOT NULL,
	"signer_name" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certificates_form_ck" CHECK (form in ('bang_khen', 'giay_khen', 'danh_hieu', 'giay_chung_nhan')),
	CONSTRAINT "certificates_sequence_ck" CHECK (sequence > 0),
	CONSTRAINT "certificates_year_ck" CHECK (year between 1945 and 2200),
	CONSTRAINT "certificates_public_code_ck" CHECK (public_code ~ '^[A-Z2-7]{10}$')
);
--> statement-breakpoint
ALTER TABLE "certificate_registry_counters" ADD CONSTRAINT "certificate_registry_counters_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_award_record_id_award_records_id_fk" FOREIGN KEY ("award_record_id") REFERENCES "public"."award_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_registry_uq" ON "certificates" USING btree ("tenant_id","form","year","sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_public_code_uq" ON "certificates" USING btree ("public_code");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_award_record_uq" ON "certificates" USING btree ("tenant_id","award_record_id");--> statement-breakpoint
CREATE INDEX "certificates_decision_number_idx" ON "certificates" USING btree ("tenant_id","decision_number");--> statement-breakpoint
CREATE INDEX "certificates_decision_idx" ON "certificates" USING btree ("tenant_id","decision_id");