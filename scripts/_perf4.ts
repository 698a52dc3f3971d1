import { run } from './_lite';
const cases: Record<string, string> = {
  bangs: 'a'.repeat(1500) + '!'.repeat(1500),
  qs: '?'.repeat(3000),
  ratio: '1 in '.repeat(600),
  myth: 'vaccine cause autism '.repeat(150),
  words: 'the patient said no and stopped the statins but '.repeat(60),
  quotes: "'a' ".repeat(750),
};
for (const [k, t] of Object.entries(cases)) {
  run(t);
  const t0 = performance.now();
  for (let i = 0; i < 5; i++) run(t);
  console.log(k, ((performance.now() - t0) / 5).toFixed(1), 'ms');
}
