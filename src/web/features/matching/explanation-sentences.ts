import type { MatchExplanationBody } from "../../../shared/contracts/matching-explanation";
import { levelKeys } from "./matching-labels";

/** What wording the explanation needs from the page. */
export type ExplainOptions = {
  /** Translates a key with parameters (the page's `t`). */
  t: (key: string, params?: Record<string, string | number>) => string;
  /** The name to show for a person in the match. */
  nameOf: (personId: string) => string;
  /** The reader, when they are in the match (the peer's own page): sentences say "you". */
  meId?: string | undefined;
  /** A reform-area tag's label. */
  tagLabel: (key: string) => string;
  /** A language's name inside a sentence. */
  languageName: (code: string) => string;
  /** Joins items as the language does ("a, b and c"). */
  list: (items: string[]) => string;
  /** Joins labels that may contain "and" themselves ("Tariffs and fees, Budgeting"). */
  unitList: (items: string[]) => string;
};

function describeTags(e: MatchExplanationBody, o: ExplainOptions, isYou: boolean): string[] {
  if (e.sharedTags.length === 0) return [];
  const isPair = e.members.length === 2;
  const key = isYou
    ? isPair
      ? "matching:explain.tagsYouPair"
      : "matching:explain.tagsYouGroup"
    : isPair
      ? "matching:explain.tagsPair"
      : "matching:explain.tagsGroup";
  return [o.t(key, { list: o.unitList(e.sharedTags.map(o.tagLabel)) })];
}

function quoteAll(terms: readonly string[], o: ExplainOptions): string {
  return o.list(terms.map((term) => o.t("matching:explain.quoted", { term })));
}

function describeWords(e: MatchExplanationBody, o: ExplainOptions, isYou: boolean): string[] {
  const out: string[] = [];
  if (e.sharedChallengeTerms.length > 0) {
    out.push(o.t("matching:explain.challengeWords", { list: quoteAll(e.sharedChallengeTerms, o) }));
  }
  if (e.sharedInitiativeTerms.length > 0) {
    const key = isYou ? "matching:explain.workWordsYou" : "matching:explain.workWords";
    out.push(o.t(key, { list: quoteAll(e.sharedInitiativeTerms, o) }));
  }
  return out;
}

function describePeople(e: MatchExplanationBody, o: ExplainOptions): string[] {
  const out: string[] = [];
  const level = e.members[0]?.level;
  if (e.isSameLevel && level) {
    const positions = e.members.map((m) => m.position.trim()).filter(Boolean);
    const levelName = o.t(levelKeys[level]);
    out.push(
      positions.length === e.members.length
        ? o.t("matching:explain.sameLevelPositions", { level: levelName, list: o.list(positions) })
        : o.t("matching:explain.sameLevel", { level: levelName }),
    );
  }
  const years = e.members.map((m) => m.yearsOfService);
  if (years.length > 1 && years.every((y) => y !== null)) {
    const sorted = [...(years as number[])].sort((a, b) => a - b).map(String);
    out.push(o.t("matching:explain.years", { list: o.list(sorted) }));
  }
  return out;
}

function describeExchanges(e: MatchExplanationBody, o: ExplainOptions): string[] {
  return e.exchanges.map((x) => {
    const terms = quoteAll(x.terms, o);
    if (o.meId && x.wantedBy === o.meId) {
      return o.t("matching:explain.offersYou", { name: o.nameOf(x.offeredBy), terms });
    }
    if (o.meId && x.offeredBy === o.meId) {
      return o.t("matching:explain.youOffer", { name: o.nameOf(x.wantedBy), terms });
    }
    return o.t("matching:explain.offers", {
      giver: o.nameOf(x.offeredBy),
      taker: o.nameOf(x.wantedBy),
      terms,
    });
  });
}

function describeChampions(e: MatchExplanationBody, o: ExplainOptions): string[] {
  return e.members
    .filter((m) => m.side === "champion")
    .map((m) =>
      m.peerId === o.meId
        ? o.t("matching:explain.championYou")
        : o.t("matching:explain.champion", { name: o.nameOf(m.peerId) }),
    );
}

/**
 * The explanation of a match in plain sentences, most telling first: shared reform areas,
 * shared words in the challenges and the current work, level and positions, years of service,
 * who offers what another wants to learn, champions, and the languages they share. Written to
 * "you" when the reader is in the match.
 */
export function describeMatch(
  explanation: MatchExplanationBody,
  options: ExplainOptions,
): string[] {
  const isYou = Boolean(options.meId && explanation.members.some((m) => m.peerId === options.meId));
  const sentences = [
    ...describeTags(explanation, options, isYou),
    ...describeWords(explanation, options, isYou),
    ...describePeople(explanation, options),
    ...describeExchanges(explanation, options),
    ...describeChampions(explanation, options),
  ];
  if (sentences.length === 0) sentences.push(options.t("matching:explain.little"));
  if (explanation.sharedLanguages.length > 0) {
    const key = isYou ? "matching:explain.languagesYou" : "matching:explain.languages";
    const names = explanation.sharedLanguages.map(options.languageName);
    sentences.push(options.t(key, { list: options.list(names) }));
  }
  return sentences;
}
