CREATE TABLE "ballot_candidates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"ballot_id" uuid NOT NULL,
	"candidate_ref" uuid NOT NULL,
	"candidate_kind" text NOT NULL,
	"label" text NOT NULL,
	"detail" text,
	"threshold_percent" integer,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "ballot_candidates_threshold_ck" CHECK (threshold_percent is null or threshold_percent between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "ballot_voters" (
	"tenant_id" uuid NOT NULL,
	"ballot_id" uuid NOT NULL,
	"voter_ref" uuid NOT NULL,
	"voter_label" text NOT NULL,
	"voted_at" timestamp with time zone,
	"written" boolean DEFAULT false NOT NULL,
	"entered_by" uuid,
	CONSTRAINT "ballot_voters_pk" PRIMARY KEY("tenant_id","ballot_id","voter_ref")
);
--> statement-breakpoint
CREATE TABLE "ballot_votes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"ballot_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"choice" text NOT NULL,
	CONSTRAINT "ballot_votes_choice_ck" CHECK (choice in ('agree', 'disagree', 'lower_form', 'selected', 'invalid'))
);
--> statement-breakpoint
CREATE TABLE "ballots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"title" text NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"previous_ballot_id" uuid,
	"mode" text NOT NULL,
	"options" text[] NOT NULL,
	"max_picks" integer,
	"total_voters" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ballots_kind_ck" CHECK (kind in ('council', 'bloc_leader')),
	CONSTRAINT "ballots_mode_ck" CHECK (mode in ('per_candidate', 'pick')),
	CONSTRAINT "ballots_status_ck" CHECK (status in ('draft', 'open', 'closed')),
	CONSTRAINT "ballots_round_ck" CHECK (round between 1 and 2),
	CONSTRAINT "ballots_total_ck" CHECK (total_voters >= 1)
);
--> statement-breakpoint
CREATE TABLE "council_agenda_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"nomination_id" uuid NOT NULL,
	"subject_name" text NOT NULL,
	"unit_name" text,
	"award_code" text NOT NULL,
	"award_name" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"result" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_agenda_items_result_ck" CHECK (result is null or result in ('approved', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "council_attendance" (
	"tenant_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"status" text NOT NULL,
	"note" text,
	CONSTRAINT "council_attendance_pk" PRIMARY KEY("tenant_id","session_id","member_id"),
	CONSTRAINT "council_attendance_status_ck" CHECK (status in ('present', 'absent_written', 'absent'))
);
--> statement-breakpoint
CREATE TABLE "council_members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"council_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"position" text,
	"role" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_members_role_ck" CHECK (role in ('chu_tich', 'pho_chu_tich', 'thuong_truc', 'uy_vien_thu_ky', 'uy_vien'))
);
--> statement-breakpoint
CREATE TABLE "council_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"council_id" uuid NOT NULL,
	"round_id" uuid,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"place" text NOT NULL,
	"chaired_by" text,
	"secretary" text,
	"discussion" text,
	"conclusion" text,
	"status" text DEFAULT 'planned' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_sessions_status_ck" CHECK (status in ('planned', 'in_progress', 'concluded'))
);
--> statement-breakpoint
CREATE TABLE "councils" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"level" text NOT NULL,
	"name" text NOT NULL,
	"founding_decision_number" text NOT NULL,
	"founding_decision_date" date,
	"quorum_percent" integer DEFAULT 80,
	"default_threshold_percent" integer,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "councils_level_ck" CHECK (level in ('commune', 'agency', 'province', 'central')),
	CONSTRAINT "councils_quorum_ck" CHECK (quorum_percent is null or quorum_percent between 1 and 100),
	CONSTRAINT "councils_threshold_ck" CHECK (default_threshold_percent is null or default_threshold_percent between 1 and 100)
);
--> statement-breakpoint
ALTER TABLE "ballot_candidates" ADD CONSTRAINT "ballot_candidates_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_candidates" ADD CONSTRAINT "ballot_candidates_ballot_id_ballots_id_fk" FOREIGN KEY ("ballot_id") REFERENCES "public"."ballots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_voters" ADD CONSTRAINT "ballot_voters_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_voters" ADD CONSTRAINT "ballot_voters_ballot_id_ballots_id_fk" FOREIGN KEY ("ballot_id") REFERENCES "public"."ballots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_votes" ADD CONSTRAINT "ballot_votes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_votes" ADD CONSTRAINT "ballot_votes_ballot_id_ballots_id_fk" FOREIGN KEY ("ballot_id") REFERENCES "public"."ballots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_votes" ADD CONSTRAINT "ballot_votes_candidate_id_ballot_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."ballot_candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_agenda_items" ADD CONSTRAINT "council_agenda_items_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_agenda_items" ADD CONSTRAINT "council_agenda_items_session_id_council_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_attendance" ADD CONSTRAINT "council_attendance_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_attendance" ADD CONSTRAINT "council_attendance_session_id_council_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_attendance" ADD CONSTRAINT "council_attendance_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_sessions" ADD CONSTRAINT "council_sessions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_sessions" ADD CONSTRAINT "council_sessions_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "councils" ADD CONSTRAINT "councils_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "councils" ADD CONSTRAINT "councils_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ballot_candidates_ref_uq" ON "ballot_candidates" USING btree ("tenant_id","ballot_id","candidate_ref");--> statement-breakpoint
CREATE INDEX "ballot_votes_ballot_idx" ON "ballot_votes" USING btree ("tenant_id","ballot_id","candidate_id","choice");--> statement-breakpoint
CREATE INDEX "ballots_owner_idx" ON "ballots" USING btree ("tenant_id","kind","owner_id","round");--> statement-breakpoint
CREATE UNIQUE INDEX "ballots_one_round_two_uq" ON "ballots" USING btree ("tenant_id","previous_ballot_id") WHERE previous_ballot_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "council_agenda_items_uq" ON "council_agenda_items" USING btree ("tenant_id","session_id","nomination_id");--> statement-breakpoint
CREATE UNIQUE INDEX "council_members_user_uq" ON "council_members" USING btree ("tenant_id","council_id","user_id");--> statement-breakpoint
CREATE INDEX "council_members_user_idx" ON "council_members" USING btree ("tenant_id","user_id");--> statement-breakpoint
CREATE INDEX "council_sessions_council_idx" ON "council_sessions" USING btree ("tenant_id","council_id","held_on");--> statement-breakpoint
CREATE INDEX "councils_tenant_unit_idx" ON "councils" USING btree ("tenant_id","org_unit_id");