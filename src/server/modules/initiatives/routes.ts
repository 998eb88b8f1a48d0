import { idParamsSchema, pageSchema } from "../../../shared/contracts/common";
import {
  createInitiativeSchema,
  initiativeSchema,
  initiativeSummarySchema,
  listInitiativesQuerySchema,
  updateInitiativeSchema,
} from "../../../shared/contracts/initiatives";
import { authorizeInitiative, authorizeSystem, requireActor } from "../../auth/access-gate";
import type { AppContext, ZodApp } from "../../context";
import { createInitiative, findMyInitiatives, getInitiative, updateInitiative } from "./service";

/** Initiatives and their scoping. */
export function registerInitiativeRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    "/api/initiatives",
    {
      schema: {
        tags: ["initiatives"],
        summary: "The initiatives you belong to",
        querystring: listInitiativesQuerySchema,
        response: { 200: pageSchema(initiativeSummarySchema) },
      },
    },
    async (request) => findMyInitiatives(ctx, requireActor(request).personId, request.query),
  );

  app.post(
    "/api/initiatives",
    {
      schema: {
        tags: ["initiatives"],
        summary: "Create an initiative (facilitators); you become its facilitator",
        body: createInitiativeSchema,
        response: { 201: initiativeSchema },
      },
    },
    async (request, reply) => {
      const actor = authorizeSystem(request, "initiative.create");
      return reply.code(201).send(await createInitiative(ctx, actor.personId, request.body));
    },
  );

  app.get(
    "/api/initiatives/:id",
    {
      schema: {
        tags: ["initiatives"],
        summary: "One initiative with its scoping and how complete it is (members)",
        params: idParamsSchema,
        response: { 200: initiativeSchema },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "initiative.read");
      return getInitiative(ctx, auth);
    },
  );

  app.patch(
    "/api/initiatives/:id",
    {
      schema: {
        tags: ["initiatives"],
        summary: "Edit an initiative or part of its scoping (facilitators); stale version gets 409",
        params: idParamsSchema,
        body: updateInitiativeSchema,
        response: { 200: initiativeSchema },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "initiative.update");
      return updateInitiative(ctx, auth, request.body);
    },
  );
}
