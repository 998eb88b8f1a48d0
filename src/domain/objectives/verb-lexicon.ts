import type { PhraseSlots } from "./objective-tokens";
import type { ObjectiveLanguage } from "./objective-types";

/** One verb phrase the parser recognises, with the word patterns it may appear as. */
export interface VerbEntry {
  /** The infinitive phrase, as shown to users ("identify", "ta fram"). */
  lemma: string;
  /** Observable behaviours can be watched or checked; unobservable ones are states of mind. */
  isObservable: boolean;
  /** Also a common noun ("plan", "list"): trusted only before an object word. */
  isAmbiguous: boolean;
  /** Bare "have", "be", "få", "vara": a verb only right after "will"/"ska", never found by scanning. */
  isState: boolean;
  /** Infinitive pattern first, then finite (present tense) patterns. */
  patterns: readonly (readonly string[])[];
}

// "*" marks a word that is also a common noun. Entries are comma-separated; "a/b" gives a
// Swedish infinitive and its irregular present tense. Bloom-like verbs, including those the
// ICLD toolbox lists for the Behaviour part of a learning objective.
const englishObservable = `identify, define, describe, explain, exemplify, give examples of,
discuss, categorise, categorize, classify, compare, contrast*, analyse, analyze, assess, evaluate,
draft*, design*, propose, suggest, defend, justify, recommend, advocate*, plan*, apply,
demonstrate, list*, name*, outline*, summarise, summarize, present*, prioritise, prioritize,
formulate, develop, prepare, map*, calculate, estimate*, use*, implement, carry out, set up,
organise, organize, facilitate, lead*, conduct*, adapt, choose, select, rank*, argue, argue for,
critique*, review*, report*, report on, test*, monitor*, measure*, write, produce*, create,
establish, draw up, sketch*, specify, distinguish, distinguish between, interpret, illustrate,
negotiate, coordinate, initiate, revise, decide on, agree on, give feedback on, provide feedback
on, moderate*, chair*, recognise, recognize, compile, construct, allocate, set out, work out,
share*, teach, document*, track*, budget*, cost*`;

const englishUnobservable = `understand, know, know about, get to know, learn, learn about,
learn more about, learn from, be ?adj aware of, become ?adj aware of, be ?adj familiar with,
become ?adj familiar with, be acquainted with, appreciate, realise, realize, grasp, value*,
believe, feel, see, experience*, be exposed to, be inspired by, get inspired by, gain inspiration
from, get inspiration from, have ?a ?adj understanding of, gain ?a ?adj understanding of, get ?a
?adj understanding of, develop ?a ?adj understanding of, acquire ?a ?adj understanding of, have ?a
?adj insight into, gain ?a ?adj insight into, gain ?adj insights into, get ?a ?adj insight into,
have ?adj insights into, have ?adj knowledge of, have ?adj knowledge about, gain ?adj knowledge
of, gain ?adj knowledge about, acquire ?adj knowledge of, get ?a ?adj overview of, have ?a ?adj
overview of, gain ?a ?adj overview of, have ?a ?adj awareness of, gain ?a ?adj awareness of,
raise their awareness of`;

const englishStates = "be, become, have, gain, get, acquire, obtain, receive";

const swedishObservable = `identifiera, definiera, beskriva/beskriver, förklara, exemplifiera,
ge exempel på/ger exempel på, diskutera, kategorisera, klassificera, jämföra/jämför, analysera,
bedöma/bedömer, utvärdera, värdera, ta fram/tar fram, utforma, föreslå/föreslår, försvara,
motivera, rekommendera, argumentera för, argumentera, förespråka, planera, tillämpa, visa,
demonstrera, räkna upp/räknar upp, lista*, nämna/nämner, sammanfatta, presentera, prioritera,
formulera, utveckla, förbereda/förbereder, kartlägga/kartlägger, beräkna, använda/använder,
genomföra/genomför, införa/inför, implementera, leda/leder*, organisera, anpassa, välja/väljer,
rangordna, granska, redogöra för/redogör för, skissa, skissera, upprätta, sammanställa/sammanställer,
pröva, testa, mäta/mäter, följa upp/följer upp, skriva/skriver, skapa, inrätta, tolka,
illustrera, förhandla, samordna, initiera, revidera, besluta om, enas om, ge återkoppling
på/ger återkoppling på, ge feedback på/ger feedback på, ta ställning till/tar ställning till,
sätta upp/sätter upp, lägga fram/lägger fram, peka ut, precisera, urskilja/urskiljer,
särskilja/särskiljer, specificera, dokumentera, känna igen/känner igen, moderera, budgetera,
kostnadsberäkna, tydliggöra/tydliggör, ange/anger, redovisa`;

