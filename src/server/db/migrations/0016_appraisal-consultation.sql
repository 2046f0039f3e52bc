CREATE TABLE "appraisal_checklist_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"nomination_id" uuid NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"required" boolean DEFAULT true NOT NULL,
	"free" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"checked" boolean DEFAULT false NOT NULL,
	"note" text,
	"checked_by" uuid,
	"checked_by_label" text,
	"checked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appraisal_opinions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"nomination_id" uuid NOT NULL,
	"author_user_id" uuid NOT NULL,
	"author_label" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appraisals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"nomination_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"received_by" uuid,
	"completeness_done_on" date,
	"concluded_on" date,
	"conclusion" text,
	"conclusion_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appraisals_conclusion_ck" CHECK (conclusion is null or conclusion in ('approved', 'returned', 'not_eligible'))
);
--> statement-breakpoint
CREATE TABLE "clearance_checks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"nomination_id" uuid NOT NULL,
	"body_code" text NOT NULL,
	"body_label" text NOT NULL,
	"requested_on" date NOT NULL,
	"requested_by" uuid,
	"requested_by_label" text,
	"result" text DEFAULT 'pending' NOT NULL,
	"answered_on" date,
	"answered_by" text,
	"document_ref" text,
	"note" text,
	"recorded_by" uuid,
	"recorded_by_label" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clearance_checks_result_ck" CHECK (result in ('pending', 'clear', 'issue')),
	CONSTRAINT "clearance_checks_answer_ck" CHECK ((result = 'pending' and answered_on is null) or (result <> 'pending' and answered_on is not null))
);
--> statement-breakpoint
CREATE TABLE "consultation_comments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"nomination_id" uuid NOT NULL,
	"author_name" text,
	"contact" text,
	"text" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"moderation_reason" text,
	"moderated_by" uuid,
	"moderated_by_label" text,
	"moderated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_comments_status_ck" CHECK (status in ('pending', 'published', 'hidden')),
	CONSTRAINT "consultation_comments_hidden_reason_ck" CHECK (status <> 'hidden' or moderation_reason is not null)
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"nomination_id" uuid NOT NULL,
	"status" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"working_days" integer NOT NULL,
	"nominee_name" text NOT NULL,
	"unit_name" text NOT NULL,
	"award_name" text NOT NULL,
	"summary" text NOT NULL,
	"opened_by" uuid,
	"closed_by" uuid,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultations_status_ck" CHECK (status in ('open', 'closed')),
	CONSTRAINT "consultations_window_ck" CHECK (starts_on <= ends_on)
);
--> statement-breakpoint
CREATE TABLE "deadline_reminders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"nomination_id" uuid NOT NULL,
	"step" text NOT NULL,
	"kind" text NOT NULL,
	"due_on" date NOT NULL,
	"recipients" integer DEFAULT 0 NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "deadline_reminders_step_ck" CHECK (step in ('completeness', 'appraisal', 'after_opinions')),
	CONSTRAINT "deadline_reminders_kind_ck" CHECK (kind in ('due_soon', 'overdue'))
);
--> statement-breakpoint
CREATE TABLE "mail_messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body_text" text NOT NULL,
	"status" text NOT NULL,
	"error" text,
	"related_type" text,
	"related_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "mail_messages_status_ck" CHECK (status in ('outbox', 'sent', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "workflow_settings" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "appraisal_checklist_items" ADD CONSTRAINT "appraisal_checklist_items_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisal_opinions" ADD CONSTRAINT "appraisal_opinions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisals" ADD CONSTRAINT "appraisals_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clearance_checks" ADD CONSTRAINT "clearance_checks_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comments" ADD CONSTRAINT "consultation_comments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comments" ADD CONSTRAINT "consultation_comments_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadline_reminders" ADD CONSTRAINT "deadline_reminders_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_messages" ADD CONSTRAINT "mail_messages_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_settings" ADD CONSTRAINT "workflow_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "appraisal_checklist_tenant_nomination_code_uq" ON "appraisal_checklist_items" USING btree ("tenant_id","nomination_id","code");--> statement-breakpoint
CREATE INDEX "appraisal_opinions_tenant_nomination_idx" ON "appraisal_opinions" USING btree ("tenant_id","nomination_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "appraisals_tenant_nomination_uq" ON "appraisals" USING btree ("tenant_id","nomination_id");--> statement-breakpoint
CREATE INDEX "appraisals_tenant_open_idx" ON "appraisals" USING btree ("tenant_id","concluded_on","received_on");--> statement-breakpoint
CREATE UNIQUE INDEX "clearance_checks_tenant_nomination_body_uq" ON "clearance_checks" USING btree ("tenant_id","nomination_id","body_code");--> statement-breakpoint
CREATE INDEX "consultation_comments_tenant_consultation_idx" ON "consultation_comments" USING btree ("tenant_id","consultation_id","created_at");--> statement-breakpoint
CREATE INDEX "consultation_comments_tenant_nomination_idx" ON "consultation_comments" USING btree ("tenant_id","nomination_id");--> statement-breakpoint
CREATE INDEX "consultation_comments_tenant_status_idx" ON "consultation_comments" USING btree ("tenant_id","status","created_at");--> statement-breakpoint
CREATE INDEX "consultations_tenant_nomination_idx" ON "consultations" USING btree ("tenant_id","nomination_id");--> statement-breakpoint
CREATE INDEX "consultations_tenant_status_idx" ON "consultations" USING btree ("tenant_id","status","ends_on");--> statement-breakpoint
CREATE UNIQUE INDEX "consultations_one_open_uq" ON "consultations" USING btree ("tenant_id","nomination_id") WHERE status = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "deadline_reminders_once_uq" ON "deadline_reminders" USING btree ("tenant_id","nomination_id","step","kind","due_on");--> statement-breakpoint
CREATE INDEX "mail_messages_tenant_time_idx" ON "mail_messages" USING btree ("tenant_id","created_at");