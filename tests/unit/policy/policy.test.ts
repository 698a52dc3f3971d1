import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyzer';
import { checkPattern } from '../../../lib/analyzer/text/safe-pattern';
import { DEFAULT_POLICY } from '../../../lib/policy/defaults';
import { MIGRATIONS, POLICY_VERSION, readPolicy } from '../../../lib/policy/migrate';
import { applyUserChange, nextRefusals, resolve, siteEnabled, toAnalyzerPolicy } from '../../../lib/policy/resolve';
import { FIELDS, validatePatch } from '../../../lib/policy/schema';

describe('checkPattern: deny-list patterns must be linear-time safe', () => {
  it.each(['MRN-\\d{7}', 'MV[- ]?\\d{6,8}', '(?:MRN|MR)#?\\s?\\d{7}', '[A-Z]{2}\\d{6}'])('accepts %s', (p) => {
    expect(checkPattern(p).ok).toBe(true);
  });
  it.each([
    ['(\\d+)+x', /counted repeat/],
    ['\\d*', /counted repeat/],
    ['a{2,}', /counted repeat/],
    ['(a)\\1', /Back-references/],
    ['(?=abc)abc', /Lookarounds/],
    ['(?:a|b|c|d|e){1,12}', /too many/],
    ['ab', /at least 3/],
    ['[', /not a valid pattern/],
    ['\\d{80}', /at most/],
  ])('refuses %s with a plain reason', (p, reason) => {
    const c = checkPattern(p);
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.reason).toMatch(reason);
  });
  it('compiles to a case-insensitive whole-word search', () => {
    const c = checkPattern('MV-\\d{3}');
    expect(c.ok && 'x mv-123 y MV-1234'.match(c.regex)).toEqual(['mv-123']);
  });
});

describe('validatePatch repairs instead of discarding', () => {
  it('keeps valid fields and drops or clamps the rest, with a message for each', () => {
    const { patch, problems } = validatePatch({
      sensitivity: 'extreme',
      debounceMs: 10,
      actions: { 'phi.ssn': 'block', 'phi.name': 'shout', 'phi.nope': 'warn' },
      allowList: { names: ['Dr. Ada Lee', 7, 'x', 'Dr. Ada Lee'] },
      denyList: { patterns: ['MRN-\\d{7}', '(a+)+$'] },
      colour: 'blue',
    });
    expect(patch).toEqual({
      debounceMs: 100,
      actions: { 'phi.ssn': 'block' },
      allowList: { names: ['Dr. Ada Lee'] },
      denyList: { patterns: ['MRN-\\d{7}'] },
    });
    expect(problems.map((p) => p.reason).join('\n')).toMatch(/Sensitivity.*extreme/);
    expect(problems.map((p) => p.reason).join('\n')).toMatch(/outside 100–5000; using 100/);
    expect(problems.map((p) => p.reason).join('\n')).toMatch(/phi\.nope/);
    expect(problems.map((p) => p.reason).join('\n')).toMatch(/colour/);
    expect(problems.map((p) => p.reason).join('\n')).toMatch(/\(a\+\)\+\$/);
  });
  it('says so when a group is not a group', () => {
    const r = validatePatch({ actions: 'block', sensitivity: 'low' });
    expect(r.patch).toEqual({ sensitivity: 'low' });
    expect(r.problems.map((p) => p.reason).join(' ')).toMatch(/Ignored “actions”/);
  });
  it('treats garbage as no settings', () => {
    expect(validatePatch('nope').patch).toEqual({});
    expect(validatePatch(undefined)).toEqual({ patch: {}, problems: [], refused: [] });
  });
});

