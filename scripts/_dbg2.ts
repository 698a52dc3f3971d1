import { hasSource } from '../lib/analyzer/misinfo/sources';
import r from '../lib/analyzer/misinfo/unsourced-stat';
const t = process.argv[2]!;
console.log(hasSource(t), r.find({ text: t, context: {} }));
