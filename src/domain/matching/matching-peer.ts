/** Languages whose challenge statements we can tokenise and stem. */
export const textLanguages = ["en", "sv", "fr", "es"] as const;

/** A language code understood by `extractTerms`. */
export type TextLanguage = (typeof textLanguages)[number];

/** Hierarchical level of a peer in their home organisation. */
export type PeerLevel = "political" | "managerial" | "technical";

/** Side of a peer in learner-to-champion matching. */
export type PeerSide = "champion" | "learner";

/** One challenge a peer named in the intake survey, with reform-area tags. */
export interface PeerChallenge {
  readonly text: string;
  /** Reform-area tags (for example `public-finance`); compared case-insensitively. */
  readonly tags: readonly string[];
}

/** What the matcher knows about one peer: an individual, never an organisation. */
export interface MatchingPeer {
  readonly id: string;
  /** Null when unknown: an unknown organisation never conflicts with another. */
  readonly organisationId: string | null;
  /** Null when unknown: an unknown country never conflicts with another. */
  readonly country: string | null;
  /** Languages the peer can work in (ISO 639-1 codes); compared case-insensitively. */
  readonly languages: readonly string[];
  readonly level: PeerLevel | null;
  readonly position: string;
  readonly field: string;
  readonly yearsOfService: number | null;
  readonly challenges: readonly PeerChallenge[];
  /** What the peer can offer to others (free text). */
  readonly offers: string;
  /** What the peer wants to learn (free text). */
  readonly wants: string;
  /** The task or policy initiative the peer works on now (free text). */
  readonly currentInitiative: string;
  /** Language of the peer's free-text answers. */
  readonly lang: TextLanguage;
  /** Only read in learner-to-champion mode. */
  readonly side?: PeerSide;
}
