/** Tenant settings: the legal configuration (and its loader for the services that apply it). */
export { settingsRoutes as settingsModule } from './settings.routes';
export { loadLegalSettings } from './settings.service';
