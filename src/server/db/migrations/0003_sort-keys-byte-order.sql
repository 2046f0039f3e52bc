-- Sort keys are built to sort in byte order (docs/decisions/0005). Give the columns the "C" collation so
-- that ORDER BY sort_key is served by the (tenant_id, sort_key) indexes whatever the database's locale.
ALTER TABLE "org_units" ALTER COLUMN "sort_key" TYPE text COLLATE "C";--> statement-breakpoint
ALTER TABLE "people" ALTER COLUMN "sort_key" TYPE text COLLATE "C";--> statement-breakpoint
ALTER TABLE "households" ALTER COLUMN "sort_key" TYPE text COLLATE "C";
