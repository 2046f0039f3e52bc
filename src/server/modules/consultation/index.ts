/** Public consultation (issue 4 item 4): back-office routes; the public pages use the public functions. */
export { consultationRoutes as consultationModule } from './consultation.routes';
export {
  type CommentOutcome,
  publicConsultation,
  publicOpenConsultations,
  submitPublicComment,
} from './consultation.service';