describe('resolve(defaults, user, managed)', () => {
  it('layers defaults ← user ← managed and locks what managed sets', () => {
    const r = resolve(
      DEFAULT_POLICY,
      { sensitivity: 'high', actions: { 'phi.ssn': 'inform', 'prof.hostile': 'off' } },
      { actions: { 'phi.ssn': 'block' }, sites: { x: false } },
    );
    expect(r.effective.sensitivity).toBe('high');
    expect(r.effective.actions['phi.ssn']).toBe('block');
    expect(r.effective.actions['prof.hostile']).toBe('off');
    expect(r.effective.sites).toEqual({ facebook: true, x: false, linkedin: true, instagram: true });
    expect(r.locked).toEqual(['actions.phi.ssn', 'sites.x']);
    expect(DEFAULT_POLICY.actions['phi.ssn']).toBe('confirm'); // defaults are not mutated
  });
  it('ignores invalid managed values instead of applying them', () => {
    const r = resolve(DEFAULT_POLICY, {}, { sensitivity: 'max', debounceMs: 'soon' });
    expect(r.effective.sensitivity).toBe('balanced');
    expect(r.locked).toEqual([]);
  });
  it('is pure: same inputs, same output', () => {
    const a = resolve(DEFAULT_POLICY, { sensitivity: 'low' }, {});
    const b = resolve(DEFAULT_POLICY, { sensitivity: 'low' }, {});
    expect(a).toEqual(b);
  });
});

describe('applyUserChange: locked keys are ignored', () => {
  it('refuses a change to a managed key and keeps the rest', () => {
    const locked = resolve(DEFAULT_POLICY, {}, { sensitivity: 'high', actions: { 'phi.ssn': 'block' } }).locked;
    const r = applyUserChange({}, { sensitivity: 'low', actions: { 'phi.ssn': 'off', 'phi.email': 'inform' } }, locked);
    expect(r.ignored.sort()).toEqual(['actions.phi.ssn', 'sensitivity']);
    expect(r.user).toEqual({ actions: { 'phi.email': 'inform' } });
  });
  it('null returns a key to its default', () => {
    const r = applyUserChange({ sensitivity: 'low', actions: { 'phi.ssn': 'off' } }, { sensitivity: null, actions: { 'phi.ssn': null } }, []);
    expect(r.user).toEqual({});
  });
});

describe('refused list entries are named, never silently dropped (issue 12)', () => {
  it('one bad pattern costs nothing of the rest; each refused entry is named with its reason', () => {
    const r = validatePatch({ denyList: { patterns: ['MRN-\\d{7}', '(\\d+)+x', 'RGH-\\d{6}', '['], facilities: ['ER'] } });
    expect(r.patch.denyList).toEqual({ patterns: ['MRN-\\d{7}', 'RGH-\\d{6}'], facilities: [] });
    expect(r.refused).toEqual([
      { key: 'denyList.facilities', entry: 'ER', reason: 'entries must be 3–200 characters.', code: 'length', subs: [3, 200] },
      { key: 'denyList.patterns', entry: '(\\d+)+x', reason: expect.stringMatching(/counted repeat/), code: 'open-repeat' },
      { key: 'denyList.patterns', entry: '[', reason: expect.stringMatching(/not a valid pattern/), code: 'invalid', subs: [expect.any(String)] },
    ]);
    // The valid patterns run; the refused one does not.
    const found = analyze('chart MRN-0048213 and 1111x', {}, toAnalyzerPolicy(resolve(DEFAULT_POLICY, {}, r.patch).effective));
    expect(found.filter((f) => f.ruleId === 'phi.deny-list').map((f) => f.category)).toEqual(['phi.mrn']);
  });
  it('entries past a list’s maximum are refused by name too', () => {
    const names = Array.from({ length: 52 }, (_, i) => `Dr. Name ${i}`);
    const r = validatePatch({ allowList: { names } });
    expect(r.patch.allowList?.names).toHaveLength(50);
    expect(r.refused.map((x) => x.entry)).toEqual(['Dr. Name 50', 'Dr. Name 51']);
  });
  it('a settings file keeps the user’s refused entries, re-checks them, and ignores the organization’s', () => {
    const r = readPolicy({
      format: 'second-look-policy',
      version: 1,
      policy: { denyList: { patterns: ['MRN-\\d{7}'] } },
      refused: [
        { setting: 'denyList.patterns', entry: '\\d+', reason: 'old words' },
        { setting: 'denyList.patterns', entry: 'MV-\\d{7}' }, // refused by an older build, accepted now: restored
        { setting: 'denyList.patterns', entry: 'ORG-\\d+', setBy: 'organization' },
        { setting: 'sensitivity', entry: 'x' },
        'junk',
      ],
    });
    expect(r.envelope.policy.denyList?.patterns).toEqual(['MRN-\\d{7}', 'MV-\\d{7}']);
    expect(r.refused).toEqual([{ key: 'denyList.patterns', entry: '\\d+', reason: expect.stringMatching(/counted repeat/), code: 'open-repeat' }]);
    expect(r.envelope.refused).toEqual([{ setting: 'denyList.patterns', entry: '\\d+' }]);
  });
  it('a change replaces the refusals of the lists it sets and keeps the others', () => {
    const before = [
      { key: 'denyList.patterns', entry: '\\d+', reason: 'r' },
      { key: 'allowList.names', entry: 'A', reason: 'r' },
    ];
    const change = applyUserChange({}, { denyList: { patterns: ['MRN-\\d{7}', 'a*'] } }, []);
    expect(nextRefusals(before, change).map((r) => r.entry)).toEqual(['A', 'a*']);
    const locked = applyUserChange({}, { denyList: { patterns: ['a*'] } }, ['denyList.patterns']);
    expect(locked.refused).toEqual([]);
    expect(nextRefusals(before, locked)).toEqual(before);
  });
});

