ALTER TABLE "people" DROP CONSTRAINT "people_tenant_id_tenants_id_fk";
--> statement-breakpoint
ALTER TABLE "person_unit_memberships" DROP CONSTRAINT "person_unit_memberships_tenant_id_tenants_id_fk";
