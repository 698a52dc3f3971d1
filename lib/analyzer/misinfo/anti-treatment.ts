import { defineRule, type Match } from '../rule';
import { clauseStart, contextFactor, MAX_READINGS, negationsIn, readablePart } from '../text/framing';
import { sentencesOf, type Span } from '../text/sentences';
import english from './data/anti-treatment.json';
import spanish from './data/anti-treatment-es.json';
import { compileLists, hasIn, hitsIn, termRegex, type Hit } from '../text/lexicon';
import { mergeLists } from '../text/terms';
import { drugNames } from '../text/drugs';

/**
 * Advice to stop prescribed treatment or avoid vaccines and screening: "throw away your statins",
 * "don't vaccinate", "get him off that inhaler", "refuse them" (antibiotics, named just before).
 * Only imperative advice counts at full strength; "patients who stop statins…" and "we would
 * never message you to quit a drug" are descriptions, and "check with your prescriber before
 * you stop" is the opposite advice.
 */
/** The rule's word lists, each with its Spanish words (issue 15). */
const { commands, ...lists } = spanish;
const words = mergeLists(english, lists);
const W = compileLists({
  stopVerbs: words.stopVerbs,
  treatments: words.treatments,
  pronouns: words.pronouns,
  pronounVerbs: words.pronounVerbs,
  safety: words.safety,
  reassurance: words.reassurance,
  pastStopVerbs: words.pastStopVerbs,
  goodOutcome: words.goodOutcome,
  badOutcome: words.badOutcome,
});
/** A testimony's weight: the advice is implied ("…and she's never felt better"), not said. */
const TESTIMONY = 0.6;
const LEADS = words.imperativeLead.map((l) => l.toLowerCase());
const BARE_STOP = termRegex(['stop', 'quit', 'come off', 'stop it', 'stop them', 'stop completely']);
// Spanish stop verbs whose form is a command ("no vacunen", "déjala"): advice whatever opens the clause.
const COMMANDS = termRegex(commands);
// A command with its object attached ("déjala", "bótenlo"): the treatment was named before it.
const ENCLITIC = /(?:la|lo|las|los)$/iu;
const OBJECT_GAP = 32;
const PRONOUN_NOT_OBJECT = /^\s(?:below|here|in the|off at|at|to|with|for)\b/iu;

/** The treatment that follows `verb` closely in its sentence: the verb's object. */
const objectAfter = (treatments: readonly Hit[], verb: Hit, sentence: Span) =>
  treatments.find((t) => t.start >= verb.end && t.start - verb.end <= OBJECT_GAP && t.end <= sentence.end);

const isCommand = (text: string, verb: Hit) => hitsIn(COMMANDS, text, verb.start, verb.end).some((c) => c.start === verb.start && c.end === verb.end);

