import type { Deps } from '../../lib/context';
import type { DemoContext } from './demo';

/** TODO(people module): a few hundred deterministic people and households. */
export async function seedDemoPeople(_deps: Deps, _demo: DemoContext): Promise<void> {}
