import type { Advice, ObjectiveLanguage, ObjectiveParts } from "./objective-types";
import { listContentWords, parseObjective } from "./parse-objective";
import { suggestObservableVerbs } from "./verb-suggestions";

/** The guides' rule of thumb: at most about two learning objectives per activity. */
export const maxObjectivesPerActivity = 2;

/** An objective read into its parts, with the advice about it. */
export interface ObjectiveAdvice {
  parts: ObjectiveParts;
  advice: Advice[];
}

/** Advice on all objectives of one activity: each objective's own, plus set-level advice. */
export interface ObjectiveSetAdvice {
  items: ObjectiveAdvice[];
  advice: Advice[];
}

const fillerWords: Record<ObjectiveLanguage, ReadonlySet<string>> = {
  en: new Set(
    `a an the of to in on for with at by from and or their its our his her your they them we us
    about into how what which why who between as be is are that these those own this it`.split(
      /\s+/,
    ),
  ),
  sv: new Set(
    `en ett den det de av till i på för med vid från och eller sin sitt sina deras vår vårt våra
    om hur vad vilka vilken varför mellan som att är egen eget egna inom kring detta dessa denna
    man`.split(/\s+/),
  ),
};

// Words that say nothing on their own about what will be learnt.
const vagueWords: Record<ObjectiveLanguage, ReadonlySet<string>> = {
  en: new Set(
    `things thing issues issue topics topic matters stuff more much lot lots new good best practice
    practices ideas idea lessons experiences experience everything something work aspects area
    areas knowledge information insights other others different various relevant important`.split(
      /\s+/,
    ),
  ),
  sv: new Set(
    `saker sak frågor frågan ämnen ämnet mer mycket nya nytt ny goda gott bra bästa exempel idéer
    lärdomar erfarenheter erfarenhet allt något arbetet arbete aspekter områden området kunskap
    information insikter andra olika relevanta viktiga praxis`.split(/\s+/),
  ),
};

// Swedish joins nouns into one word ("jämställdhetsintegrering" = "gender mainstreaming"), so a
// long Swedish word weighs like two English ones.
const swedishCompoundLength = 14;

/** Content with fewer than two meaningful words tells too little about what will be learnt. */
function isVagueContent(parts: ObjectiveParts): boolean {
  const words = listContentWords(parts).filter(
    (word) => !fillerWords[parts.lang].has(word) && !vagueWords[parts.lang].has(word),
  );
  const weight = words.reduce(
    (sum, word) => sum + (parts.lang === "sv" && word.length >= swedishCompoundLength ? 2 : 1),
    0,
  );
  return weight < 2;
}

function warn(code: Advice["code"], params: Advice["params"] = {}): Advice {
  return { code, severity: "warning", params };
}

function adviseBehaviour(parts: ObjectiveParts): Advice[] {
  const { verb } = parts;
  if (verb === null) return [warn("missing_behaviour")];
  const advice: Advice[] = [];
  if (verb.kind === "unobservable") {
    const suggestions = suggestObservableVerbs(verb.lemma, listContentWords(parts), parts.lang);
    advice.push(warn("unobservable_verb", { verb: verb.lemma, suggestions }));
  }
  const second = parts.extraVerbs[0];
  if (second !== undefined) {
    const verbs = [verb.lemma, ...parts.extraVerbs.map((extra) => extra.lemma)];
    advice.push(warn("compound_objective", { verbs, first: verb.lemma, second: second.lemma }));
  }
  return advice;
}

/**
 * Reads a learning objective (stem phrase + Audience, Behaviour, Content) and advises how to
 * make it clearer. Advice never blocks; each carries a reason code the web app translates.
 * `lang` is detected from the text when not given.
 */
export function adviseObjective(text: string, lang?: ObjectiveLanguage): ObjectiveAdvice {
  const parts = parseObjective(text, lang);
  if (text.trim() === "") return { parts, advice: [warn("empty_objective")] };
  const advice: Advice[] = [];
  if (parts.stem === null) advice.push({ code: "missing_stem", severity: "info", params: {} });
  if (parts.audience === null) advice.push(warn("missing_audience"));
  advice.push(...adviseBehaviour(parts));
  if (parts.content === null) advice.push(warn("missing_content"));
  else if (isVagueContent(parts))
    advice.push(warn("too_vague_content", { content: parts.content }));
  return { parts, advice };
}

/**
 * Advises on the objectives of one activity: each one on its own, and the set as a whole
 * (more than `maxObjectivesPerActivity` dilutes the visit's focus). Blank entries are skipped.
 */
export function adviseObjectiveSet(
  objectives: readonly string[],
  lang?: ObjectiveLanguage,
): ObjectiveSetAdvice {
  const written = objectives.filter((objective) => objective.trim() !== "");
  const items = written.map((objective) => adviseObjective(objective, lang));
  const advice: Advice[] = [];
  if (written.length > maxObjectivesPerActivity) {
    advice.push(
      warn("too_many_objectives", { count: written.length, max: maxObjectivesPerActivity }),
    );
  }
  return { items, advice };
}
