/** What other modules may use from org: look-ups in the tenant's tree and the admin-unit import. */
export { importAdminUnits, type AdminUnitsImportResult } from './admin-units.import';
export { findUnitInTenant, listSubtreeAsOf, type OrgUnitRow } from './org.repo';
export { assertCanWriteOrg, canWriteOrg } from './org.policy';
export { orgRoutes } from './org.routes';