describe('migrations', () => {
  it('reads a bare policy object (version 0) as version 1', () => {
    const r = readPolicy({ sensitivity: 'low' });
    expect(r.envelope).toEqual({ format: 'second-look-policy', version: POLICY_VERSION, policy: { sensitivity: 'low' } });
  });
  it('runs every step in order and repairs the result', () => {
    const migrations = { ...MIGRATIONS, 1: (d: Record<string, unknown>) => ({ ...d, version: 2, policy: { ...(d.policy as object), debounceMs: 99999 } }) };
    const r = readPolicy({ format: 'second-look-policy', version: 1, policy: { sensitivity: 'high' } }, migrations, 2);
    expect(r.envelope.policy).toEqual({ sensitivity: 'high', debounceMs: 5000 });
  });
  it('never throws on garbage', () => {
    expect(readPolicy(42).envelope.policy).toEqual({});
    expect(readPolicy(null).problems).toEqual([]);
  });
});

describe('toAnalyzerPolicy', () => {
  const effective = resolve(DEFAULT_POLICY, {
    sensitivity: 'high',
    allowList: { phones: ['(415) 555-0100'] },
    denyList: { facilities: ['Mercy Valley Hospital'], patterns: ['MV-\\d{7}'] },
    sites: { linkedin: false },
  }, {}).effective;
  const policy = toAnalyzerPolicy(effective);
  it('maps sensitivity to thresholds', () => {
    expect(policy.warnThreshold).toBe(0.3);
  });
  it('the allow-list silences the practice phone and the deny-list reports facility and MRN format', () => {
    const text = 'Call us at 415-555-0100. Seen at Mercy Valley Hospital, chart MV-0048213.';
    const cats = analyze(text, {}, policy).map((f) => [f.category, text.slice(f.start, f.end)]);
    expect(cats).toContainEqual(['phi.geo', 'Mercy Valley Hospital']);
    expect(cats).toContainEqual(['phi.mrn', 'MV-0048213']);
    expect(cats.find(([c]) => c === 'phi.phone')).toBeUndefined();
  });
  it('site switches', () => {
    expect(siteEnabled(effective, 'linkedin')).toBe(false);
    expect(siteEnabled(effective, 'x')).toBe(true);
  });
  it('the defaults are a complete, valid policy', () => {
    expect(validatePatch(DEFAULT_POLICY).problems).toEqual([]);
    expect(Object.keys(resolve(DEFAULT_POLICY, {}, DEFAULT_POLICY).locked)).toHaveLength(FIELDS.length);
  });
});
