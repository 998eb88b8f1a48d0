import type {
  Participant,
  ParticipantRole,
  RsvpStatus,
} from "../../../shared/contracts/activity-items";
import type { AuthorizedActivity } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import type { Db } from "../../db/database";
import { newId, nowIso } from "../../db/ids";
import { AppError, invalidField, notFound } from "../../errors";
import { toParticipant } from "./activity-view";
import { insertChild } from "./child-repo";
import { deleteItemOrFail, updateItemOrFail } from "./item-writes";
import { listParticipantRows, setRsvpAnswer } from "./participant-repo";
import { requireMembers } from "./reference-checks";
import { findActivity } from "./repo";
import { todayUtc } from "./schedule";

/** Adds people to an activity, not yet invited (inside the caller's transaction). */
export async function insertParticipantRows(
  db: Db,
  activityId: string,
  people: readonly { personId: string; role: ParticipantRole }[],
): Promise<void> {
  const now = nowIso();
  for (const p of people) {
    await insertChild(db, "activity_participants", {
      id: newId(),
      activity_id: activityId,
      person_id: p.personId,
      role: p.role,
      rsvp_status: "invited",
      invited_at: null,
      responded_at: null,
      rsvp_token_hash: null,
      version: 1,
      created_at: now,
    });
  }
}

/** The participants of an activity. */
export async function getParticipants(db: Db, activityId: string): Promise<Participant[]> {
  return (await listParticipantRows(db, activityId)).map(toParticipant);
}

async function getParticipant(db: Db, activityId: string, id: string): Promise<Participant> {
  const found = (await getParticipants(db, activityId)).find((p) => p.id === id);
  if (!found) throw notFound("Participant");
  return found;
}

/** Adds a member of the initiative with a role; someone already taking part gets 409. */
export async function addParticipant(
  ctx: AppContext,
  auth: AuthorizedActivity,
  input: { personId: string; role: ParticipantRole },
): Promise<Participant> {
  await requireMembers(ctx, auth, "personId", [input.personId]);
  const existing = await getParticipants(ctx.db, auth.activityId);
  if (existing.some((p) => p.personId === input.personId)) {
    throw new AppError("CONFLICT", "This person already takes part in the activity");
  }
  await insertParticipantRows(ctx.db, auth.activityId, [input]);
  const added = (await getParticipants(ctx.db, auth.activityId)).find(
    (p) => p.personId === input.personId,
  );
  if (!added) throw notFound("Participant");
  return added;
}

/** Changes a participant's role; 409 when stale. */
export async function changeParticipantRole(
  ctx: AppContext,
  auth: AuthorizedActivity,
  id: string,
  input: { role: ParticipantRole; version: number },
): Promise<Participant> {
  const ref = { activityId: auth.activityId, id, version: input.version, what: "participant" };
  await updateItemOrFail(ctx.db, "activity_participants", ref, { role: input.role });
  return getParticipant(ctx.db, auth.activityId, id);
}

/** Removes a participant (their reflection answers go with them). */
export async function removeParticipant(
  ctx: AppContext,
  auth: AuthorizedActivity,
  id: string,
): Promise<void> {
  await deleteItemOrFail(ctx.db, "activity_participants", {
    activityId: auth.activityId,
    id,
    what: "participant",
  });
}

/** Whether answers to an invitation are still taken: not cancelled or completed, not over. */
export function isRsvpOpen(activity: { status: string; ends_on: string }, today: string): boolean {
  return (
    activity.status !== "cancelled" && activity.status !== "completed" && activity.ends_on >= today
  );
}

/** A signed-in participant accepts or declines in the app; closed activities get 409. */
export async function respondInApp(
  ctx: AppContext,
  auth: AuthorizedActivity,
  response: Exclude<RsvpStatus, "invited">,
): Promise<Participant> {
  if (!auth.participant) throw invalidField("response", "not_a_participant", "You take no part");
  const activity = await findActivity(ctx.db, auth.id, auth.activityId, auth.actor.personId);
  if (!activity) throw notFound("Activity");
  if (!isRsvpOpen(activity, todayUtc())) {
    throw new AppError("CONFLICT", "Answers to this activity are closed");
  }
  await setRsvpAnswer(ctx.db, auth.participant.id, response, nowIso());
  return getParticipant(ctx.db, auth.activityId, auth.participant.id);
}
