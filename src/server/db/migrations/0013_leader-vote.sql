CREATE TABLE "emulation_bloc_proposals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"vote_id" uuid NOT NULL,
	"bloc_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"unit_id" uuid NOT NULL,
	"award_code" text NOT NULL,
	"position" integer NOT NULL,
	"nomination_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "emulation_leader_votes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"bloc_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"status" text DEFAULT 'round1' NOT NULL,
	"threshold_percent" integer NOT NULL,
	"threshold_citation" text NOT NULL,
	"max_rounds" integer DEFAULT 2 NOT NULL,
	"runner_up_count" integer NOT NULL,
	"representatives" jsonb NOT NULL,
	"held_on" date NOT NULL,
	"round1_ballot_id" uuid NOT NULL,
	"round2_ballot_id" uuid,
	"round1_tally" jsonb,
	"round2_tally" jsonb,
	"outcome_message" text,
	"leader_unit_id" uuid,
	"decided_by" text,
	"decision_reason" text,
	"award_round_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_leader_votes_status_ck" CHECK (status in ('round1', 'round2', 'undecided', 'decided')),
	CONSTRAINT "emulation_leader_votes_decided_by_ck" CHECK (decided_by is null or decided_by in ('vote', 'head_deputy')),
	CONSTRAINT "emulation_leader_votes_threshold_ck" CHECK (threshold_percent between 1 and 100),
	CONSTRAINT "emulation_leader_votes_rounds_ck" CHECK (max_rounds between 1 and 2),
	CONSTRAINT "emulation_leader_votes_runner_up_ck" CHECK (runner_up_count >= 0),
	CONSTRAINT "emulation_leader_votes_year_ck" CHECK (year between 1945 and 2200)
);
--> statement-breakpoint
ALTER TABLE "emulation_bloc_proposals" ADD CONSTRAINT "emulation_bloc_proposals_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_bloc_proposals" ADD CONSTRAINT "emulation_bloc_proposals_vote_id_emulation_leader_votes_id_fk" FOREIGN KEY ("vote_id") REFERENCES "public"."emulation_leader_votes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_bloc_proposals" ADD CONSTRAINT "emulation_bloc_proposals_bloc_id_emulation_blocs_id_fk" FOREIGN KEY ("bloc_id") REFERENCES "public"."emulation_blocs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_bloc_proposals" ADD CONSTRAINT "emulation_bloc_proposals_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_leader_votes" ADD CONSTRAINT "emulation_leader_votes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_leader_votes" ADD CONSTRAINT "emulation_leader_votes_bloc_id_emulation_blocs_id_fk" FOREIGN KEY ("bloc_id") REFERENCES "public"."emulation_blocs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emulation_leader_votes" ADD CONSTRAINT "emulation_leader_votes_leader_unit_id_org_units_id_fk" FOREIGN KEY ("leader_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "emulation_bloc_proposals_unit_uq" ON "emulation_bloc_proposals" USING btree ("tenant_id","vote_id","unit_id");--> statement-breakpoint
CREATE INDEX "emulation_bloc_proposals_bloc_idx" ON "emulation_bloc_proposals" USING btree ("tenant_id","bloc_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "emulation_leader_votes_year_uq" ON "emulation_leader_votes" USING btree ("tenant_id","bloc_id","year");