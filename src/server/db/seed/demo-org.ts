import type { Deps } from '../../lib/context';
import type { DemoContext } from './demo';

/** TODO(org module): import Tuyên Quang (2025) and the former Tuyên Quang and Hà Giang provinces, agencies, schools. */
export async function seedDemoOrgUnits(_deps: Deps, _demo: DemoContext): Promise<void> {}
