/**
 * `npm run -s audit:bench [-- POSTS]`: how fast the audit of past posts reads and checks an export
 * (issue 17). Builds an X archive zip of POSTS tweets (100,000 by default) in memory from the
 * bench's seeded generator (every sentence new, so no analyzer memo is hit twice; 1–3 sentences a
 * post, some replies), then times reading the zip and checking every post, and samples the
 * process's resident memory while it runs. Prints JSON: posts, seconds, posts per second (one
 * core: the CLI checks on one thread) and peak RSS in MB.
 */
import { strToU8, zipSync } from 'fflate';
import { performance } from 'node:perf_hooks';
import { buildReport, readExport } from '../lib/audit';
import { TextGenerator } from './bench/text';

const POSTS = Number(process.argv[2] ?? 100_000);
if (!Number.isInteger(POSTS) || POSTS < 1) {
  process.stderr.write('audit:bench: give the number of posts, e.g. npm run -s audit:bench -- 10000\n');
  process.exit(2);
}

const mb = (bytes: number) => Math.round(bytes / 1048576);
let peakRss = process.memoryUsage().rss;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const sampler = setInterval(sample, 50);

const gen = new TextGenerator(20261204);
const start = Date.UTC(2016, 0, 1);
const tweets = Array.from({ length: POSTS }, (_, i) => {
  const text = Array.from({ length: gen.int(1, 3) }, () => gen.sentence()).join(' ');
  const date = new Date(start + i * 37 * 60_000).toUTCString().replace('GMT', '+0000');
  const reply = i % 5 === 0 ? { in_reply_to_status_id_str: String(9_000_000 + i), in_reply_to_screen_name: 'someone' } : {};
  return { tweet: { id_str: String(1_000_000 + i), full_text: text, created_at: date, ...reply } };
});
const zip = zipSync({
  'data/tweets.js': strToU8(`window.YTD.tweets.part0 = ${JSON.stringify(tweets)}`),
  'data/account.js': strToU8(`window.YTD.account.part0 = ${JSON.stringify([{ account: { username: 'benchclinic' } }])}`),
});
const characters = tweets.reduce((n, t) => n + t.tweet.full_text.length, 0);
tweets.length = 0;
sample();

const t0 = performance.now();
const read = readExport([{ path: 'twitter-archive.zip', bytes: zip }]);
const t1 = performance.now();
const report = buildReport(read, { onProgress: sample });
const t2 = performance.now();
clearInterval(sampler);
sample();

const readSeconds = (t1 - t0) / 1000;
const checkSeconds = (t2 - t1) / 1000;
process.stdout.write(
  `${JSON.stringify(
    {
      posts: read.items.length,
      characters,
      zipMB: Math.round((zip.length / 1048576) * 10) / 10,
      readSeconds: Math.round(readSeconds * 100) / 100,
      checkSeconds: Math.round(checkSeconds * 10) / 10,
      postsPerSecondPerCore: Math.round(read.items.length / checkSeconds),
      flagged: report.flaggedCount,
      peakRssMB: mb(peakRss),
    },
    null,
    2,
  )}\n`,
);