const swedishUnobservable = `förstå/förstår, känna till/känner till, veta/vet, lära sig om/lär
sig om, lära sig mer om/lär sig mer om, lära sig/lär sig, lära känna/lär känna, vara ?adj
medvetna om/är ?adj medvetna om, vara ?adj medveten om/är ?adj medveten om, bli ?adj medvetna
om/blir ?adj medvetna om, bli ?adj medveten om/blir ?adj medveten om, få ?a ?adj insikt i/får ?a
?adj insikt i, få ?adj insikter i/får ?adj insikter i, få ?adj insikter om/får ?adj insikter om,
få ?a ?adj inblick i/får ?a ?adj inblick i, få ?adj kunskap om/får ?adj kunskap om, få ?adj
kunskaper om/får ?adj kunskaper om, ha ?adj kunskap om/har ?adj kunskap om, ha ?adj kunskaper
om/har ?adj kunskaper om, ha ?adj kännedom om/har ?adj kännedom om, få ?adj kännedom om/får ?adj
kännedom om, få ?a ?adj förståelse för/får ?a ?adj förståelse för, ha ?a ?adj förståelse för/har
?a ?adj förståelse för, få ?a ?adj överblick över/får ?a ?adj överblick över, ha ?a ?adj
överblick över/har ?a ?adj överblick över, ha ?a ?adj medvetenhet om, inse/inser,
uppleva/upplever, begripa/begriper, inspireras av, bli inspirerade av, vara bekanta med, vara
förtrogna med, vara insatta i, känna sig trygga med, ha fått ?a ?adj insikt i, ha fått ?adj
kunskap om, ha fått ?adj kunskaper om, ha fått ?a ?adj förståelse för, ha lärt sig om, ha lärt
sig`;

const swedishStates = "ha/har, få/får, bli/blir, vara/är";

function splitEntries(list: string): string[] {
  return list
    .split(",")
    .map((entry) => entry.replace(/\s+/g, " ").trim())
    .filter((entry) => entry !== "");
}

// "gain ?a ?adj understanding of" is shown as "gain understanding of".
function showLemma(words: readonly string[]): string {
  return words.filter((word) => !word.startsWith("?")).join(" ");
}

function inflectEnglish(first: string): string[] {
  if (first === "be") return ["are", "is"];
  if (first === "have") return ["has"];
  if (/[^aeiou]y$/.test(first)) return [`${first.slice(0, -1)}ies`];
  if (/(s|sh|ch|x|z|o)$/.test(first)) return [`${first}es`];
  return [`${first}s`];
}

function buildEnglishEntry(raw: string, isObservable: boolean, isState: boolean): VerbEntry {
  const isAmbiguous = raw.endsWith("*");
  const words = raw.replace("*", "").split(" ");
  const [first = "", ...rest] = words;
  const finite = inflectEnglish(first).map((form) => [form, ...rest]);
  return {
    lemma: showLemma(words),
    isObservable,
    isAmbiguous,
    isState,
    patterns: [words, ...finite],
  };
}

function buildSwedishEntry(raw: string, isObservable: boolean, isState: boolean): VerbEntry {
  const isAmbiguous = raw.endsWith("*");
  const [infinitive = "", present] = raw.replace("*", "").split("/");
  const words = infinitive.split(" ");
  const [first = "", ...rest] = words;
  // Regular first-conjugation verbs take "-r" in the present tense ("identifierar").
  const finite = present
    ? present.split(" ")
    : [first.endsWith("a") ? `${first}r` : first, ...rest];
  return { lemma: showLemma(words), isObservable, isAmbiguous, isState, patterns: [words, finite] };
}

function buildLexicon(
  build: (raw: string, isObservable: boolean, isState: boolean) => VerbEntry,
  observable: string,
  unobservable: string,
  states: string,
): VerbEntry[] {
  return [
    ...splitEntries(observable).map((raw) => build(raw, true, false)),
    ...splitEntries(unobservable).map((raw) => build(raw, false, false)),
    ...splitEntries(states).map((raw) => build(raw, false, true)),
  ];
}

/** Recognised behaviour verbs per language (observable, unobservable and bare states). */
export const verbLexicon: Record<ObjectiveLanguage, readonly VerbEntry[]> = {
  en: buildLexicon(buildEnglishEntry, englishObservable, englishUnobservable, englishStates),
  sv: buildLexicon(buildSwedishEntry, swedishObservable, swedishUnobservable, swedishStates),
};

/** Articles and intensifying adjectives allowed inside verb phrases, per language. */
export const phraseSlots: Record<ObjectiveLanguage, PhraseSlots> = {
  en: {
    articles: new Set(["a", "an", "the"]),
    adjectives: new Set(
      `better deeper clearer good greater broader basic solid thorough increased improved fuller
      more full new shared common overall general wider sound`.split(/\s+/),
    ),
  },
  sv: {
    articles: new Set(["en", "ett", "den", "det"]),
    adjectives: new Set(
      `ökad ökade bättre djupare fördjupad fördjupade större god goda grundläggande bred bredare
      tydligare ny nya gemensam gemensamma samlad helhetlig mer mera fullständig`.split(/\s+/),
    ),
  },
};
