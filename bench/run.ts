import { benchCertificates } from './certificates';
import { benchBlocRecompute } from './bloc-recompute';
import { benchDecisionDocx } from './decision-docx';
import { benchEligibility } from './eligibility.bench';
import { benchOrgSubtree } from './org-subtree.bench';
import { benchPeopleImport } from './people-import.bench';
import { benchPeopleSearch } from './people-search.bench';
import { benchScoring } from './scoring.bench';
import { benchUploads } from './uploads.bench';

/** `npm run bench [name…]`: each figure next to a baseline measured in the same run. Not a test. */
const all = {
  'org-subtree': benchOrgSubtree,
  'people-search': benchPeopleSearch,
  'people-import': benchPeopleImport,
  scoring: benchScoring,
  eligibility: benchEligibility,
  'bloc-recompute': benchBlocRecompute,
  'decision-docx': benchDecisionDocx,
  certificates: benchCertificates,
  uploads: benchUploads,
};
const chosen = process.argv.slice(2).filter((a) => a in all) as (keyof typeof all)[];
const names = chosen.length ? chosen : (Object.keys(all) as (keyof typeof all)[]);

console.log(`TĐKT benchmarks — ${new Date().toISOString()} — node ${process.version}`);
let failed = false;
for (const name of names) {
  const t0 = performance.now();
  const result = await all[name]();
  console.log(
    `\n## ${result.name}  [${result.ok ? 'meets target' : 'MISSES TARGET'}]  (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
  for (const line of result.lines) console.log(`  ${line}`);
  failed ||= !result.ok;
}
process.exit(failed ? 1 : 0);
