import { defineRule, type Match } from '../rule';
import { contextFactor, MAX_READINGS, mergeAdjacent, readablePart } from '../text/framing';
import { sentencesOf } from '../text/sentences';
import english from './data/conspiracy.json';
import spanish from './data/conspiracy-es.json';
import { compileLists, hasIn, hitsIn, type Hit, type Terms } from '../text/lexicon';
import { mergeLists } from '../text/terms';

/**
 * Conspiracy framing: "plandemic", "they don't want you to know", "Big Pharma bought the
 * fact-checkers", "hidden because cancer drugs are a trillion-dollar business". Three shapes: a telltale phrase;
 * an institution followed by a concealment or corruption verb; and concealment tied to money.
 * Plain criticism with a source ("a federal audit found inhaler makers kept prices high")
 * uses none of these shapes; quoting the framing to refute it passes through context.ts.
 */
/** The rule's word lists, each with its Spanish words (issue 15). */
const words = mergeLists(english, spanish);
const W = compileLists({
  strong: words.strong,
  actors: words.actors,
  weakActors: words.weakActors,
  actions: words.actions,
  softActions: words.softActions,
  weakActions: words.weakActions,
  concealment: words.concealment,
  money: words.money,
});
const DOLLARS = /\$\s?\d|\d\s?(?:billion|million|bn)\b/iu;
// Concepts rather than sentences (issue 10): a concealment verb in any form with an object that is
// information ("burying it", "sealed the autopsies", "scrubbed the numbers"), after an actor; people
// told to lie or to stay quiet; and a profit motive named as the reason a body exists ("exists to
// protect pharmaceutical revenue", "a healthy population is bad for business", "a marketing department"). Literal
// alternations and bounded gaps only: linear.
const CONCEAL =
  /(?<!\p{L})(?:bur(?:y|ies|ied|ying)|hid(?:e|es|den|ing)?|suppress(?:es|ed|ing)?|seal(?:s|ed|ing)?|scrub(?:s|bed|bing)?|shred(?:s|ded|ding)?|delet(?:e|es|ed|ing)|censor(?:s|ed|ing)?|cover(?:s|ed|ing)?\sup|fak(?:e|es|ed|ing)|fudg(?:e|es|ed|ing)|doctor(?:ed|ing)|cook(?:s|ed|ing)|falsif(?:y|ies|ied|ying))\s(?:up\s)?(?:(?:all|the|their|our|your|those|these|any|every)\s){0,2}(?:[\p{L}-]{2,15}\s)?(?:it|this|that|them|data|numbers|results|reports|evidence|truth|deaths|injuries|autopsies|autopsy\sresults|studies|records|death\scertificates|side\seffects|lot\snumbers|adverse\sevents|reactions|cases|findings|trials)(?!\p{L})/giu;
const SILENCED =
  /(?<!\p{L})(?:were|was|are|is|get|got|been|being)\s(?:told|ordered|instructed|paid|pressured|forced|threatened)\s(?:to\s(?:lie|keep\s(?:quiet|silent)|stay\s(?:quiet|silent)|hide|cover|change)|not\sto\s(?:tell|report|talk|say|mention|publish|speak))(?!\p{L})/giu;
const PROFIT_FRAME =
  /(?<!\p{L})(?:(?:exists?|there|designed|built|set\sup)\sto\sprotect\s(?:[\p{L}'’-]{2,20}\s){0,2}(?:profits?|revenue|sponsors|bottom\sline|shareholders|stock\sprice|business)|(?:healthy|health|cure[sd]?|curing|prevention|wellness|recovery)\s(?:[\p{L}'’-]{2,20}\s){0,2}(?:is|are)\sbad\sfor\sbusiness|(?:is|are)\s(?:just\s|nothing\sbut\s|basically\s)?(?:a|an|one\sbig)\s(?:sales\spitch|marketing\s(?:department|arm|scheme|ploy|campaign)|money\sgrab|cash\sgrab))(?!\p{L})/giu;
