import { activitySchema } from "../../../shared/contracts/activities";
import {
  idParamsSchema,
  okSchema,
  pageQuerySchema,
  pageSchema,
} from "../../../shared/contracts/common";
import {
  createShowcaseSchema,
  planShowcaseVisitSchema,
  showcaseParamsSchema,
  showcaseSchema,
  updateShowcaseSchema,
} from "../../../shared/contracts/showcases";
import { authorizeInitiative } from "../../auth/access-gate";
import type { AppContext, ZodApp } from "../../context";
import {
  createShowcase,
  deleteShowcase,
  getShowcase,
  listShowcases,
  planShowcaseVisit,
  updateShowcase,
} from "./showcase-service";

const tags = ["showcases"];

/** Showcases: practices that work somewhere, and visits planned to them. */
export function registerShowcaseRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    "/api/initiatives/:id/showcases",
    {
      schema: {
        tags,
        summary: "The initiative's showcases with the visits planned to each (members)",
        params: idParamsSchema,
        querystring: pageQuerySchema,
        response: { 200: pageSchema(showcaseSchema) },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "showcase.read");
      return listShowcases(ctx, auth, request.query);
    },
  );

  app.post(
    "/api/initiatives/:id/showcases",
    {
      schema: {
        tags,
        summary: "Record a showcase: what, where, results, cost, who can show it (facilitators)",
        params: idParamsSchema,
        body: createShowcaseSchema,
        response: { 201: showcaseSchema },
      },
    },
    async (request, reply) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "showcase.write");
      return reply.code(201).send(await createShowcase(ctx, auth, request.body));
    },
  );

  app.get(
    "/api/initiatives/:id/showcases/:showcaseId",
    {
      schema: {
        tags,
        summary: "One showcase (members)",
        params: showcaseParamsSchema,
        response: { 200: showcaseSchema },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "showcase.read");
      return getShowcase(ctx, auth, request.params.showcaseId);
    },
  );

  app.patch(
    "/api/initiatives/:id/showcases/:showcaseId",
    {
      schema: {
        tags,
        summary: "Edit a showcase (facilitators); a stale version gets 409",
        params: showcaseParamsSchema,
        body: updateShowcaseSchema,
        response: { 200: showcaseSchema },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "showcase.write");
      return updateShowcase(ctx, auth, request.params.showcaseId, request.body);
    },
  );

  app.delete(
    "/api/initiatives/:id/showcases/:showcaseId",
    {
      schema: {
        tags,
        summary: "Delete a showcase; visits planned to it stay (facilitators)",
        params: showcaseParamsSchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "showcase.write");
      await deleteShowcase(ctx, auth, request.params.showcaseId);
      return { ok: true as const };
    },
  );

  app.post(
    "/api/initiatives/:id/showcases/:showcaseId/visits",
    {
      schema: {
        tags,
        summary:
          "Plan a visit to this showcase: hosted by its organisation, its champion as host (facilitators)",
        params: showcaseParamsSchema,
        body: planShowcaseVisitSchema,
        response: { 201: activitySchema },
      },
    },
    async (request, reply) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "showcase.write");
      const activity = await planShowcaseVisit(ctx, auth, request.params.showcaseId, request.body);
      return reply.code(201).send(activity);
    },
  );
}
