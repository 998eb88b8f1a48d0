import { z } from "zod";
import {
  activityParamsSchema,
  activitySchema,
  activitySummarySchema,
  createActivitySchema,
  listActivitiesQuerySchema,
  timelineSchema,
  updateActivitySchema,
} from "../../../shared/contracts/activities";
import { overdueItemSchema } from "../../../shared/contracts/activity-items";
import { idParamsSchema, okSchema, pageSchema } from "../../../shared/contracts/common";
import { authorizeActivity, authorizeInitiative } from "../../auth/access-gate";
import type { AppContext, ZodApp } from "../../context";
import {
  deleteActivity,
  getTimeline,
  listActivities,
  updateActivity,
} from "./activity-edit-service";
import { createActivity, getActivity } from "./activity-service";
import { registerCalendarRoutes } from "./calendar-routes";
import { listOverdueItems } from "./checklist-service";
import { registerInvitationRoutes } from "./invitation-routes";
import { registerPlanRoutes } from "./plan-routes";
import { registerReflectionRoutes } from "./reflection-routes";
import { todayUtc } from "./schedule";
import { registerShowcaseRoutes } from "./showcase-routes";

const tags = ["activities"];

/** Activities of an initiative and everything planned for them (issue 4). */
export function registerActivityRoutes(app: ZodApp, ctx: AppContext): void {
  registerActivityCoreRoutes(app, ctx);
  registerPlanRoutes(app, ctx);
  registerReflectionRoutes(app, ctx);
  registerInvitationRoutes(app, ctx);
  registerCalendarRoutes(app, ctx);
  registerShowcaseRoutes(app, ctx);
}

function registerActivityCoreRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    "/api/initiatives/:id/activities",
    {
      schema: {
        tags,
        summary: "The initiative's activities, earliest first; filter by stage or status (members)",
        params: idParamsSchema,
        querystring: listActivitiesQuerySchema,
        response: { 200: pageSchema(activitySummarySchema) },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "activity.list");
      return listActivities(ctx, auth, request.query);
    },
  );

  app.post(
    "/api/initiatives/:id/activities",
    {
      schema: {
        tags,
        summary:
          "Plan an activity from a catalogue format: defaults, generated checklist and plan warnings (facilitators; a peer becomes its host)",
        params: idParamsSchema,
        body: createActivitySchema,
        response: { 201: activitySchema },
      },
    },
    async (request, reply) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "activity.create");
      return reply.code(201).send(await createActivity(ctx, auth, request.body));
    },
  );

  app.get(
    "/api/initiatives/:id/activities/:activityId",
    {
      schema: {
        tags,
        summary:
          "One activity in full, with objectives' advice and plan warnings (facilitators, participants)",
        params: activityParamsSchema,
        response: { 200: activitySchema },
      },
    },
    async (request) => {
      const { id, activityId } = request.params;
      return getActivity(
        ctx,
        await authorizeActivity(ctx, request, id, activityId, "activity.read"),
      );
    },
  );

  app.patch(
    "/api/initiatives/:id/activities/:activityId",
    {
      schema: {
        tags,
        summary: "Edit an activity (facilitators, its hosts); a stale version gets 409",
        params: activityParamsSchema,
        body: updateActivitySchema,
        response: { 200: activitySchema },
      },
    },
    async (request) => {
      const { id, activityId } = request.params;
      const auth = await authorizeActivity(ctx, request, id, activityId, "activity.plan");
      return updateActivity(ctx, auth, request.body);
    },
  );

  app.delete(
    "/api/initiatives/:id/activities/:activityId",
    {
      schema: {
        tags,
        summary: "Delete an activity with everything planned for it (facilitators)",
        params: activityParamsSchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const { id, activityId } = request.params;
      await deleteActivity(
        ctx,
        await authorizeActivity(ctx, request, id, activityId, "activity.manage"),
      );
      return { ok: true as const };
    },
  );

  app.get(
    "/api/initiatives/:id/timeline",
    {
      schema: {
        tags,
        summary: "The initiative's activities under each of the four stages (members)",
        params: idParamsSchema,
        response: { 200: timelineSchema },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "activity.list");
      return getTimeline(ctx, auth);
    },
  );

  app.get(
    "/api/initiatives/:id/overdue-checklist-items",
    {
      schema: {
        tags,
        summary:
          "Overdue logistics tasks (facilitators: all; others: their own and their activities')",
        params: idParamsSchema,
        response: { 200: z.object({ items: z.array(overdueItemSchema) }) },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "activity.list");
      return { items: await listOverdueItems(ctx, auth, todayUtc()) };
    },
  );
}
