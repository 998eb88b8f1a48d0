import type { AuthorizedActivity } from "../src/server/auth/access-gate";
import { addChecklistItem } from "../src/server/modules/activities/checklist-service";
import { addObjective } from "../src/server/modules/activities/objective-service";
import { addAgendaItem, addBudgetLine } from "../src/server/modules/activities/plan-item-service";
import {
  activityUrl,
  itemUrl,
  type MatrixCase,
  type MatrixFixture,
  type MatrixRole,
  members,
  newDocument,
  newParticipant,
  participantsOnly,
  plan,
  planners,
  readers,
} from "./activity-access-fixture";
import { daysFromToday } from "./activity-fixtures";
import { activitySharingCases } from "./activity-sharing-access-cases";
import { demoPersonId } from "./fixtures";

const coreCases: MatrixCase[] = [
  {
    route: "GET /api/initiatives/:id/activities",
    allowed: members,
    make: (fx) => ({ method: "GET", url: `/api/initiatives/${fx.initiativeId}/activities` }),
  },
  {
    route: "POST /api/initiatives/:id/activities",
    allowed: planners,
    okStatus: 201,
    make: (fx) => ({
      method: "POST",
      url: `/api/initiatives/${fx.initiativeId}/activities`,
      body: { ...plan, formatKey: "study_visit" },
    }),
  },
  {
    route: "GET /api/initiatives/:id/activities/:activityId",
    allowed: readers,
    make: async (fx) => ({ method: "GET", url: await activityUrl(fx) }),
  },
  {
    route: "PATCH /api/initiatives/:id/activities/:activityId",
    allowed: planners,
    make: async (fx) => ({
      method: "PATCH",
      url: await activityUrl(fx, "", true),
      body: { version: 1, status: "confirmed" },
    }),
  },
  {
    route: "DELETE /api/initiatives/:id/activities/:activityId",
    allowed: ["facilitator"],
    make: async (fx) => ({ method: "DELETE", url: await activityUrl(fx, "", true) }),
  },
  {
    route: "GET /api/initiatives/:id/timeline",
    allowed: members,
    make: (fx) => ({ method: "GET", url: `/api/initiatives/${fx.initiativeId}/timeline` }),
  },
  {
    route: "GET /api/initiatives/:id/overdue-checklist-items",
    allowed: members,
    make: (fx) => ({
      method: "GET",
      url: `/api/initiatives/${fx.initiativeId}/overdue-checklist-items`,
    }),
  },
];

/** POST, PATCH and DELETE of one kind of activity record. */
function itemCases(
  segment: string,
  allowed: MatrixRole[],
  body: { create: unknown; update: unknown },
  add: (fx: MatrixFixture) => (auth: AuthorizedActivity) => Promise<{ id: string }>,
): MatrixCase[] {
  const base = `/api/initiatives/:id/activities/:activityId/${segment}`;
  return [
    {
      route: `POST ${base}`,
      allowed,
      okStatus: 201,
      make: async (fx) => ({
        method: "POST",
        url: await activityUrl(fx, `/${segment}`, segment === "participants"),
        body: typeof body.create === "function" ? await body.create(fx) : body.create,
      }),
    },
    {
      route: `PATCH ${base}/:itemId`,
      allowed,
      make: async (fx) => ({
        method: "PATCH",
        url: await itemUrl(fx, segment, add(fx)),
        body: body.update,
      }),
    },
    {
      route: `DELETE ${base}/:itemId`,
      allowed,
      make: async (fx) => ({ method: "DELETE", url: await itemUrl(fx, segment, add(fx)) }),
    },
  ];
}

const recordCases: MatrixCase[] = [
  ...itemCases(
    "participants",
    ["facilitator"],
    {
      create: async (fx: MatrixFixture) => ({
        personId: await demoPersonId(fx.t.ctx, "grace.wanjiru"),
        role: "visiting_peer",
      }),
      update: { role: "moderator", version: 1 },
    },
    (fx) => (auth) => newParticipant(fx, auth),
  ),
  ...itemCases(
    "agenda-items",
    planners,
    { create: { title: "Welcome" }, update: { title: "Welcome and coffee", version: 1 } },
    (fx) => (auth) =>
      addAgendaItem(fx.t.ctx, auth, {
        title: "Site visit",
        notes: "",
        dayOn: null,
        startTime: null,
        endTime: null,
      }),
  ),
  ...itemCases(
    "budget-lines",
    ["facilitator"],
    {
      create: { label: "Flights", amountMinor: 1_250_000, currency: "sek" },
      update: { amountMinor: 1_300_000, version: 1 },
    },
    (fx) => (auth) =>
      addBudgetLine(fx.t.ctx, auth, { label: "Hotel", amountMinor: 90_000, currency: "SEK" }),
  ),
  ...itemCases(
    "documents",
    planners,
    {
      create: { title: "Self-assessment", url: "https://docs.example.org/self-assessment.pdf" },
      update: { note: "Read before the visit", version: 1 },
    },
    newDocument,
  ),
  ...itemCases(
    "checklist-items",
    planners,
    { create: { label: "Book the minibus" }, update: { status: "done", version: 1 } },
    (fx) => (auth) =>
      addChecklistItem(fx.t.ctx, auth, { label: "Print maps", ownerPersonId: null, dueOn: null }),
  ),
  ...itemCases(
    "objectives",
    planners,
    {
      create: { text: "After the visit, the team are able to compare two route plans." },
      update: { text: "After the visit, the team are able to draft a route plan.", version: 1 },
    },
    (fx) => async (auth) =>
      (
        await addObjective(fx.t.ctx, auth, {
          text: "After the visit, the team are able to list three tariff models.",
        })
      ).objective,
  ),
];

const learningCases: MatrixCase[] = [
  {
    route: "GET /api/initiatives/:id/activities/:activityId/reflection/mine",
    allowed: participantsOnly,
    make: async (fx) => ({ method: "GET", url: await activityUrl(fx, "/reflection/mine") }),
  },
  {
    route: "PUT /api/initiatives/:id/activities/:activityId/reflection/mine",
    allowed: participantsOnly,
    make: async (fx) => ({
      method: "PUT",
      url: await activityUrl(fx, "/reflection/mine"),
      body: { answers: [{ questionKey: "reform_focus", text: "Separate collection" }] },
    }),
  },
  {
    route: "GET /api/initiatives/:id/activities/:activityId/reflection",
    allowed: planners,
    make: async (fx) => ({ method: "GET", url: await activityUrl(fx, "/reflection") }),
  },
  {
    route: "POST /api/initiatives/:id/activities/:activityId/reverse-visit",
    allowed: ["facilitator"],
    okStatus: 201,
    make: async (fx) => ({
      method: "POST",
      url: await activityUrl(fx, "/reverse-visit"),
      body: { title: "Reverse visit", startsOn: daysFromToday(200), timeZone: "Africa/Nairobi" },
    }),
  },
];

/**
 * The access matrix's cases for activities, their records, reflection, invitations, calendars
 * and showcases (issue 4). In the activities used, the peer (Amina) is the host and the
 * moderator (Lars) a visiting peer; the authoriser and the observer take no part.
 */
export const activityCases: readonly MatrixCase[] = [
  ...coreCases,
  ...recordCases,
  ...learningCases,
  ...activitySharingCases,
];
