import words from '../lib/analyzer/misinfo/data/anti-treatment.json';
import { compileLists, hitsIn } from '../lib/analyzer/misinfo/lexicon';
import { readClaim } from '../lib/analyzer/misinfo/context';
const W = compileLists({ stopVerbs: words.stopVerbs, treatments: words.treatments, safety: words.safety });
const t = process.argv[2]!;
for (const k of ['stopVerbs', 'treatments', 'safety'] as const) console.log(k, hitsIn(W[k], t).map((h) => t.slice(h.start, h.end)));
console.log(readClaim(t, 32, 61));
