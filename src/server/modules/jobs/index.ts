export { jobsRoutes } from './jobs.routes';
export { enqueueJob, failAbandonedJobs, waitForJobs, type JobHandle } from './jobs.runner';
export { findJobForActor } from './jobs.service';
