import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findRuleViolations, type HardRules } from "./hard-rules";
import type { MatchingPeer } from "./matching-peer";
import type { MatchingInput, MatchingResult } from "./matching-result";
import { runMatching } from "./run-matching";

const words = [
  "budget",
  "audit",
  "tenders",
  "suppliers",
  "schools",
  "teachers",
  "waste",
  "water",
  "digital",
  "registry",
];

const peerArbitrary = (id: string) =>
  fc
    .record({
      organisationId: fc.option(fc.constantFrom("o1", "o2", "o3", "o4"), { freq: 8 }),
      country: fc.option(fc.constantFrom("SE", "KE", "FR"), { freq: 8 }),
      languages: fc.subarray(["en", "sv", "fr"]),
      level: fc.option(fc.constantFrom("political", "managerial", "technical" as const), {
        freq: 6,
      }),
      yearsOfService: fc.option(fc.integer({ min: 0, max: 40 }), { freq: 6 }),
      text: fc.array(fc.constantFrom(...words), { maxLength: 5 }),
      tags: fc.subarray(["finance", "procurement", "education"]),
      offers: fc.array(fc.constantFrom(...words), { maxLength: 3 }),
      wants: fc.array(fc.constantFrom(...words), { maxLength: 3 }),
      side: fc.option(fc.constantFrom("champion", "learner" as const), { freq: 6 }),
    })
    .map(
      (r): MatchingPeer => ({
        id,
        organisationId: r.organisationId,
        country: r.country,
        languages: r.languages,
        level: r.level,
        position: "",
        field: "",
        yearsOfService: r.yearsOfService,
        challenges: [{ text: r.text.join(" "), tags: r.tags }],
        offers: r.offers.join(" "),
        wants: r.wants.join(" "),
        currentInitiative: "",
        lang: "en",
        ...(r.side === null ? {} : { side: r.side }),
      }),
    );

const idPair = (n: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 }))
    .map(([a, b]) => [`p${a}`, `p${b}`] as const);

const inputArbitrary = (maxPeers: number, exhaustiveBelow?: number) =>
  fc.integer({ min: 2, max: maxPeers }).chain((n) =>
    fc
      .record({
        peers: fc.tuple(...Array.from({ length: n }, (_, i) => peerArbitrary(`p${i}`))),
        mode: fc.constantFrom("pairs", "groups", "learner-champion" as const),
        groupSize: fc.integer({ min: 3, max: 6 }),
        separation: fc.constantFrom("different_organisation", "different_country", "off" as const),
        forbiddenPairs: fc.array(idPair(n), { maxLength: 4 }),
        requiredPairs: fc.array(idPair(n), { maxLength: 3 }),
        lockOrder: fc.shuffledSubarray(
          Array.from({ length: n }, (_, i) => `p${i}`),
          { maxLength: Math.min(6, n) },
        ),
        championCapacity: fc.integer({ min: 1, max: 3 }),
        seed: fc.integer({ min: 1, max: 1000 }),
      })
      .map(
        (r): MatchingInput => ({
          peers: r.peers,
          mode: r.mode,
          groupSize: r.groupSize,
          separation: r.separation,
          forbiddenPairs: r.forbiddenPairs,
          requiredPairs: r.requiredPairs,
          lockedMatches:
            r.lockOrder.length >= 4 ? [r.lockOrder.slice(0, 2), r.lockOrder.slice(2)] : [],
          championCapacity: r.championCapacity,
          seed: r.seed,
          candidatesPerPeer: 4,
          ...(exhaustiveBelow === undefined ? {} : { exhaustiveBelow }),
        }),
      ),
  );

function rulesOf(input: MatchingInput): HardRules {
  return {
    separation: input.separation ?? "different_organisation",
    forbiddenPairs: input.forbiddenPairs ?? [],
    requiredPairs: input.requiredPairs ?? [],
    isCrossSideOnly: input.mode === "learner-champion",
    championCapacity: input.championCapacity,
  };
}

function checkInvariants(input: MatchingInput, result: MatchingResult) {
  const violations = findRuleViolations(result, input.peers, rulesOf(input)).filter(
    (v) => !v.isLocked,
  );
  const conflicts = new Set(
    result.issues
      .filter((i) => i.code === "required_pair_conflict")
      .map((i) => [...i.peerIds].sort().join("|")),
  );
  const unexplained = violations.filter(
    (v) => v.code !== "required_pair_split" || !conflicts.has([...v.peerIds].sort().join("|")),
  );
  expect(unexplained).toEqual([]);
  const locks = input.lockedMatches ?? [];
  expect(result.matches.filter((m) => m.isLocked).map((m) => m.peerIds)).toEqual(locks);
  const matched = new Set(result.matches.flatMap((m) => m.peerIds));
  const seen = [...matched, ...result.unmatched.map((u) => u.peerId)];
  expect([...seen].sort()).toEqual(input.peers.map((p) => p.id).sort());
  for (const m of result.matches) expect(m.peerIds.length).toBeGreaterThanOrEqual(2);
  if (input.mode !== "groups") {
    for (const m of result.matches.filter((x) => !x.isLocked)) expect(m.peerIds).toHaveLength(2);
  }
  if (result.stats.upperBound !== null) {
    expect(result.stats.upperBound + 1e-9).toBeGreaterThanOrEqual(result.stats.objective);
  }
}

describe("runMatching properties", () => {
  it("never breaks a hard rule, keeps locks, places or explains everyone (every pair considered)", () => {
    fc.assert(
      fc.property(inputArbitrary(18), (input) => checkInvariants(input, runMatching(input))),
      { numRuns: 300 },
    );
  });

  it("holds the same on the sparse candidate graph", () => {
    fc.assert(
      fc.property(inputArbitrary(30, 0), (input) => checkInvariants(input, runMatching(input))),
      { numRuns: 200 },
    );
  });

  it("is deterministic for the same input", () => {
    fc.assert(
      fc.property(inputArbitrary(16, 0), (input) => {
        const copy = structuredClone(input) as MatchingInput;
        expect(runMatching(copy)).toEqual(runMatching(input));
      }),
      { numRuns: 100 },
    );
  });
});
