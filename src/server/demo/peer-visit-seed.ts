import { createActivitySchema } from "../../shared/contracts/activities";
import type { ParticipantRole } from "../../shared/contracts/activity-items";
import type { MemberRole } from "../../shared/contracts/initiatives";
import type { AuthorizedActivity, AuthorizedInitiative } from "../auth/access-gate";
import type { AppContext } from "../context";
import { newId } from "../db/ids";
import { createActivity } from "../modules/activities/activity-service";
import { updateChecklistItem } from "../modules/activities/checklist-service";
import { addDays, todayUtc } from "../modules/activities/schedule";
import { saveMyPeerCheck } from "../modules/peer-visits/check-service";
import { createFeedbackItem } from "../modules/peer-visits/feedback-service";
import { saveNote } from "../modules/peer-visits/note-service";
import { changePhase } from "../modules/peer-visits/transition-service";
import { getVisit, startVisit, updatePreparation } from "../modules/peer-visits/visit-service";
import type { SeedIds } from "./activity-seed";

const readiness = [
  ["leadership_commitment", 4, "The county executive chairs the waste task force every month."],
  ["staff_capacity", 2, "Twelve crew leads; only three have planned a route with a map."],
  ["resources", 2, "Five trucks, two often off the road; no budget line for route surveys."],
  ["evidence_and_data", 1, "Tonnage is weighed at the dump but not recorded by route."],
  ["stakeholder_involvement", 3, "Youth groups collect in two settlements under agreements."],
  ["openness_to_change", 3, "Crews asked for the visit themselves."],
] as const;

const feedback = [
  [
    "erik.lindqvist",
    "strength",
    "The youth groups in Kibuye know every household on their route and report missed pick-ups the same day.",
  ],
  [
    "erik.lindqvist",
    "weakness",
    "Tonnage is weighed at the dump but not per route, so nobody can see which route leaves waste behind.",
  ],
  [
    "karin.sundberg",
    "weakness",
    "The route through the market is planned for Mondays, but the market is busiest on Fridays when the waste piles up.",
  ],
  [
    "karin.sundberg",
    "idea",
    "Could the weighbridge slip carry the route number, so tonnage per route is known within a month?",
  ],
] as const;

/** An activity authorisation as the seed acts: a member role and a part in the activity. */
function actAs(
  base: AuthorizedInitiative,
  activityId: string,
  personId: string,
  role: MemberRole,
  part: ParticipantRole | null,
): AuthorizedActivity {
  return {
    ...base,
    role,
    actor: { personId, systemRole: "member" },
    activityId,
    participant: part ? { id: personId, role: part } : null,
  } as AuthorizedActivity;
}

async function planVisitActivity(ctx: AppContext, auth: AuthorizedInitiative, ids: SeedIds) {
  const startsOn = addDays(todayUtc(), -12);
  const activity = await createActivity(
    ctx,
    auth,
    createActivitySchema.parse({
      formatKey: "peer_visit",
      title: "Peer visit: Sjöby's waste team in Ziwani",
      description:
        "Two Sjöby peers spend two days with Ziwani's collection crews and give feedback on how Ziwani plans its routes in the informal settlements.",
      startsOn,
      endsOn: addDays(startsOn, 1),
      timeZone: "Africa/Nairobi",
      hostOrganisationId: ids.org("ziwani"),
      address: "Ziwani Municipal Council, Lake Road",
      topics: ["collection routes", "route data"],
      status: "completed",
    }),
    {
      participants: [
        { personId: ids.person("grace.wanjiru"), role: "host" },
        { personId: ids.person("erik.lindqvist"), role: "visiting_peer" },
        { personId: ids.person("karin.sundberg"), role: "visiting_peer" },
        { personId: ids.person("lars.ek"), role: "moderator" },
      ],
    },
  );
  const facilitator = actAs(auth, activity.id, auth.actor.personId, "facilitator", null);
  for (const item of activity.checklist) {
    await updateChecklistItem(ctx, facilitator, item.id, { status: "done", version: item.version });
  }
  return facilitator;
}

/**
 * The demo's peer visit, in the feedback phase: Ziwani (host Grace Wanjiru) asked for feedback
 * on its collection routes; Erik and Karin from Sjöby visited twelve days ago with Lars Ek
 * moderating; the preparation, a note, a peer check and four feedback items are in.
 */
export async function seedDemoPeerVisit(ctx: AppContext, initiativeId: string, ids: SeedIds) {
  const base = {
    id: initiativeId,
    role: "facilitator",
    actor: { personId: ids.person("facilitator"), systemRole: "facilitator" },
  } as AuthorizedInitiative;
  const facilitator = await planVisitActivity(ctx, base, ids);
  const activityId = facilitator.activityId;
  const host = actAs(base, activityId, ids.person("grace.wanjiru"), "peer", "host");
  const moderator = actAs(base, activityId, ids.person("lars.ek"), "moderator", "moderator");
  const peer = (key: string) => actAs(base, activityId, ids.person(key), "peer", "visiting_peer");
  const started = await startVisit(ctx, facilitator, {
    areaToImprove:
      "How we plan collection routes in the informal settlements of Kibuye and Nyalenda",
  });
  await updatePreparation(ctx, host, {
    readiness: readiness.map(([criterion, rating, comment]) => ({ criterion, rating, comment })),
    timeline: [
      {
        label: "Self-assessment and route maps sent to the peers",
        dueOn: addDays(todayUtc(), -40),
      },
      { label: "Moderated feedback session", dueOn: addDays(todayUtc(), -11) },
    ],
    responsibilities: [
      {
        personId: ids.person("grace.wanjiru"),
        task: "Presents the routes and the self-assessment",
      },
      { personId: ids.person("lars.ek"), task: "Moderates the final feedback session" },
    ],
    version: started.version,
  });
  await changePhase(ctx, host, { kind: "advance", version: (await getVisit(ctx, host)).version });
  await saveNote(ctx, peer("erik.lindqvist"), newId(), {
    kind: "evidence",
    criterion: "evidence_and_data",
    text: "Weighbridge slips at the dump show truck and date, not the route.",
    version: 0,
  });
  await saveMyPeerCheck(ctx, peer("karin.sundberg"), {
    entries: [
      {
        criterion: "resources",
        rating: 2,
        comment: "Matches what we saw: two trucks at the garage.",
      },
    ],
    version: 0,
  });
  await changePhase(ctx, moderator, {
    kind: "advance",
    version: (await getVisit(ctx, host)).version,
  });
  for (const [key, kind, text] of feedback) {
    await createFeedbackItem(ctx, peer(key), { kind, text, lang: "en", givenAs: "individual" });
  }
}
