/**
 * Places smaller than a state: street addresses, named streets, towns and neighborhoods, ZIP codes,
 * named venues and store branches, roads, and spots inside a facility (bed 4, bay 6, pod C). A place
 * is a patient's when a person or care is in view; an organization's own address ("visit us at"),
 * an event's venue, or the author's own story ("I grew up in…") is only a hint.
 */
import { defineRule, type Match } from '../rule';
import { alternation, hasMatch, matchesOf, phraseRegex } from '../text/terms';
import words from './data/geo-words.json';
import { spanishSignalsAt } from './context';
import { hasSpanish, spanishPhraseRegex } from '../text/language';
import { builtOnFirstUse } from '../text/memo';
import firstNames from './data/first-names.json';
import { aboutAuthor, Claimed, cueIn, EVENT_CUE, isTeaching, notAPatient, ORG_SUFFIX, sentenceAt, type Signals, signalsAt, STOP_PLACES } from './identifier-context';

const alt = (list: readonly string[]) => alternation(list);
const CAP = "\\p{Lu}[\\p{L}'’-]{1,20}";
const SUFFIX = `(?:${alt(words.streetSuffixes)})\\.?`;

// 415 Cottonwood Dr; 88 Birchwood Ct, Apt 3B; 12 N. 5th Street.
const STREET_ADDRESS = new RegExp(
  `(?<![\\p{L}\\d#-])\\d{1,6}[A-Z]?\\s(?:[NSEW]\\.?\\s)?(?:(?:${CAP}|\\d{1,3}(?:st|nd|rd|th))\\s){1,3}${SUFFIX}(?!\\p{L})` +
    `(?:,?\\s(?:Unit|Apt|Apartment|Suite|Ste|Lot|Trlr|#)\\.?\\s?#?[A-Z\\d]{1,5}(?![\\p{L}\\d]))?`,
  'gu',
);
// "on Larkhaven Way", "off Pembrook Ave": a named street without a number.
const NAMED_STREET = new RegExp(`(?<!\\p{L})(?:on|off|at|near|along|down|up|from|of|by)\\s((?:${CAP}\\s){1,2}${SUFFIX})(?!\\p{L})`, 'gu');
// Sheridan, WY; Boise, ID 83702. The city is what identifies below state level.
const STATES = new Set(words.states);
const AMBIGUOUS_STATES = new Set(words.ambiguousStates);
const CITY_STATE = new RegExp(`(?<!\\p{L})((?:${CAP}\\s){0,2}${CAP}),\\s(${alt(words.states)})\\.?(?!\\p{L})(\\s\\d{5}(?:-\\d{4})?(?!\\d))?`, 'gu');
const ZIP_LABELLED = /(?<!\p{L})(?:zip|zip code|zipcode|postal code)\s{0,2}:?\s{0,2}(\d{5}(?:-\d{4})?)(?!\d)/giu;
// Towns and neighborhoods after a preposition: "from Wenatchee", "in Fox Hollow".
const PREP_PLACE = new RegExp(`(?<!\\p{L})(?:${alt(words.placePrepositions)})\\s((?:${CAP})(?:\\s${CAP}){0,2})(?![\\p{L}'’])`, 'gu');
const AREA = new RegExp(`(?<!\\p{L})((?:${CAP}\\s)?${CAP})\\sarea(?!\\p{L})`, 'gu');
// Named places: "at the Lakeview Plaza", "from Oakhurst Middle", "the ASU dorms".
const PLACE_TYPE = new RegExp(
  `(?<!\\p{L})(?:at|from|near|outside|behind|by|in|to|under|inside|across from)\\s(?:the\\s)?((?:(?:${CAP}|\\p{Lu}{2,6}|&)\\s){1,3}(?:${alt(words.placeTypes)}))(?!\\p{L})`,
  'gu',
);
// "the Walgreens on Fulton", "the QuikTrip on Oak".
const STORE_ON = new RegExp(`(?<!\\p{L})((?:the\\s)?(?:${alt(words.stores)})\\s(?:on|at|off)\\s(?:${CAP}|\\d{1,3}(?:st|nd|rd|th))(?:\\s${SUFFIX})?)(?!\\p{L})`, 'gu');
// "a Wenatchee man", "a Fresno teen": a town used as an adjective for a person.
// Only after "a": "the Garcia boy" is usually a surname.
const TOWN_PERSON = new RegExp(`(?<!\\p{L})[Aa]n?\\s((?:${CAP}\\s)?${CAP})\\s(?:${alt(words.townPeople)})(?!\\p{L})`, 'gu');
const DEMONYMS = new Set(words.demonyms);
// "+1 (604) 555-0148 (Vancouver)": a place in parentheses right after a phone number.
const AFTER_NUMBER = new RegExp(`(?<=\\d\\s?\\()(${CAP}(?:\\s${CAP}){0,2})(?=\\))`, 'gu');
// I-80 near exit 142; Hwy 12; Route 9.
const ROAD =
  /(?<![\p{L}\d])(?:(?:I-\d{1,3}|(?:US|SR|Route|Rte|Hwy|Highway|Interstate)\s?-?\d{1,3})(?:\s(?:near|at|by|past)\s(?:exit|mile marker|mm)\s\d{1,4})?|(?:[Ee]xit|[Mm]ile marker)\s\d{1,4})(?![\p{L}\d])/gu;
