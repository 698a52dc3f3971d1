// Scratch helper (not committed): runs only the misinfo/prof rules, without lib/analyzer/index.ts.
import { misinfoRules } from '../lib/analyzer/misinfo';
import { profRules } from '../lib/analyzer/prof';
import type { Surface } from '../lib/analyzer/types';
export const familyOf = (c: string) => c.split('.')[0]!;
export function run(text: string, surface?: string) {
  const out: { category: string; ruleId: string; start: number; end: number; confidence: number; action: string }[] = [];
  for (const r of [...misinfoRules, ...profRules]) {
    for (const m of r.find({ text, context: { surface: surface as Surface } })) {
      if (m.confidence < 0.15) continue;
      out.push({ category: m.category ?? r.category, ruleId: m.ruleId ?? r.id, start: m.start, end: m.end, confidence: Math.round(m.confidence * 100) / 100, action: m.confidence >= 0.5 ? 'warn' : 'inform' });
    }
  }
  return out;
}
