import type { Actor, Deps } from '../../lib/context';
import { seedDemoBloc2019 } from './demo-bloc-2019';
import { seedDemoOrgUnits } from './demo-org';
import { seedDemoLedger } from './demo-ledger';
import { seedDemoPeople } from './demo-people';

export interface DemoContext {
  tenantId: string;
  actor: Actor;
  now: Date;
}

/** Demo data for the embedded default: Tỉnh Tuyên Quang with its history and a few hundred people. Deterministic. */
export async function seedDemo(deps: Deps, demo: DemoContext): Promise<void> {
  await seedDemoOrgUnits(deps, demo);
  await seedDemoPeople(deps, demo);
  await seedDemoLedger(deps, demo);
  await seedDemoBloc2019(deps, demo);
}
