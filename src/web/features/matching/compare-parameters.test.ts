import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { StoredParameters } from "../../../shared/contracts/matching";
import { addMessages, setLocale, t } from "../../i18n/i18n";
import { compareSettings } from "./compare-parameters";
import { describeParameters, joinRows } from "./run-parameters";

const pairs: StoredParameters = {
  mode: "pairs",
  groupSize: null,
  weights: {
    sharedChallenges: 0.4,
    samePosition: 0.2,
    sameInitiative: 0.15,
    sameField: 0.1,
    yearsOfService: 0.05,
    complementarity: 0.1,
  },
  separation: "different_organisation",
  forbiddenPairs: [["a", "b"]],
  requiredPairs: [],
  declinedPairs: [],
  lockedMatches: [],
  championCapacity: 1,
  minPairScore: 0,
  note: "",
};

const groups: StoredParameters = {
  ...pairs,
  mode: "groups",
  groupSize: 4,
  weights: { ...pairs.weights, samePosition: 1 },
  separation: "different_country",
  requiredPairs: [["c", "d"]],
};

describe("run settings in words", () => {
  beforeAll(async () => {
    const file = join(import.meta.dirname, "../../i18n/locales/en/matching.json");
    addMessages(
      "en",
      "matching",
      JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>,
    );
    await setLocale("en");
  });

  it("word a pair run's settings and leave out what its mode does not use", () => {
    const parts = describeParameters(pairs, t, "en");
    const general = Object.fromEntries(parts.general.map((r) => [r.id, r.value]));
    expect(general).toEqual({
      mode: "Pairs",
      groupSize: null,
      championCapacity: null,
      minPairScore: "None",
      separation: "Never two people from the same organisation",
    });
    expect(joinRows(parts.pairs, t)).toBe(
      "Never together: 1; Pairs declined earlier: 0; Always together: 0; Locked matches kept: 0",
    );
    expect(parts.weights.map((r) => r.value)).toEqual([
      "0.40",
      "0.20",
      "0.15",
      "0.10",
      "0.05",
      "0.10",
    ]);
  });

  it("line two runs up row by row and tell which settings differ", () => {
    const rows = compareSettings(pairs, groups, t, "en");
    const differing = rows.filter((r) => r.a !== r.b).map((r) => r.id);
    expect(differing).toEqual([
      "mode",
      "groupSize",
      "minPairScore",
      "separation",
      "weight.samePosition",
      "required",
    ]);
    expect(rows.find((r) => r.id === "groupSize")).toMatchObject({
      label: "People per group",
      a: null,
      b: "4",
    });
    expect(rows.find((r) => r.id === "weight.samePosition")).toMatchObject({
      label: "Weight: Position and level",
      a: "0.20",
      b: "1.00",
    });
    expect(rows.some((r) => r.id === "championCapacity")).toBe(false);
  });

  it("find no difference between a run and itself", () => {
    expect(compareSettings(groups, groups, t, "en").every((r) => r.a === r.b)).toBe(true);
  });
});
