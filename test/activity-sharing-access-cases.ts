import { createFeed } from "../src/server/modules/activities/calendar-service";
import {
  activityUrl,
  everyone,
  initiativeAuth,
  type MatrixCase,
  type MatrixFixture,
  members,
  participantsOnly,
  plan,
  readers,
  rsvpUrl,
  showcaseUrl,
} from "./activity-access-fixture";

const invitationCases: MatrixCase[] = [
  {
    route: "POST /api/initiatives/:id/activities/:activityId/invitations",
    allowed: ["facilitator"],
    make: async (fx) => ({ method: "POST", url: await activityUrl(fx, "/invitations"), body: {} }),
  },
  {
    route: "POST /api/initiatives/:id/activities/:activityId/rsvp",
    allowed: participantsOnly,
    make: async (fx) => ({
      method: "POST",
      url: await activityUrl(fx, "/rsvp"),
      body: { response: "accepted" },
    }),
  },
  {
    route: "GET /api/rsvp/:token",
    allowed: everyone,
    make: async (fx) => ({ method: "GET", url: await rsvpUrl(fx) }),
  },
  {
    route: "POST /api/rsvp/:token",
    allowed: everyone,
    make: async (fx) => ({
      method: "POST",
      url: await rsvpUrl(fx),
      body: { response: "declined" },
    }),
  },
];

const calendarCases: MatrixCase[] = [
  {
    route: "GET /api/initiatives/:id/activities/:activityId/calendar.ics",
    allowed: readers,
    make: async (fx) => ({ method: "GET", url: await activityUrl(fx, "/calendar.ics") }),
  },
  ...(["GET", "POST", "DELETE"] as const).map((method) => ({
    route: `${method} /api/initiatives/:id/calendar-feed`,
    allowed: members,
    okStatus: method === "POST" ? 201 : undefined,
    make: (fx: MatrixFixture) => ({
      method,
      url: `/api/initiatives/${fx.initiativeId}/calendar-feed`,
    }),
  })),
  {
    route: "GET /api/calendar/:feedToken.ics",
    allowed: everyone,
    make: async (fx) => {
      const feed = await createFeed(fx.t.ctx, initiativeAuth(fx));
      return { method: "GET", url: new URL(feed.url).pathname };
    },
  },
];

const showcaseCases: MatrixCase[] = [
  {
    route: "GET /api/initiatives/:id/showcases",
    allowed: members,
    make: (fx) => ({ method: "GET", url: `/api/initiatives/${fx.initiativeId}/showcases` }),
  },
  {
    route: "POST /api/initiatives/:id/showcases",
    allowed: ["facilitator"],
    okStatus: 201,
    make: (fx) => ({
      method: "POST",
      url: `/api/initiatives/${fx.initiativeId}/showcases`,
      body: { title: "Community composting", place: "Ziwani" },
    }),
  },
  {
    route: "GET /api/initiatives/:id/showcases/:showcaseId",
    allowed: members,
    make: async (fx) => ({ method: "GET", url: await showcaseUrl(fx) }),
  },
  {
    route: "PATCH /api/initiatives/:id/showcases/:showcaseId",
    allowed: ["facilitator"],
    make: async (fx) => ({
      method: "PATCH",
      url: await showcaseUrl(fx),
      body: { results: "Half the waste composted", version: 1 },
    }),
  },
  {
    route: "DELETE /api/initiatives/:id/showcases/:showcaseId",
    allowed: ["facilitator"],
    make: async (fx) => ({ method: "DELETE", url: await showcaseUrl(fx) }),
  },
  {
    route: "POST /api/initiatives/:id/showcases/:showcaseId/visits",
    allowed: ["facilitator"],
    okStatus: 201,
    make: async (fx) => ({ method: "POST", url: await showcaseUrl(fx, "/visits"), body: plan }),
  },
];

/** The matrix's cases for invitations and RSVP, calendars and feeds, and showcases. */
export const activitySharingCases: readonly MatrixCase[] = [
  ...invitationCases,
  ...calendarCases,
  ...showcaseCases,
];
