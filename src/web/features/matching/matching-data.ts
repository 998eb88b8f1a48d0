import type { Member } from "../../../shared/contracts/initiatives";
import type { MatchingRunSummary } from "../../../shared/contracts/matching";
import type { MatchingDefaults } from "../../../shared/contracts/matching-defaults";
import { api } from "../../api-client";
import { useResource } from "../../ui/use-resource";
import type { PeerOption } from "./pair-picker";

/** What a new run starts from (default weights, group sizes, declined pairs, pool size). */
export function useMatchingDefaults(initiativeId: string) {
  return useResource(`matching-defaults:${initiativeId}`, () =>
    api.get<MatchingDefaults>(`/api/initiatives/${initiativeId}/matching/defaults`),
  );
}

/** The initiative's runs, newest first. */
export function useRuns(initiativeId: string) {
  return useResource(`matching-runs:${initiativeId}`, () =>
    api.get<{ items: MatchingRunSummary[] }>(`/api/initiatives/${initiativeId}/matching/runs`),
  );
}

/** The initiative's peers (members with the peer role), for pair choices, by name. */
export function usePeers(initiativeId: string) {
  return useResource(`matching-peers:${initiativeId}`, async (): Promise<PeerOption[]> => {
    const members = await api.get<{ items: Member[] }>(`/api/initiatives/${initiativeId}/members`);
    return members.items
      .filter((m) => m.role === "peer")
      .map((m) => ({
        personId: m.personId,
        displayName: m.displayName,
        organisationName: m.organisationName,
      }))
      .sort((x, y) => x.displayName.localeCompare(y.displayName));
  });
}
