/** Appraisal of dossiers (issue 4 item 3): routes, the reminder sweep, the tenant's workflow settings. */
export { appraisalRoutes as appraisalModule } from './appraisal.routes';
export { sendDueReminders, type SweepResult } from './deadlines.service';
export { loadWorkflowSettings } from './workflow-settings.service';
export { assertMayAppraise, assertMayRead, loadDossier, type ScopedDossier } from './appraisal.policy';
