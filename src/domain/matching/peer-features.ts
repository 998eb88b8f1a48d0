import type { MatchingPeer } from "./matching-peer";
import {
  countDocumentFrequencies,
  internTerms,
  type SparseVector,
  toIdSet,
  vectoriseTfIdf,
} from "./term-vectors";
import { createTermExtractor, normaliseTag, type TermOccurrence } from "./text-terms";

/**
 * The peers' free texts as vectors, indexed like the peer list. Each text kind has its own idf
 * over the given peers (the initiative's corpus); offers and wants share one so they compare.
 */
export interface PeerFeatures {
  readonly count: number;
  /** Distinct stems over all text kinds: term ids are below this. */
  readonly termCount: number;
  /** All of a peer's challenge statements as one document. */
  readonly challenge: readonly SparseVector[];
  /** Challenge tags as id sets (weights 1). */
  readonly tags: readonly SparseVector[];
  readonly initiative: readonly SparseVector[];
  readonly field: readonly SparseVector[];
  readonly position: readonly SparseVector[];
  readonly offers: readonly SparseVector[];
  readonly wants: readonly SparseVector[];
  /** Term id -> the word written most often for that stem across the peers (for display). */
  readonly surfaces: readonly string[];
  /** Tag id -> normalised tag. */
  readonly tagNames: readonly string[];
}

type TextKind = "challenge" | "initiative" | "field" | "position" | "offers" | "wants";

/** Counts written forms per term id; `pick` then returns the most frequent (first on ties). */
function createSurfaceCounter() {
  const counts: Map<string, number>[] = [];
  return {
    add(occurrences: readonly TermOccurrence[], ids: readonly number[]) {
      occurrences.forEach((o, k) => {
        const words = counts[ids[k]!] ?? new Map<string, number>();
        counts[ids[k]!] = words;
        words.set(o.word, (words.get(o.word) ?? 0) + 1);
      });
    },
    pick(): string[] {
      return Array.from(counts, (words) => {
        let best = "";
        let bestCount = 0;
        for (const [word, count] of words ?? [])
          if (count > bestCount) [best, bestCount] = [word, count];
        return best;
      });
    },
  };
}

function textsOf(peer: MatchingPeer): Record<TextKind, string> {
  return {
    challenge: peer.challenges.map((c) => c.text).join("\n"),
    initiative: peer.currentInitiative,
    field: peer.field,
    position: peer.position,
    offers: peer.offers,
    wants: peer.wants,
  };
}

/** Tokenises, stems and vectorises every peer's texts and tags (pure, deterministic). */
export function buildPeerFeatures(peers: readonly MatchingPeer[]): PeerFeatures {
  const extract = createTermExtractor();
  const dictionary = new Map<string, number>();
  const tagDictionary = new Map<string, number>();
  const kinds: TextKind[] = ["challenge", "initiative", "field", "position", "offers", "wants"];
  const docs = Object.fromEntries(kinds.map((k) => [k, [] as number[][]])) as Record<
    TextKind,
    number[][]
  >;
  const surfaces = createSurfaceCounter();
  const tagDocs: number[][] = [];
  for (const peer of peers) {
    const texts = textsOf(peer);
    for (const kind of kinds) {
      const occurrences = extract(texts[kind], peer.lang);
      const ids = internTerms(
        occurrences.map((o) => o.term),
        dictionary,
      );
      docs[kind].push(ids);
      surfaces.add(occurrences, ids);
    }
    const tags = peer.challenges.flatMap((c) => c.tags.map(normaliseTag)).filter((t) => t !== "");
    tagDocs.push(internTerms(tags, tagDictionary));
  }
  const vectorise = (list: number[][], df = countDocumentFrequencies(list), n = list.length) =>
    vectoriseTfIdf(list, df, n);
  const exchangeDf = countDocumentFrequencies([...docs.offers, ...docs.wants]);
  return {
    count: peers.length,
    termCount: dictionary.size,
    challenge: vectorise(docs.challenge),
    tags: tagDocs.map(toIdSet),
    initiative: vectorise(docs.initiative),
    field: vectorise(docs.field),
    position: vectorise(docs.position),
    offers: vectorise(docs.offers, exchangeDf, 2 * peers.length),
    wants: vectorise(docs.wants, exchangeDf, 2 * peers.length),
    surfaces: surfaces.pick(),
    tagNames: [...tagDictionary.keys()],
  };
}
