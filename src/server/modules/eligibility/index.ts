/** Eligibility of ledger subjects: one subject against every target, or one target for a whole unit. */
export { eligibilityRoutes as eligibilityModule } from './eligibility.routes';
export { checkBatch, checkSubject } from './eligibility.service';
