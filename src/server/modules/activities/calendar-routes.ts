import { activityParamsSchema } from "../../../shared/contracts/activities";
import {
  calendarFeedParamsSchema,
  calendarFeedSchema,
  calendarFeedStatusSchema,
} from "../../../shared/contracts/activity-invitations";
import { idParamsSchema, okSchema } from "../../../shared/contracts/common";
import { authorizeActivity, authorizeInitiative } from "../../auth/access-gate";
import type { AppContext, ZodApp } from "../../context";
import {
  createFeed,
  exportActivityCalendar,
  exportFeed,
  getFeedStatus,
  revokeFeed,
} from "./calendar-service";

const tags = ["activities"];
const calendarType = "text/calendar; charset=utf-8";

/** iCalendar export of one activity, and each member's subscribable feed. */
export function registerCalendarRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    "/api/initiatives/:id/activities/:activityId/calendar.ics",
    {
      schema: {
        tags,
        summary:
          "The activity as an iCalendar file (RFC 5545, with its time zone) (facilitators, participants)",
        params: activityParamsSchema,
      },
    },
    async (request, reply) => {
      const { id, activityId } = request.params;
      const auth = await authorizeActivity(ctx, request, id, activityId, "activity.read");
      const file = await exportActivityCalendar(ctx, auth);
      return reply
        .type(calendarType)
        .header("content-disposition", `attachment; filename="${file.fileName}"`)
        .send(file.body);
    },
  );

  app.get(
    "/api/initiatives/:id/calendar-feed",
    {
      schema: {
        tags,
        summary: "Whether you have a calendar feed for this initiative (members)",
        params: idParamsSchema,
        response: { 200: calendarFeedStatusSchema },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "calendar.subscribe");
      return getFeedStatus(ctx, auth);
    },
  );

  app.post(
    "/api/initiatives/:id/calendar-feed",
    {
      schema: {
        tags,
        summary: "Create or rotate your secret feed URL; the old one stops working (members)",
        params: idParamsSchema,
        response: { 201: calendarFeedSchema },
      },
    },
    async (request, reply) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "calendar.subscribe");
      return reply.code(201).send(await createFeed(ctx, auth));
    },
  );

  app.delete(
    "/api/initiatives/:id/calendar-feed",
    {
      schema: {
        tags,
        summary: "Revoke your feed URL (members)",
        params: idParamsSchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "calendar.subscribe");
      await revokeFeed(ctx, auth);
      return { ok: true as const };
    },
  );

  app.get(
    "/api/calendar/:feedToken.ics",
    {
      schema: {
        tags,
        summary:
          "A member's subscribable calendar of the initiative (anyone holding the secret URL)",
        params: calendarFeedParamsSchema,
      },
    },
    async (request, reply) => {
      const body = await exportFeed(ctx, request.params.feedToken);
      return reply.type(calendarType).header("cache-control", "private, max-age=300").send(body);
    },
  );
}
