import { type FeedbackLanguage, tokenizeText } from "./text-terms";

/** What a feedback item says about the host's practice. Clusters never mix kinds. */
export const feedbackItemKinds = ["strength", "weakness", "idea"] as const;
/** One of `feedbackItemKinds`. */
export type FeedbackItemKind = (typeof feedbackItemKinds)[number];

/** The part of a feedback item the clustering reads. */
export interface ClusterableItem {
  id: string;
  kind: FeedbackItemKind;
  text: string;
}

/** A group of items of one kind that share terms. */
export interface FeedbackCluster {
  kind: FeedbackItemKind;
  /** Up to three terms shared by the most items (as most often typed), for a label. */
  sharedTerms: string[];
  /** Sorted ids. */
  itemIds: string[];
}

/** When two items count as related: enough shared terms, and enough of their terms shared. */
export interface ClusterOptions {
  lang: FeedbackLanguage;
  /** Shared terms needed (default 1). */
  minSharedTerms?: number;
  /** Shared terms over all distinct terms of the two items, 0..1 (default 0.2). */
  minOverlap?: number;
}

const stopWords: Record<FeedbackLanguage, ReadonlySet<string>> = {
  en: new Set(
    `a an the and or but if of to in on at by for with from as is are was were be been being it
    its this that these those there their they them we our us you your he she his her i me my
    not no so very too also just more most less than then when while which who whom what how
    can could would should will shall may might must do does did done have has had about into
    over under after before during all any some each other such only own same both again out
    up down off well much many lot lots get got make made am go`.split(/\s+/),
  ),
  sv: new Set(
    `och eller men om att av till i på vid för med från som är var vara varit den det de dem dess
    denna detta dessa där deras vi oss vår vårt våra ni er era du dig din ditt dina han hon
    hans hennes jag mig min mitt mina inte ej så mycket mer mest mindre än sedan när medan
    vilken vilket vilka vem vad hur kan kunde skulle ska bör borde måste har hade ha göra gör
    gjorde gjort alla några varje andra annan annat sådan bara även också efter före under över
    in ut upp ner en ett man sig sin sitt sina finns fanns blir blev bli får fick`.split(/\s+/),
  ),
};

const swedishEndings = ["erna", "arna", "orna", "ens", "ets", "en", "et", "na", "ar", "er", "or"];

/** Reduces a word to a crude stem so "reports"/"report" and "rapporten"/"rapport" meet. */
function stemWord(word: string, lang: FeedbackLanguage): string {
  if (lang === "sv") {
    const ending = swedishEndings.find((e) => word.endsWith(e) && word.length - e.length >= 4);
    return ending ? word.slice(0, -ending.length) : word;
  }
  if (word.endsWith("ies") && word.length > 5) return `${word.slice(0, -3)}y`;
  if (word.endsWith("s") && !word.endsWith("ss") && word.length > 4) return word.slice(0, -1);
  return word;
}

/** The item's distinct terms: stem -> the word as typed (first seen). */
function extractTerms(text: string, lang: FeedbackLanguage): Map<string, string> {
  const terms = new Map<string, string>();
  for (const token of tokenizeText(text)) {
    const word = token.word;
    if (word.length < 2 || stopWords[lang].has(word) || /^\p{N}+$/u.test(word)) continue;
    const stem = stemWord(word, lang);
    if (!terms.has(stem)) terms.set(stem, word);
  }
  return terms;
}

function countShared(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): number {
  let shared = 0;
  for (const stem of a.keys()) if (b.has(stem)) shared += 1;
  return shared;
}

function findRoot(parents: number[], index: number): number {
  let root = index;
  while (parents[root] !== root) root = parents[root] ?? root;
  return root;
}

function labelCluster(members: readonly Map<string, string>[]): string[] {
  const counts = new Map<string, { count: number; forms: string[] }>();
  for (const terms of members) {
    for (const [stem, form] of terms) {
      const entry = counts.get(stem) ?? { count: 0, forms: [] };
      entry.count += 1;
      entry.forms.push(form);
      counts.set(stem, entry);
    }
  }
  return [...counts.values()]
    .filter((entry) => entry.count >= 2)
    .map((entry) => ({ count: entry.count, label: pickCommonForm(entry.forms) }))
    .sort((x, y) => y.count - x.count || x.label.localeCompare(y.label, "en"))
    .slice(0, 3)
    .map((entry) => entry.label);
}

function pickCommonForm(forms: readonly string[]): string {
  const tally = new Map<string, number>();
  for (const form of forms) tally.set(form, (tally.get(form) ?? 0) + 1);
  return [...tally.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0], "en"))[0]![0];
}

function clusterOneKind(
  kind: FeedbackItemKind,
  items: readonly ClusterableItem[],
  options: Required<ClusterOptions>,
): FeedbackCluster[] {
  const terms = items.map((item) => extractTerms(item.text, options.lang));
  const parents = items.map((_, index) => index);
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1) {
      const a = terms[i]!;
      const b = terms[j]!;
      const shared = countShared(a, b);
      const union = a.size + b.size - shared;
      if (shared >= options.minSharedTerms && union > 0 && shared / union >= options.minOverlap) {
        parents[findRoot(parents, j)] = findRoot(parents, i);
      }
    }
  }
  const groups = new Map<number, number[]>();
  items.forEach((_, index) => {
    const root = findRoot(parents, index);
    groups.set(root, [...(groups.get(root) ?? []), index]);
  });
  return [...groups.values()].map((indexes) => ({
    kind,
    sharedTerms: labelCluster(indexes.map((index) => terms[index]!)),
    itemIds: indexes.map((index) => items[index]!.id),
  }));
}

/**
 * Groups feedback items for the moderator: first by kind (strength, weakness, idea), then within
 * a kind by shared terms (two items are linked when they share at least `minSharedTerms` terms
 * making up at least `minOverlap` of their terms; linked items form one cluster). Deterministic:
 * the same items in any order give the same clusters, largest first, then by first id.
 */
export function clusterFeedbackItems(
  items: readonly ClusterableItem[],
  options: ClusterOptions,
): FeedbackCluster[] {
  const settings: Required<ClusterOptions> = {
    lang: options.lang,
    minSharedTerms: options.minSharedTerms ?? 1,
    minOverlap: options.minOverlap ?? 0.2,
  };
  const sorted = [...items].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return feedbackItemKinds.flatMap((kind) =>
    clusterOneKind(
      kind,
      sorted.filter((item) => item.kind === kind),
      settings,
    ).sort(
      (x, y) =>
        y.itemIds.length - x.itemIds.length ||
        ((x.itemIds[0] ?? "") < (y.itemIds[0] ?? "") ? -1 : 1),
    ),
  );
}
