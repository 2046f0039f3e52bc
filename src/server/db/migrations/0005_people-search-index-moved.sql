-- The trigram index now lives on person_search (0004).
DROP INDEX "people_search_trgm_idx";