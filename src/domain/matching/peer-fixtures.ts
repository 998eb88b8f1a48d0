import type { MatchingPeer } from "./matching-peer";

/**
 * A plain peer for tests, overridable field by field: English, technical level, its own
 * organisation (named after the id) and country "SE", speaking English.
 */
export function buildPeer(overrides: Partial<MatchingPeer> & { id: string }): MatchingPeer {
  return {
    organisationId: `org-${overrides.id}`,
    country: "SE",
    languages: ["en"],
    level: "technical",
    position: "",
    field: "",
    yearsOfService: null,
    challenges: [],
    offers: "",
    wants: "",
    currentInitiative: "",
    lang: "en",
    ...overrides,
  };
}

/** A peer with one challenge statement and optional tags. */
export function buildPeerWithChallenge(
  id: string,
  text: string,
  tags: readonly string[] = [],
  overrides: Partial<MatchingPeer> = {},
): MatchingPeer {
  return buildPeer({ id, challenges: [{ text, tags }], ...overrides });
}
