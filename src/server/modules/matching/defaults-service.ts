import {
  criterionKeys,
  defaultWeights,
  learnerChampionWeights,
} from "../../../domain/matching/criteria";
import { groupSizeLimits } from "../../../domain/matching/group-sizes";
import type { MatchingDefaults } from "../../../shared/contracts/matching-defaults";
import type { AuthorizedInitiative } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import { listAnswers } from "../intake/service";
import { getMembers } from "../members/service";
import { DEFAULT_GROUP_SIZE } from "./run-parameters";
import { toPersonRef } from "./run-shapes";
import { findDeclinedPairs } from "./service";

/** What a new run starts from: default weights per mode, group sizes, and the declined pairs it will forbid. */
export async function getMatchingDefaults(
  ctx: AppContext,
  auth: AuthorizedInitiative,
): Promise<MatchingDefaults> {
  const [members, answers, declined] = await Promise.all([
    getMembers(ctx, auth),
    listAnswers(ctx, auth),
    findDeclinedPairs(ctx.db, auth),
  ]);
  const roster = new Map(members.map((m) => [m.personId, m]));
  const peerIds = new Set(members.filter((m) => m.role === "peer").map((m) => m.personId));
  return {
    criteria: [...criterionKeys],
    weights: {
      pairs: { ...defaultWeights },
      groups: { ...defaultWeights },
      "learner-champion": { ...learnerChampionWeights },
    },
    groupSize: { default: DEFAULT_GROUP_SIZE, ...groupSizeLimits },
    separation: "different_organisation",
    declinedPairs: declined.map((pair) => pair.map((id) => toPersonRef(roster, id))),
    respondentCount: answers.filter((a) => peerIds.has(a.personId)).length,
    peerCount: peerIds.size,
  };
}