/** True when the words before the verb in its clause read as an imperative or advice. */
function imperative(text: string, sentence: Span, verb: Hit): boolean {
  if (isCommand(text, verb)) return true;
  const lead = text
    .slice(clauseStart(text, sentence, verb.start), verb.start)
    .toLowerCase()
    .replace(/’/gu, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  // "Don't let your pediatrician bully you into…" is advice too.
  return lead === '' || /^(?:don't|do not|never) let\b/u.test(lead) || LEADS.some((l) => lead === l || lead.endsWith(` ${l}`));
}

/**
 * Stopping treatment told as a success story, the advice left implied: "My neighbor's boy came off
 * his ADHD meds and he's a different kid", "took herself off her blood thinners and has never felt
 * better". A past stop verb with a treatment as its object, and a good outcome in that sentence
 * or the next. Not when the story involves the prescriber ("her doctor weaned her off") or ends
 * badly ("…and ended up in the ER"): that is a warning, not advice.
 */
function testimonies(text: string, sentences: readonly Span[], treatments: readonly Hit[]): Match[] {
  const out: Match[] = [];
  sentences.forEach((s, i) => {
    const next = sentences[i + 1];
    const until = next?.end ?? s.end;
    for (const v of hitsIn(W.pastStopVerbs, text, s.start, s.end).slice(0, MAX_READINGS)) {
      const obj = objectAfter(treatments, v, s);
      if (!obj) continue;
      if (!hasIn(W.goodOutcome, text, obj.end, until)) continue;
      if (hasIn(W.safety, text, s.start, until) || hasIn(W.badOutcome, text, s.start, until)) continue;
      if (negationsIn(text, clauseStart(text, s, v.start), v.start, [v]).length) continue;
      const confidence = TESTIMONY * contextFactor(text, v.start, obj.end, 0.8, [v]);
      if (confidence >= 0.15) out.push({ start: v.start, end: obj.end, confidence });
    }
  });
  return out;
}

export default defineRule({
  id: 'misinfo.anti-treatment',
  category: 'misinfo.anti-treatment',
  message: 'This advises stopping or avoiding an evidence-based treatment. Stopping care without a clinician can cause serious harm.',
  find({ text: draft }) {
    const text = readablePart(draft);
    const out: Match[] = [];
    const sentences = sentencesOf(text);
    // Listed treatments, and any drug named by its class stem ("alopurinol", "rosuvastatin").
    const treatments = [...hitsIn(W.treatments, text), ...drugNames(text)].sort((a, b) => a.start - b.start);
    sentences.forEach((s, i) => {
      if (hasIn(W.safety, text, s.start, s.end)) return;
      const prev = sentences[i - 1];
      for (const v of hitsIn(W.stopVerbs, text, s.start, s.end).slice(0, MAX_READINGS)) {
        let end = -1;
        // The object follows the verb, or is part of it ("don't vaccinate").
        const obj = treatments.find((t) => t.start < v.end && v.start < t.end) ?? objectAfter(treatments, v, s);
        if (obj) end = Math.max(obj.end, v.end);
        else {
          // "Refuse them" after a sentence about antibiotics; "…taper down over a few days, then stop".
          // Only verbs that read as refusing take a pronoun object, and not "drop them below".
          const pron = hitsIn(W.pronounVerbs, text, v.start, v.end).some((x) => x.start === v.start && x.end === v.end)
            ? hitsIn(W.pronouns, text, v.end, Math.min(s.end, v.end + 6)).find((p) => !PRONOUN_NOT_OBJECT.test(text.slice(p.end, p.end + 16)))
            : undefined;
          const earlier = treatments.some((t) => t.end <= v.start && t.start >= (prev ? prev.start : s.start));
          if (pron && earlier) end = pron.end;
          else if (earlier && isCommand(text, v) && ENCLITIC.test(text.slice(v.start, v.end))) end = v.end;
          else if (earlier && hitsIn(BARE_STOP, text, v.start, v.end).length && treatments.some((t) => t.start >= s.start && t.end <= v.start)) {
            end = Math.min(s.end, text.slice(v.end, s.end).search(/[.!?]|$/u) + v.end);
          }
        }
        if (end < 0) continue;
        // "Never quit your seizure meds cold turkey" is the opposite advice; "don't let them bully you into the
        // shots" is not.
        const negations = negationsIn(text, clauseStart(text, s, v.start), v.start, [v]);
        const letting = negations.filter((n) => /^\s*let\b/iu.test(text.slice(n.end, n.end + 5)));
        if (negations.length > letting.length) continue;
        let confidence = imperative(text, s, v) ? 0.75 : 0.35;
        if (hasIn(W.reassurance, text, s.start, s.end)) confidence += 0.1;
        confidence *= contextFactor(text, v.start, end, 0.8, [v, ...letting]);
        if (confidence >= 0.15) out.push({ start: v.start, end, confidence });
      }
    });
    out.push(...testimonies(text, sentences, treatments));
    return out;
  },
  examples: {
    flag: [
      '[[Throw away your statins]]. Cholesterol was never the problem.',
      'Parents, [[don’t vaccinate]] until you’ve read the inserts.',
      'Please [[do not vaccinate]] your kids until you have read the insert.',
      'Those steroid creams thin your skin. [[Toss them]] and use tallow instead.',
      'My advice to everyone I coach: [[get off the metformin]] and fast instead.',
      '[[Skip the mammogram]] this year, the radiation isn’t worth it.',
      '[[Never give your toddler ibuprofen]] for a fever, it just hides what the body is doing.',
      'Las vacunas causan autismo, [[no vacunen]] a sus hijos.',
      '[[Deja la insulina]] y toma té de canela, así de fácil.',
      'Si estás tomando sertralina, [[déjala]] poco a poco y empieza con hierbas.',
      'Mamás, [[no dejen que le pongan la vacuna]] de la hepatitis B al nacer.',
      'Gota otra vez? [[Tira tu alopurinol]] y toma jugo de cereza negra.',
      'Your cholesterol is fine. [[Stop the rosuvastatin]] and eat more butter.',
      '[[Do not start the insulin]]. Your pancreas can heal itself.',
      '[[Adiós metilfenidato]], mi hijo está mejor con omega 3.',
      'My sister [[took herself off her blood pressure pills]] in March and has never felt better.',
      'Our son [[came off his ADHD meds]] over the summer. He is a different kid now, calmer and happier.',
      'Mi suegra [[dejó la metformina]] y ahora se siente mejor que nunca.',
    ],
    pass: [
      'Check with your cardiologist before you quit a blood thinner; stopping abruptly raises stroke risk.',
      'Patients who stop taking statins after a heart attack have more repeat events.',
      'You don’t need antibiotics for a cold; they don’t work on viruses.',
      'Our pharmacy team will never message you with instructions to quit your prescriptions.',
      'Drop off old or expired meds at our take-back bin this Saturday.',
      'Don’t give aspirin to anyone under 16; acetaminophen or ibuprofen are safer for kids’ fevers.',
      'No deje la insulina sin hablar con su médico, aunque se sienta bien.',
      'Si usted tiene dolor de pecho, no se quede en casa: vaya a urgencias.',
      'Nunca dejes de tomar tus antirretrovirales, aunque la carga viral salga indetectable.',
      'Do not stop the lisinopril without talking to your doctor; it protects your kidneys.',
      'Goodbye flu season, hello spring allergies!',
      'Her cardiologist weaned her off the beta blocker and she feels great.',
      'He stopped his seizure meds on his own and ended up in the ER two weeks later.',
      'Dad quit smoking in March and has never felt better.',
    ],
  },
});
