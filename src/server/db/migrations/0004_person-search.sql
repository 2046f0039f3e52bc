-- A narrow copy of each person's search columns (about a fifth of a people row), kept by statement-level
-- triggers: counting and sorting thousands of name matches reads these small rows instead of whole people
-- rows (docs/benchmarks.md, people search).
CREATE TABLE "person_search" (
  "person_id" uuid PRIMARY KEY,
  "tenant_id" uuid NOT NULL,
  "search_text" text NOT NULL,
  "sort_key" text COLLATE "C" NOT NULL
);--> statement-breakpoint
INSERT INTO "person_search" SELECT "id", "tenant_id", "search_text", "sort_key" FROM "people";--> statement-breakpoint
CREATE INDEX "person_search_trgm_idx" ON "person_search" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "person_search_sort_idx" ON "person_search" ("tenant_id", "sort_key", "person_id");--> statement-breakpoint
CREATE FUNCTION "person_search_on_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_search (person_id, tenant_id, search_text, sort_key)
  SELECT id, tenant_id, search_text, sort_key FROM new_rows;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION "person_search_on_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE person_search s SET tenant_id = n.tenant_id, search_text = n.search_text, sort_key = n.sort_key
  FROM new_rows n
  WHERE s.person_id = n.id
    AND (s.search_text <> n.search_text OR s.sort_key <> n.sort_key OR s.tenant_id <> n.tenant_id);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION "person_search_on_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM person_search s USING old_rows o WHERE s.person_id = o.id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "people_search_insert" AFTER INSERT ON "people" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "person_search_on_insert"();--> statement-breakpoint
CREATE TRIGGER "people_search_update" AFTER UPDATE ON "people" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "person_search_on_update"();--> statement-breakpoint
CREATE TRIGGER "people_search_delete" AFTER DELETE ON "people" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "person_search_on_delete"();
