import type { Member } from "../../../shared/contracts/initiatives";
import { api } from "../../api-client";
import { type Resource, useResource } from "../../ui/use-resource";

/** The initiative's members, for choosing participants and task owners. */
export function useMembers(initiativeId: string): Resource<{ items: Member[] }> {
  return useResource(`activity-members:${initiativeId}`, () =>
    api.get<{ items: Member[] }>(`/api/initiatives/${initiativeId}/members`),
  );
}
