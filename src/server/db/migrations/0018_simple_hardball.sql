ALTER TABLE "jobs" ADD COLUMN "node_id" uuid;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "heartbeat_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE INDEX "jobs_heartbeat_idx" ON "jobs" USING btree ("status","heartbeat_at");