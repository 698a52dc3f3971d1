/**
 * A finding's reason in the language of its sentence (issue 15): Spanish sentences get Spanish
 * reasons and rule-written suggestions, English sentences keep English ones, whatever the
 * browser's language. What a user would notice if this broke: an English reason under a
 * Spanish sentence, or a Spanish one under an English sentence.
 */
import { describe, expect, it } from 'vitest';
import catalog from '../../../lib/analyzer/messages-es.json';
import { analyze, CATEGORIES, RULE_IDS } from '../../../lib/analyzer';
import { inSentenceLanguage, spanishMessage, spanishReplacement } from '../../../lib/analyzer/localize';
import { RULES } from '../../../lib/analyzer/rules';
import type { Finding } from '../../../lib/analyzer/types';

const ACCENTED = /[áéíóúñ¿¡«]/;

describe('the Spanish reasons', () => {
  it('cover every category, and name only real rules and categories', () => {
    for (const c of CATEGORIES) expect(catalog.byCategory[c as keyof typeof catalog.byCategory], c).toBeTruthy();
    expect(Object.keys(catalog.byCategory).sort()).toEqual([...CATEGORIES].sort());
    for (const key of Object.keys(catalog.byRule)) {
      const [ruleId, category] = key.split('|');
      expect(RULE_IDS.has(ruleId!), key).toBe(true);
      expect(CATEGORIES as readonly string[]).toContain(category);
    }
  });

  it('give every rule and judgement a Spanish reason; a myth keeps its own correction', () => {
    for (const r of RULES) expect(spanishMessage(r.id, r.category), r.id).toMatch(ACCENTED);
    expect(spanishMessage('phi.ssn', 'phi.ssn')).toBe(catalog.byCategory['phi.ssn']);
    expect(spanishMessage('phi.deny-list', 'phi.other-id')).toBe(catalog.byRule['phi.deny-list|phi.other-id']);
    expect(spanishMessage('misinfo.known-myth.judged', 'misinfo.known-myth')).toContain('desmentido');
    expect(spanishMessage('misinfo.myth.vaccines-autism', 'misinfo.known-myth')).toBeUndefined();
  });

  it('translate the suggestions the rules write, never the user’s words', () => {
    expect(spanishReplacement('recently', 'phi.date')).toBe('hace poco');
    expect(spanishReplacement('in their 30s', 'phi.age')).toBe('de treinta y tantos');
    expect(spanishReplacement('code SAVE20 #ad', 'prof.coi')).toBe('code SAVE20 #publicidad');
    expect(spanishReplacement('Dr. Ruiz', 'phi.name')).toBeUndefined();
  });
});

describe('analyze()', () => {
  const draft = 'Mi paciente de 34 años está en la cama 4. Llame al 555-201-7788 hoy. My patient, 34, is in bed 4.';
  const findings = analyze(draft);
  const spanishEnd = draft.indexOf('My patient');

  it('gives findings in Spanish sentences Spanish reasons and those in English sentences English ones', () => {
    const es = findings.filter((f) => f.end <= spanishEnd);
    const en = findings.filter((f) => f.start >= spanishEnd);
    expect(es.map((f) => f.category)).toEqual(expect.arrayContaining(['phi.age', 'phi.geo']));
    expect(en.map((f) => f.category)).toEqual(expect.arrayContaining(['phi.age', 'phi.geo']));
    for (const f of es) expect(f.message, f.ruleId).toMatch(ACCENTED);
    for (const f of en) expect(f.message, f.ruleId).not.toMatch(ACCENTED);
    expect(en.find((f) => f.category === 'phi.age')?.fix?.replacement).toBe('in their 30s');
  });

  it('changes only words: offsets, categories and levels stay as the rules made them', () => {
    const english = (f: Finding) => RULES.find((r) => r.id === f.ruleId)?.message ?? f.message;
    const undone = findings.map((f) => ({ ...f, message: english(f) }));
    expect(inSentenceLanguage(draft, undone).map(({ start, end, category, action }) => ({ start, end, category, action })))
      .toEqual(findings.map(({ start, end, category, action }) => ({ start, end, category, action })));
  });

  it('leaves an English-only draft untouched', () => {
    const en = 'Call me at 555-201-7788, my patient in bed 4 is 34.';
    const out = analyze(en);
    expect(out.length).toBeGreaterThan(0);
    expect(inSentenceLanguage(en, out)).toBe(out);
  });
});