// Bed 4, bay 6, ICU bed 12, pod C, chair 4, trauma 2, room 312, exam room 2.
const SPOT = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:ICU|CCU|PICU|NICU|MICU|SICU|ER|ED|PACU|L&D)\\s)?(${alt(words.facilitySpots)})\\s?#?\\s?(\\d{1,4}[A-Za-z]?|[A-Z](?:-?\\d{1,3})?)(?![\\p{L}\\d])(?:['’]s)?`,
  'giu',
);
// "the lady in 4B", "pt in 12B": a room written as number and wing letter, with a person nearby.
const SHORT_ROOM = /(?<=(?<!\p{L})(?:in|from|to)\s)\d{1,4}[A-Z](?![\p{L}\d])/gu;
// "the lady in 5", "my pt in 14", "the 30-something in 12": a person placed by a bare room number.
const OCCUPANT_ROOM = new RegExp(
  `(?<!\\p{L})(?:${alt(words.roomOccupants)}|[\\p{L}\\p{N}]{1,12}-something|\\d{1,3}\\s?(?:yo|y\\/o|[MF]))\\sin\\s(\\d{1,3})(?![\\p{L}\\d:%./,-]|\\s?(?:years?|yrs?|months?|mos?|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|seconds?|am|pm|mg|ml|kg|lbs?|percent|of|out|patients|people)(?!\\p{L}))`,
  'giu',
);
const OPERATING_ROOM = /(?<![\p{L}\d])OR\s?#?\d{1,2}(?![\p{L}\d])/gu;

// "Bed 5 is broken, maintenance please", "Room 3 has the new ultrasound": the place is about equipment or upkeep.
const FACILITY_ISSUE = new RegExp(phraseRegex(words.facilityIssue, 'i').source, 'iu');
const NEEDS_PERSON = new Set(words.facilityNeedsPerson);
const ROOMS = new Set(words.rooms);
const ROOM_NOT_PATIENT = new RegExp(`${phraseRegex(words.roomNotPatient, 'i').source}\\s{1,2}$`, 'iu');
const ORG_ADDRESS = phraseRegex(words.organizationAddress, 'i');
const OUR_PLACE = /(?<!\p{L})our\s(?:[\p{L}-]{2,20}\s)?(?:office|clinic|location|practice|pharmacy|hospital|building|campus|center)(?!\p{L})/iu;
const STATE_NAMES = new Set(words.stateNames);
const CALENDAR =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
// "Mercy Hospital in Joplin": where an organization is, not where a patient is.
const ORG_BEFORE = new RegExp(`${ORG_SUFFIX.source}\\s{1,2}(?:in|of|at|near|outside)\\s{1,2}$`, 'u');

