import { describe, expect, it } from "vitest";
import type { MatchingDefaults } from "../../../shared/contracts/matching-defaults";
import {
  addPair,
  changeMode,
  checkParameters,
  fieldForParameterIssue,
  parseWeight,
  toParameterValues,
  toRunBody,
} from "./parameters-values";

const pairs = {
  sharedChallenges: 0.4,
  samePosition: 0.2,
  sameInitiative: 0.15,
  sameField: 0.1,
  yearsOfService: 0.05,
  complementarity: 0.1,
};
const defaults: MatchingDefaults = {
  criteria: [
    "sharedChallenges",
    "samePosition",
    "sameInitiative",
    "sameField",
    "yearsOfService",
    "complementarity",
  ],
  weights: {
    pairs,
    groups: pairs,
    "learner-champion": { ...pairs, sharedChallenges: 0.3, complementarity: 0.3 },
  },
  groupSize: { default: 4, min: 3, max: 6 },
  separation: "different_organisation",
  declinedPairs: [],
  respondentCount: 6,
  peerCount: 7,
};

describe("matching parameters in the form", () => {
  it("start from the API's defaults and send only what applies to the mode", () => {
    const values = toParameterValues(defaults);
    expect(values.weights.sharedChallenges).toBe("0.4");
    expect(toRunBody(values)).toEqual({
      mode: "pairs",
      weights: pairs,
      separation: "different_organisation",
      forbiddenPairs: [],
      requiredPairs: [],
    });
    const groups = { ...changeMode(values, "groups", defaults), groupSize: "3", note: " try " };
    expect(toRunBody(groups)).toMatchObject({ mode: "groups", groupSize: 3, note: "try" });
    expect(toRunBody(groups)).not.toHaveProperty("championCapacity");
  });

  it("switch default weights with the mode but keep weights the facilitator changed", () => {
    const values = toParameterValues(defaults);
    expect(changeMode(values, "learner-champion", defaults).weights.complementarity).toBe("0.3");
    const tuned = { ...values, weights: { ...values.weights, samePosition: "0.5" } };
    expect(changeMode(tuned, "learner-champion", defaults).weights).toEqual(tuned.weights);
  });

  it("name weights out of range, all weights at zero and a pair both forbidden and required", () => {
    const values = toParameterValues(defaults);
    expect(checkParameters(values)).toEqual({});
    const bad = {
      ...values,
      weights: { ...values.weights, samePosition: "11", sameField: "x" },
      forbiddenPairs: [["a", "b"]] as [string, string][],
      requiredPairs: [["b", "a"]] as [string, string][],
    };
    expect(checkParameters(bad)).toEqual({
      "weights.samePosition": "matching:errors.weight",
      "weights.sameField": "matching:errors.weight",
      requiredPairs: "matching:errors.pairBoth",
    });
    const zero = Object.fromEntries(Object.keys(values.weights).map((k) => [k, "0"]));
    expect(checkParameters({ ...values, weights: zero as typeof values.weights })).toEqual({
      weights: "matching:errors.weightsAllZero",
    });
    expect(parseWeight("0,25")).toBe(0.25);
    expect(parseWeight(" ")).toBeNaN();
  });

  it("keep pair lists free of repeats and place API issues on the pair lists", () => {
    expect(addPair([["a", "b"]], ["b", "a"])).toEqual([["a", "b"]]);
    expect(addPair([], ["a", "a"])).toEqual([]);
    expect(addPair([], ["a", "c"])).toEqual([["a", "c"]]);
    expect(fieldForParameterIssue("forbiddenPairs.3")).toBe("forbiddenPairs");
    expect(fieldForParameterIssue("requiredPairs.0.1")).toBe("requiredPairs");
    expect(fieldForParameterIssue("weights.sameField")).toBe("weights.sameField");
  });
});
