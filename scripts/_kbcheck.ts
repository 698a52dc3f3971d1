import { MYTHS, findMyths } from '../lib/analyzer/misinfo/known-myth';
let bad = 0;
for (const m of MYTHS) {
  const f = findMyths(m.examples.flag).filter((x) => x.mythId === m.id && x.confidence >= 0.5);
  const p = findMyths(m.examples.pass).filter((x) => x.confidence >= 0.5);
  if (!f.length) { bad++; console.log('NOFLAG', m.id, '|', m.examples.flag, JSON.stringify(findMyths(m.examples.flag).map(x=>[x.mythId,x.confidence]))); }
  if (p.length) { bad++; console.log('PASSFAIL', m.id, '|', m.examples.pass, p.map((x) => x.mythId + ':' + m.examples.pass.slice(x.start, x.end))); }
}
console.log('bad', bad);