const ACTOR_TO_ACTION = 60;
// A telltale phrase introducing the author's own, open account ("Follow the money: our clinic's
// budget went to…", "Follow the money with us — here's our annual report") is transparency, not a plot.
const OWN_ACCOUNT = /^\s*(?:[:—–-]\s*|(?:with|through)\s(?:us|me)[\s,:—–-]+)(?:our|my|here(?:'|’)?s|this is where|see where|(?:we|i)\s(?:publish|post|share|spent|spend|raised|received|put|used|invested|report)[a-z]{0,3})\b/iu;
const ownAccount = (text: string, h: Hit) => OWN_ACCOUNT.test(text.slice(h.end, h.end + 40));

interface Candidate {
  start: number;
  end: number;
  confidence: number;
  own: Hit[];
}

function pairs(actors: readonly Hit[], actions: readonly Hit[], confidence: number): Candidate[] {
  const out: Candidate[] = [];
  for (const a of actors) {
    const v = actions.find((x) => x.start >= a.end && x.start - a.end <= ACTOR_TO_ACTION);
    if (v) out.push({ start: a.start, end: v.end, confidence, own: [a, v] });
  }
  return out;
}

export default defineRule({
  id: 'misinfo.conspiracy',
  category: 'misinfo.conspiracy',
  message: 'This frames health information as a cover-up or plot. That framing erodes trust in care; criticise with evidence instead.',
  find({ text: draft }) {
    const text = readablePart(draft);
    const out: Match[] = [];
    for (const s of sentencesOf(text)) {
      const within = (re: Terms) => hitsIn(re, text, s.start, s.end);
      const money = hasIn(W.money, text, s.start, s.end) || DOLLARS.test(text.slice(s.start, s.end));
      const actors = within(W.actors);
      const candidates: Candidate[] = [
        ...within(W.strong).filter((h) => !ownAccount(text, h)).map((h) => ({ ...h, confidence: 0.8, own: [h] })),
        ...pairs(actors, within(W.actions), 0.75),
        ...pairs(within(W.weakActors), within(W.weakActions), 0.7),
        ...(money ? pairs(actors, within(W.softActions), 0.65) : []),
        ...(money ? within(W.concealment).map((h) => ({ ...h, confidence: 0.6, own: [h] })) : []),
        ...pairs([...actors, ...within(W.weakActors)], within(CONCEAL), 0.7),
        ...within(SILENCED).map((h) => ({ ...h, confidence: 0.7, own: [h] })),
        ...within(PROFIT_FRAME).map((h) => ({ ...h, confidence: 0.7, own: [h] })),
      ];
      if (candidates.length === 0) continue;
      let factor = 1;
      for (const c of candidates.slice(0, MAX_READINGS)) factor = Math.min(factor, contextFactor(text, c.start, c.end, 0.8, c.own));
      const confidence = Math.max(...candidates.map((c) => c.confidence)) * factor;
      if (confidence < 0.15) continue;
      out.push({
        start: Math.min(...candidates.map((c) => c.start)),
        end: Math.max(...candidates.map((c) => c.end)),
        confidence,
      });
    }
    return mergeAdjacent(text, out);
  },
  examples: {
    flag: [
      '[[Big Pharma buried the research]] on vitamin D years ago.',
      'Ask yourself why the cure is always “ten years away”. [[Follow the money]].',
      '[[They don’t want you to know]] that fasting heals your gut.',
      'The whole thing was a [[plandemic]], start to finish.',
      'Oncologists [[get paid to push]] chemo, that’s the whole business model.',
      'Of course the guidelines say that, the whole panel is [[in the pocket of big pharma]].',
      '[[Las farmacéuticas ocultan]] la cura del cáncer porque viven de la quimio.',
      'Fue una [[plandemia]] y punto.',
      '[[They have the data and they’re burying it]].',
      'The whole journal system [[exists to protect pharma revenue]].',
      'ER nurses [[were told not to report]] the reactions.',
    ],
    pass: [
      'A congressional investigation found that inhaler manufacturers kept US prices far above Europe’s for years. Legislation can change that.',
      'Some say physicians conceal vaccine reactions. That’s wrong: adverse events have to be reported to VAERS.',
      'Nobody is hiding the cure for cancer; cancer is hundreds of diseases, and surgery, radiation and chemo already cure many of them.',
      'The CDC and local health departments work together to track measles outbreaks.',
      'Patients sometimes hide their symptoms from doctors out of fear. Let’s make it safe to tell us.',
      'Follow the money: our hospital foundation’s donations paid for two new dialysis chairs this year.',
      'Disclosure: this trial was funded by the manufacturer, so read the secondary endpoints with care.',
      'Es falso que las farmacéuticas oculten la cura del cáncer: el cáncer son cientos de enfermedades distintas.',
      'La Secretaría de Salud publicó los datos de vacunación de este año en su página.',
      'We buried my grandmother last spring; hospice made it gentle.',
      'Some patients hide their symptoms, so ask twice and listen.',
      'Outbreaks are bad for business, which is why restaurants follow food-safety rules.',
    ],
  },
});
