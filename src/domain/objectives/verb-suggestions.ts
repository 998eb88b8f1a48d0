import type { ObjectiveLanguage } from "./objective-types";

type IntentGroup = "understanding" | "knowing" | "valuing" | "doing";

/** How many verbs a suggestion list holds at most. */
export const maxSuggestions = 4;

// What the author probably meant by a state-of-mind verb decides the observable verbs offered.
const groupPatterns: readonly [IntentGroup, RegExp][] = [
  [
    "understanding",
    /understand|insight|grasp|realis|realiz|\bsee\b|förstå|insikt|inblick|begrip|inse/,
  ],
  [
    "knowing",
    /know|aware|familiar|acquaint|learn|overview|kunskap|känna|veta|\bvet\b|medvet|bekant|förtrogn|insatt|lär|överblick|kännedom/,
  ],
  ["valuing", /apprecia|inspir|value|believe|feel|experien|upplev|trygg/],
];

const groupVerbs: Record<ObjectiveLanguage, Record<IntentGroup, readonly string[]>> = {
  en: {
    understanding: ["explain", "describe", "compare", "exemplify"],
    knowing: ["identify", "list", "describe", "define"],
    valuing: ["explain", "justify", "assess", "recommend"],
    doing: ["apply", "demonstrate", "plan", "propose"],
  },
  sv: {
    understanding: ["förklara", "beskriva", "jämföra", "exemplifiera"],
    knowing: ["identifiera", "räkna upp", "beskriva", "definiera"],
    valuing: ["förklara", "motivera", "bedöma", "rekommendera"],
    doing: ["tillämpa", "visa", "planera", "föreslå"],
  },
};

// Words in the content that point at a fitting verb ("differences between" -> compare).
const contentCues: Record<ObjectiveLanguage, readonly [RegExp, readonly string[]][]> = {
  en: [
    [/^(differences?|similarities|between|versus|contrasts?)$/, ["compare"]],
    [
      /^(plans?|strateg(y|ies)|proposals?|polic(y|ies)|routines?|guidelines?|roadmaps?|actions?)$/,
      ["draft", "propose"],
    ],
    [/^(roles?|responsibilit(y|ies)|mandates?)$/, ["define", "describe"]],
    [/^(how|process(es)?|steps|procedures?|methods?|works)$/, ["explain", "describe"]],
    [
      /^(challenges?|gaps?|weakness(es)?|strengths?|risks?|barriers?|obstacles?)$/,
      ["identify", "assess"],
    ],
    [/^(effects?|impacts?|results?|outcomes?|quality)$/, ["assess", "analyse"]],
  ],
  sv: [
    [/^(skillnad|likhet|mellan|jämfört)/, ["jämföra"]],
    [
      /(plan|planen|strategi|strategin|förslag|policy|rutin|rutiner|riktlinjer)$/,
      ["ta fram", "föreslå"],
    ],
    [/^(roll|ansvar|uppdrag|mandat)/, ["definiera", "beskriva"]],
    [/^(hur|process|steg|arbetssätt|metod)/, ["förklara", "beskriva"]],
    [/^(utmaning|brist|styrk|svaghet|risk|hinder)/, ["identifiera", "bedöma"]],
    [/^(effekt|resultat|kvalitet|utfall)/, ["bedöma", "analysera"]],
  ],
};

function classifyIntent(lemma: string): IntentGroup {
  for (const [group, pattern] of groupPatterns) if (pattern.test(lemma)) return group;
  return "doing";
}

/**
 * Observable verbs to offer instead of an unobservable one: verbs cued by the content first
 * ("the differences between" -> compare), then verbs fitting the intent of the weak verb
 * ("understand" -> explain, describe ...). At most `maxSuggestions`, no duplicates.
 */
export function suggestObservableVerbs(
  lemma: string,
  contentWords: readonly string[],
  lang: ObjectiveLanguage,
): string[] {
  const cued = contentWords.flatMap((word) =>
    contentCues[lang].filter(([pattern]) => pattern.test(word)).flatMap(([, verbs]) => verbs),
  );
  const fromIntent = groupVerbs[lang][classifyIntent(lemma)];
  return [...new Set([...cued, ...fromIntent])].slice(0, maxSuggestions);
}
