import { describe, expect, it } from "vitest";
import { buildPeerFeatures } from "./peer-features";
import { buildPeerWithChallenge } from "./peer-fixtures";
import { challengeSimilarity, combineChallengeSimilarity } from "./similarity";

describe("challengeSimilarity ranks a related pair above unrelated ones", () => {
  it("in English", () => {
    const features = buildPeerFeatures([
      buildPeerWithChallenge(
        "a",
        "Our municipality struggles to manage public procurement: tenders are slow and suppliers complain.",
      ),
      buildPeerWithChallenge(
        "b",
        "Managing procurement processes and tenders with few suppliers is our main problem.",
      ),
      buildPeerWithChallenge(
        "c",
        "We want to improve primary school teacher training in rural districts.",
      ),
      buildPeerWithChallenge("d", "Waste collection and recycling rates in the city are low."),
    ]);
    const related = challengeSimilarity(features, 0, 1, 0.4);
    expect(related).toBeGreaterThan(0.2);
    expect(related).toBeGreaterThan(challengeSimilarity(features, 0, 2, 0.4));
    expect(related).toBeGreaterThan(challengeSimilarity(features, 0, 3, 0.4));
    expect(challengeSimilarity(features, 0, 3, 0.4)).toBe(0);
  });

  it("in Swedish", () => {
    const sv = { lang: "sv" as const };
    const features = buildPeerFeatures([
      buildPeerWithChallenge(
        "a",
        "Kommunen har svårt att hantera offentlig upphandling och leverantörerna klagar på långsamma anbud.",
        [],
        sv,
      ),
      buildPeerWithChallenge(
        "b",
        "Vår största utmaning är upphandlingar med få leverantörer och anbud som dröjer.",
        [],
        sv,
      ),
      buildPeerWithChallenge(
        "c",
        "Vi vill förbättra lärarnas fortbildning i skolor på landsbygden.",
        [],
        sv,
      ),
      buildPeerWithChallenge(
        "d",
        "Avfallshantering och återvinning i staden fungerar dåligt.",
        [],
        sv,
      ),
    ]);
    const related = challengeSimilarity(features, 0, 1, 0.4);
    expect(related).toBeGreaterThan(0.2);
    expect(related).toBeGreaterThan(challengeSimilarity(features, 0, 2, 0.4));
    expect(related).toBeGreaterThan(challengeSimilarity(features, 0, 3, 0.4));
  });

  it("lets shared tags lift a pair whose words differ", () => {
    const features = buildPeerFeatures([
      buildPeerWithChallenge("a", "tenders arrive late", ["procurement"]),
      buildPeerWithChallenge("b", "suppliers are few", ["procurement"]),
      buildPeerWithChallenge("c", "suppliers are few", ["education"]),
    ]);
    expect(challengeSimilarity(features, 0, 1, 0.4)).toBeCloseTo(0.4, 10);
    expect(challengeSimilarity(features, 0, 2, 0.4)).toBe(0);
  });
});

describe("combineChallengeSimilarity", () => {
  it("ignores a part neither peer filled in", () => {
    expect(combineChallengeSimilarity(0.5, 0, 0, 0, true, 0.4)).toBe(0.5);
    expect(combineChallengeSimilarity(0, 1, 1, 2, false, 0.4)).toBeCloseTo(0.5);
    expect(combineChallengeSimilarity(0.5, 1, 1, 1, true, 0.4)).toBeCloseTo(0.6 * 0.5 + 0.4);
    expect(combineChallengeSimilarity(0, 0, 0, 0, false, 0.4)).toBe(0);
  });
});
