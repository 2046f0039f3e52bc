export { jobsRoutes } from './jobs.routes';
export {
  enqueueJob,
  failAbandonedJobs,
  HEARTBEAT_MS,
  NODE_ID,
  STALE_AFTER_MS,
  startJobHeartbeat,
  waitForJobs,
  type JobHandle,
} from './jobs.runner';
export { findJobForActor } from './jobs.service';
