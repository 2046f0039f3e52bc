CREATE TABLE "ballot_sealed_papers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"ballot_id" uuid NOT NULL,
	"sealed" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ballots" ADD COLUMN "sealed_key" text;--> statement-breakpoint
ALTER TABLE "ballot_sealed_papers" ADD CONSTRAINT "ballot_sealed_papers_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_sealed_papers" ADD CONSTRAINT "ballot_sealed_papers_ballot_id_ballots_id_fk" FOREIGN KEY ("ballot_id") REFERENCES "public"."ballots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ballot_sealed_papers_ballot_idx" ON "ballot_sealed_papers" USING btree ("tenant_id","ballot_id");