import type { AuthorizedInitiative } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import { AppError, invalidField } from "../../errors";
import { getMembers } from "../members/service";
import { getOrganisation } from "../organisations/service";

/** The person ids of an initiative's members (any role). */
export async function findMemberIds(
  ctx: AppContext,
  auth: AuthorizedInitiative,
): Promise<Set<string>> {
  return new Set((await getMembers(ctx, auth)).map((m) => m.personId));
}

/** 400 on `field` unless every given person is a member of the initiative. */
export async function requireMembers(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  field: string,
  personIds: readonly (string | null | undefined)[],
): Promise<void> {
  const wanted = personIds.filter((id): id is string => typeof id === "string");
  if (wanted.length === 0) return;
  const members = await findMemberIds(ctx, auth);
  if (wanted.some((id) => !members.has(id))) {
    throw invalidField(field, "not_a_member", "Only members of the initiative can be chosen");
  }
}

/** 400 on `field` unless the organisation exists (null and undefined pass). */
export async function requireOrganisation(
  ctx: AppContext,
  field: string,
  organisationId: string | null | undefined,
): Promise<void> {
  if (!organisationId) return;
  try {
    await getOrganisation(ctx, organisationId);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") {
      throw invalidField(field, "unknown_organisation", "No such organisation");
    }
    throw error;
  }
}
