import { type FormatKey, getActivityFormat } from "../../../domain/catalogue/formats";
import type { Activity, CreateReverseVisit } from "../../../shared/contracts/activities";
import type { ParticipantRole } from "../../../shared/contracts/activity-items";
import type { AuthorizedActivity } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import { AppError, notFound } from "../../errors";
import { createActivity } from "./activity-service";
import { listChildren } from "./child-repo";
import { listParticipantRows } from "./participant-repo";
import { findActivity } from "./repo";

const swapped: Record<string, ParticipantRole> = {
  host: "visiting_peer",
  visiting_peer: "host",
  moderator: "moderator",
  expert: "expert",
};

/**
 * After a visit (typically a study tour), creates the reverse visit: the visited come to the
 * visitors' home. Hosts and visiting peers swap roles, the host organisation becomes the home
 * organisation of the first former visitor, and the objectives are copied flagged
 * `needsReview` so the new hosts and visitors rewrite them for their side.
 */
export async function createReverseVisit(
  ctx: AppContext,
  auth: AuthorizedActivity,
  input: CreateReverseVisit,
): Promise<Activity> {
  const source = await findActivity(ctx.db, auth.id, auth.activityId, auth.actor.personId);
  if (!source) throw notFound("Activity");
  if (!getActivityFormat(source.format_key as FormatKey).isInPerson) {
    throw new AppError("CONFLICT", "Only a visit in person can be returned by a reverse visit");
  }
  const participants = await listParticipantRows(ctx.db, source.id);
  const objectives = await listChildren(ctx.db, "learning_objectives", source.id);
  const newHome = participants.find((p) => p.role === "visiting_peer")?.organisation_id ?? null;
  return createActivity(
    ctx,
    { id: auth.id, role: auth.role, actor: auth.actor },
    {
      ...input,
      formatKey: "reverse_visit",
      description: source.description,
      theme: null,
      status: "planned",
      hostOrganisationId: newHome,
      address: "",
      onlineUrl: null,
      levels: JSON.parse(source.levels),
      topics: JSON.parse(source.topics),
      isInternational: source.is_international === 1,
      isHighLevel: source.is_high_level === 1,
      plannedParticipantCount: null,
    },
    {
      sourceActivityId: source.id,
      participants: participants.map((p) => ({
        personId: p.person_id,
        role: swapped[p.role] ?? "expert",
      })),
      objectivesForReview: objectives,
    },
  );
}