// Spanish (issue 15), read only in drafts with a Spanish sentence. Spots and rooms: "cama 4",
// "la cuna 3", "habitación 311", "3er piso"; a place noun before its name: "colonia Hidalgo",
// "escuela Bonham", "calle 8"; a town after a word that leads to one: "vive en Hialeah", "es de
// Caguas", "en Pilsen". Accents optional; bounded runs and literal alternations only: linear.
const ES_CAP = "\\p{Lu}[\\p{L}\\p{M}'’-]{1,20}";
// The capitalized name must stay case-sensitive, so the nouns before it carry both cases instead of an i flag.
const bothCases = (list: readonly string[]) => list.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]);
const ES_SPOTS = new Set(words.esSpots);
const ES_SPOT = new RegExp(
  `(?<![\\p{L}\\d])(?:(${alt([...words.esSpots, ...words.esRooms])})\\s?(?:#|n[oº°]\\.?\\s?)?(\\d{1,4}[A-Z]?|[A-Z])|(\\d{1,2})(?:er|ero|do|o|ro|to|vo|mo|no|º|°)\\s(piso))(?![\\p{L}\\d])`,
  'giu',
);
const ES_NAMED = new RegExp(
  `(?<!\\p{L})(?:${alt(bothCases(words.esPlaceNouns))})\\s(?:(?:de\\s(?:la\\s|los\\s|las\\s)?|del\\s))?(?:${ES_CAP}|\\d{1,3})(?:\\s(?:de\\s|del\\s)?${ES_CAP}){0,2}(?![\\p{L}'’])`,
  'gu',
);
const ES_TOWN = new RegExp(`(?<!\\p{L})(${alt(words.esTownLeads)})\\s(${ES_CAP}(?:\\s(?:de\\s|del\\s)?${ES_CAP}){0,2})(?![\\p{L}\\p{M}'’])`, 'gu');
// "la de la 312", "el niño de la 5", "el flaco del 6B": a person placed by a bare room or bed number
// (the room is understood). Not a time: "la junta de la 1 de la tarde", "de la 1:30".
const ES_OCCUPANT = /(?<!\p{L})(?:el|la)(?:\s\p{L}{2,15}){0,2}\sde(?:\sla|l)\s\d{1,4}[A-Z]?(?![\p{L}\d%:.,]\d|[\p{L}\d%:])(?!\s(?:de\s(?:la\s)?(?:tarde|mañana|noche|madrugada)|p\.?m|a\.?m|hrs?|horas?)(?!\p{L}))/giu;
const ES_STOP = new Set(words.esStopPlaces);
const FIRST_NAMES = new Set(firstNames.names);
const ES_GEO = builtOnFirstUse({
  orgAddress: () => spanishPhraseRegex(words.esOrganizationAddress, 'iu'),
  facilityIssue: () => spanishPhraseRegex(words.esFacilityIssue, 'iu'),
});
const ES_AREA = { kind: 'replace', replacement: 'la zona' } as const;

const REMOVE = { kind: 'remove' } as const;
const LEAD = /(?<!\p{L})(?:in|at)\s$/iu;
const A_TOWN = { kind: 'replace', replacement: 'a nearby town' } as const;

/**
 * How sure a town or street is about a patient: a person nearby raises it; care words alone
 * ("COVID cases rose in Harris County") describe a population; an event lowers it.
 */
function placeConfidence(s: Signals, organization: boolean, base: number): number {
  if (organization) return 0.2;
  if (s.event) return s.person ? (s.clinical ? 0.5 : 0.45) : 0.2;
  if (s.person) return Math.max(base, 0.65);
  if (s.clinical) return 0.45;
  return Math.min(base, 0.35);
}

const PRONOUN = /(?<!\p{L})(?:he|she|his|her|him|he's|she's|he’s|she’s)(?!\p{L})/iu;
// "a farmer from", "the retired teacher in": a person described by what they do, right before a town.
const DESCRIBED_PERSON =
  /(?<!\p{L})(?:a|an|the|this|that|our|my)\s(?:[\p{Ll}-]{2,20}\s)?[\p{Ll}-]{1,20}(?:er|or|ist|ian|ant|ent|man|woman|mom|dad|kid|boy|girl|lady|guy|grandma|grandpa|mother|father|wife|husband|veteran)\s(?:(?:from|just)\s)?(?:from|in|outside|outside of|near|around)\s$/u;

