DROP TABLE "bloc_scoring_item_points" CASCADE;--> statement-breakpoint
ALTER TABLE "bloc_scoring_results" ADD COLUMN "items" jsonb DEFAULT '[]'::jsonb NOT NULL;