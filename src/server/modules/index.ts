import type { FastifyInstance } from 'fastify';
import { authRoutes } from './auth/auth.routes';
import { healthRoutes } from './health/health.routes';
import { orgRoutes } from './org/org.routes';
import { auditRoutes } from './audit/audit.routes';
import { tenantsRoutes } from './tenants/tenants.routes';
import { usersModule } from './users';
import { peopleModule } from './people';
import { annexModule } from './annex';
import { scoringModule } from './scoring';
import { rulesModule } from './rules';
import { ledgerModule } from './ledger';
import { settingsModule } from './settings';
import { eligibilityModule } from './eligibility';
import { emulationModule } from './emulation';
import { nominationsModule } from './nominations';
import { certificatesModule } from './certificates';
import { decisionsModule } from './decisions';
import { councilModule } from './council';

import { appraisalModule } from './appraisal';
import { consultationModule } from './consultation';
import { mailModule } from './mail';
/** Every module's routes, registered once here. */
export async function registerModules(app: FastifyInstance) {
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(peopleModule);
  await app.register(annexModule);
  await app.register(orgRoutes);
  await app.register(usersModule);
  await app.register(tenantsRoutes);
  await app.register(auditRoutes);
  await app.register(scoringModule);
  await app.register(rulesModule);
  await app.register(ledgerModule);
  await app.register(settingsModule);
  await app.register(eligibilityModule);
  await app.register(emulationModule);
  await app.register(nominationsModule);
  await app.register(certificatesModule);
  await app.register(decisionsModule);
  await app.register(councilModule);
  await app.register(appraisalModule);
  await app.register(consultationModule);
  await app.register(mailModule);
}