/** True when a capitalized run is a real place name rather than a month, word, org or state. */
function placeLike(name: string): boolean {
  const parts = name.split(/\s/);
  const first = parts[0]?.replace(/['’]s$/u, '') ?? '';
  if (STOP_PLACES.has(first) || STOP_PLACES.has(name) || STATE_NAMES.has(name)) return false;
  if (/^\p{Lu}{2,4}$/u.test(first) && parts.length === 1) return false; // ICU, CVS, ASU on their own
  if (hasMatch(ORG_SUFFIX, name)) return false;
  return !parts.some((p) => CALENDAR.test(p)); // "Tuesday Night", "March Madness"
}

export default defineRule({
  id: 'phi.geo',
  category: 'phi.geo',
  message: 'A place smaller than a state (an address, town, or bed and room) can point to a patient. Leave it out.',
  find({ text, context }) {
    const out: Match[] = [];
    const claimed = new Claimed(text.length);
    const teaching = isTeaching(text);
    // "visit us at …" anywhere shortly before, or "our office, …" right before.
    const organizationNear = (start: number) =>
      ORG_ADDRESS.test(text.slice(Math.max(0, start - 80), start)) ||
      OUR_PLACE.test(text.slice(Math.max(0, start - 30), start)) ||
      ORG_BEFORE.test(text.slice(Math.max(0, start - 40), start));
    const add = (from: number, end: number, confidence: number, fix: Match['fix'] = REMOVE) => {
      // Removing "bed 4" should take its "in" along: "the 34yo with DKA", not "the 34yo in with DKA".
      const lead = fix === REMOVE ? (LEAD.exec(text.slice(Math.max(0, from - 6), from))?.[0].length ?? 0) : 0;
      const start = from - lead;
      if (end <= start || !claimed.claim(start, end)) return;
      out.push({ start, end, confidence: notAPatient(text, start, teaching) ? Math.min(confidence, 0.3) : confidence, fix });
    };
    /** Signals for a town or street: the author's own story ("I grew up in …") is not a patient's. */
    const townSignals = (start: number, end: number): Signals => {
      const s = signalsAt(text, start, end, context);
      const [a, b] = sentenceAt(text, start);
      const sentence = text.slice(a, b);
      const own = aboutAuthor(text, start);
      if (own) return { person: false, clinical: false, event: s.event };
      // For a town, "he" or "her", or "a farmer from …", in a clinical sentence is a particular person.
      const described = DESCRIBED_PERSON.test(text.slice(Math.max(a, start - 50), start));
      return { ...s, person: s.person || (s.clinical && (PRONOUN.test(sentence) || described)) };
    };
    /** True when the sentence around `start` is about equipment or upkeep ("Bed 5 is broken"). */
    const facilityIssue = (start: number) => {
      const [a, b] = sentenceAt(text, start);
      return FACILITY_ISSUE.test(text.slice(a, b));
    };
    const group = (m: RegExpExecArray, i: number): [number, number] => {
      const g = m[i] ?? '';
      const start = m.index + m[0].lastIndexOf(g);
      return [start, start + g.length];
    };

    for (const m of matchesOf(STREET_ADDRESS, text)) {
      const end = m.index + m[0].length;
      const s = signalsAt(text, m.index, end, context);
      // An address with nobody in view is usually a venue or an office; with a person, it is theirs.
      add(m.index, end, organizationNear(m.index) || (s.event && !s.person) ? 0.2 : s.person ? 0.85 : s.clinical ? 0.7 : 0.45);
    }
    for (const m of matchesOf(STORE_ON, text)) {
      const [start, end] = group(m, 1);
      // A particular store's branch places someone even without a clinical word nearby.
      const s = signalsAt(text, start, end, context);
      add(start, end, organizationNear(start) ? 0.2 : s.event ? 0.25 : s.person || s.clinical ? 0.7 : 0.55);
    }
    for (const m of matchesOf(NAMED_STREET, text)) {
      const [start, end] = group(m, 1);
      if (!placeLike(m[1] ?? '')) continue;
      add(start, end, placeConfidence(townSignals(start, end), organizationNear(start), 0.45));
    }
    for (const m of matchesOf(CITY_STATE, text)) {
      const [city = '', state = '', zip] = [m[1], m[2], m[3]];
      if (AMBIGUOUS_STATES.has(state) && !zip) continue; // "Lee, MD" is a credential
      if (!STATES.has(state) || !placeLike(city)) continue;
      const start = m.index;
      const end = start + city.length;
      const s = townSignals(start, end);
      add(start, zip ? m.index + m[0].length : end, placeConfidence(s, organizationNear(start), 0.5), A_TOWN);
    }
    for (const m of matchesOf(ZIP_LABELLED, text)) {
      const [start, end] = group(m, 1);
      add(start, end, organizationNear(start) ? 0.2 : 0.75);
    }
    for (const m of matchesOf(PLACE_TYPE, text)) {
      const [start, end] = group(m, 1);
      const name = m[1] ?? '';
      if (STOP_PLACES.has(name.split(/\s/)[0] ?? '')) continue;
      add(start, end, placeConfidence(townSignals(start, end), organizationNear(start), 0.45));
    }
    for (const m of matchesOf(PREP_PLACE, text)) {
      const [start, end] = group(m, 1);
      if (!placeLike(m[1] ?? '')) continue;
      add(start, end, placeConfidence(townSignals(start, end), organizationNear(start), 0.35), A_TOWN);
    }
    for (const m of matchesOf(TOWN_PERSON, text)) {
      const name = m[1] ?? '';
      if (!placeLike(name) || DEMONYMS.has(name) || name.split(/\s/).some((w) => DEMONYMS.has(w))) continue;
      const [start, end] = group(m, 1);
      add(start, end, placeConfidence(townSignals(start, end), organizationNear(start), 0.35), A_TOWN);
    }
    for (const m of matchesOf(AREA, text)) {
      const [start, end] = group(m, 1);
      if (!placeLike(m[1] ?? '')) continue;
      add(start, end, placeConfidence(townSignals(start, end), organizationNear(start), 0.35), A_TOWN);
    }
    for (const m of matchesOf(AFTER_NUMBER, text)) {
      if (!placeLike(m[1] ?? '')) continue;
      const end = m.index + m[0].length;
      add(m.index, end, placeConfidence(signalsAt(text, m.index, end, context), false, 0.5), A_TOWN);
    }
    for (const m of matchesOf(ROAD, text)) {
      const end = m.index + m[0].length;
      add(m.index, end, placeConfidence(signalsAt(text, m.index, end, context), false, 0.35));
    }
    for (const m of matchesOf(SPOT, text)) {
      const kind = (m[1] ?? '').toLowerCase();
      const id = m[2] ?? '';
      const end = m.index + m[0].length;
      if (/^[a-z]/.test(id)) continue; // "bed a" is not a place; "pod C" is
      if (/^\d{4}$/.test(id) && Number(id) >= 1900) continue; // "room 2025 plan"
      const s = signalsAt(text, m.index, end, context);
      if (ROOMS.has(kind)) {
        if (ROOM_NOT_PATIENT.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
        add(m.index, end, s.event || (facilityIssue(m.index) && !s.person) ? 0.2 : s.person ? 0.8 : s.clinical ? 0.5 : 0.35);
      } else if (NEEDS_PERSON.has(kind)) {
        add(m.index, end, s.person && !s.event ? 0.6 : 0.25);
      } else {
        // Beds and bays hold patients, but "Bed 5 is broken" holds no one.
        add(m.index, end, (s.event || facilityIssue(m.index)) && !s.person ? 0.3 : s.person || s.clinical ? 0.85 : 0.45);
      }
    }
    for (const m of matchesOf(SHORT_ROOM, text)) {
      const end = m.index + m[0].length;
      const s = signalsAt(text, m.index, end, context);
      add(m.index, end, s.person && !s.event ? 0.6 : 0.25);
    }
    for (const m of matchesOf(OCCUPANT_ROOM, text)) {
      const num = m[1] ?? '';
      const start = m.index + m[0].length - num.length - 3;
      const end = m.index + m[0].length;
      // A small window, not the whole sentence: a pasted wall of "the guy in 3" stays linear.
      add(start, end, cueIn(text, [Math.max(0, start - 100), Math.min(text.length, end + 100)], EVENT_CUE) ? 0.25 : 0.6);
    }
    for (const m of matchesOf(OPERATING_ROOM, text)) {
      const end = m.index + m[0].length;
      const s = signalsAt(text, m.index, end, context);
      add(m.index, end, s.person ? 0.6 : 0.3);
    }
    if (hasSpanish(text)) {
      const esOrganization = (start: number) => hasMatch(ES_GEO.orgAddress, text.slice(Math.max(0, start - 80), start));
      for (const m of matchesOf(ES_SPOT, text)) {
        const end = m.index + m[0].length;
        const kind = (m[1] ?? m[4] ?? '').toLowerCase();
        const id = m[2] ?? m[3] ?? '';
        if (/^[a-z]/.test(id)) continue; // "sala a", not "cama B"
        if (/^\d{4}$/.test(id) && Number(id) >= 1900) continue; // "sala 2025"
        const s = spanishSignalsAt(text, m.index, end);
        const [a, b] = sentenceAt(text, m.index);
        const upkeep = hasMatch(ES_GEO.facilityIssue, text.slice(a, b)) && !s.person;
        if (ES_SPOTS.has(kind)) add(m.index, end, s.event || upkeep ? 0.3 : s.person || s.clinical ? 0.85 : 0.45);
        else add(m.index, end, s.event || upkeep || esOrganization(m.index) ? 0.2 : s.person ? 0.8 : s.clinical ? 0.5 : 0.35);
      }
      for (const m of matchesOf(ES_OCCUPANT, text)) {
        const end = m.index + m[0].length;
        const s = spanishSignalsAt(text, m.index, end);
        add(m.index, end, s.event ? 0.3 : s.clinical || s.person ? 0.8 : 0.45);
      }
      for (const m of matchesOf(ES_NAMED, text)) {
        const end = m.index + m[0].length;
        const s = spanishSignalsAt(text, m.index, end);
        add(m.index, end, placeConfidence(s, esOrganization(m.index), 0.45));
      }
      for (const m of matchesOf(ES_TOWN, text)) {
        const [start, end] = group(m, 2);
        const name = m[2] ?? '';
        const first = name.split(/\s/u)[0] ?? '';
        // "en Navidad", "en Facebook", "de María": a feast, an app, a person's name.
        if (ES_STOP.has(first) || FIRST_NAMES.has(first) || !placeLike(name)) continue;
        const s = spanishSignalsAt(text, start, end);
        const lead = (m[1] ?? '').toLowerCase();
        add(start, end, placeConfidence(s, esOrganization(start), lead === 'en' || lead === 'desde' ? 0.35 : 0.5), ES_AREA);
      }
    }
    return out;
  },
  examples: {
    flag: [
      "the man who collapsed at the [[Maple Street Diner]] is asking for his daughter",
      "the lady [[in 8]] has been waiting three weeks for a nursing home bed",
      "her little brother from [[Cedar Falls]] broke his arm on the trampoline",
      'the 34-year-old in [[bed 4]] with DKA',
      'pt in [[ICU bed 12]] finally extubated',
      'pulled a fork out of the guy in [[trauma 2]]',
      'my patient in [[room 312]] keeps asking for coffee',
      'Home visit at [[1187 Birchwood Ln, Apt 3]] for wound care today',
      'my patient fell at her home on [[Quarry Hill Rd]] and broke her wrist',
      'Prayers for my patient from [[Tillamook]] who had a stroke this week',
      'the kid who crashed his bike near the [[Eastgate Mall]] is out of surgery',
      'a farmer from outside [[Lusk]], WY came in with a crush injury',
      'her son picked up the antibiotics from [[the Walgreens on Elm]]',
      'the lady in [[4B]] was discharged after her stroke',
      'a [[Spokane]] teacher came in septic after her appendix ruptured',
      'the guy we pulled from the rollover near [[mile marker 88]] is awake',
      'La señora de la [[cama 4]] ya come sola.',
      '[[La señora de la 312]] ya come sola.',
      '[[El niño de la 5]] ya salió de la sonda después de 3 días.',
      'Mi paciente vive en [[Hialeah]] y llegó con neumonía.',
      'mi pt de la [[calle 8]] llegó con asma',
      'El niño de la [[colonia Hidalgo]] se quebró el brazo ayer.',
    ],
    pass: [
      "Bed 7 is broken again, maintenance please",
      "Room 2 has the new ultrasound machine, ask for the training login",
      "A case report (JAMA) describes a 50-year-old woman in Chicago with scurvy",
      "One in 5 adults has high blood pressure",
      'Visit us at our office, 500 Harbor Blvd, Suite 2, for flu shots',
      'Our new location opens Monday at 88 Elm St, Springfield, IL 62701',
      'Thrilled to speak at the wound care summit in Denver next month!',
      'Our patients come from all over Texas',
      'The conference room 210 is booked for grand rounds',
      'New exam chairs in operatory 4!',
      'Bed 5 needs a new mattress, maintenance please',
      'Lunch-and-learn in Room 118 at noon',
      'Dr. Jane Smith, MD, joins our team',
      'Heat advisory for the Phoenix area this weekend',
      'I was born in Chicago and trained in Boston',
      'a Somali mom asked me about her son’s asthma inhaler',
      'Room 204 is our new lactation room for staff',
      'Our flu shots come in 2 sizes: available in 4A and 4B clinics',
      'Seguimos en la Calle Morelos 214, planta baja.',
      'La cama 5 está descompuesta, mantenimiento por favor.',
      'La junta de la 1 de la tarde se movió al auditorio.',
      'Nos vemos en Facebook y en Instagram.',
      'Hoy en la sala 3 tendremos la charla de diabetes, entrada libre.',
      'Feliz Navidad a todos, los esperamos en enero.',
    ],
  },
});
