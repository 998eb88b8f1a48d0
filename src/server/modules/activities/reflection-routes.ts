import {
  activityParamsSchema,
  activitySchema,
  createReverseVisitSchema,
} from "../../../shared/contracts/activities";
import {
  answerReflectionSchema,
  myReflectionSchema,
  reflectionOverviewSchema,
} from "../../../shared/contracts/activity-learning";
import { authorizeActivity } from "../../auth/access-gate";
import type { AppContext, ZodApp } from "../../context";
import { answerMyReflection, getMyReflection, getReflectionOverview } from "./reflection-service";
import { createReverseVisit } from "./reverse-visit";

const tags = ["activities"];

/** Pre-visit reflection (own answers; the overview for facilitators and hosts), reverse visit. */
export function registerReflectionRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    "/api/initiatives/:id/activities/:activityId/reflection/mine",
    {
      schema: {
        tags,
        summary: "Your reflection questions and your own answers (participants)",
        params: activityParamsSchema,
        response: { 200: myReflectionSchema },
      },
    },
    async (request) => {
      const { id, activityId } = request.params;
      const auth = await authorizeActivity(ctx, request, id, activityId, "reflection.answer");
      return getMyReflection(ctx, auth);
    },
  );

  app.put(
    "/api/initiatives/:id/activities/:activityId/reflection/mine",
    {
      schema: {
        tags,
        summary: "Save your answers; an empty text removes one (participants)",
        params: activityParamsSchema,
        body: answerReflectionSchema,
        response: { 200: myReflectionSchema },
      },
    },
    async (request) => {
      const { id, activityId } = request.params;
      const auth = await authorizeActivity(ctx, request, id, activityId, "reflection.answer");
      return answerMyReflection(ctx, auth, request.body.answers);
    },
  );

  app.get(
    "/api/initiatives/:id/activities/:activityId/reflection",
    {
      schema: {
        tags,
        summary:
          "All participants' answers side by side and who has not answered (facilitators, hosts)",
        params: activityParamsSchema,
        response: { 200: reflectionOverviewSchema },
      },
    },
    async (request) => {
      const { id, activityId } = request.params;
      const auth = await authorizeActivity(ctx, request, id, activityId, "reflection.review");
      return getReflectionOverview(ctx, auth);
    },
  );

  app.post(
    "/api/initiatives/:id/activities/:activityId/reverse-visit",
    {
      schema: {
        tags,
        summary:
          "Create the reverse visit: hosts and visitors swapped, objectives copied for review (facilitators)",
        params: activityParamsSchema,
        body: createReverseVisitSchema,
        response: { 201: activitySchema },
      },
    },
    async (request, reply) => {
      const { id, activityId } = request.params;
      const auth = await authorizeActivity(ctx, request, id, activityId, "activity.manage");
      return reply.code(201).send(await createReverseVisit(ctx, auth, request.body));
    },
  );
}
