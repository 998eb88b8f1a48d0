import { okSchema } from "../../../shared/contracts/common";
import { versionQuerySchema } from "../../../shared/contracts/peer-visit-records";
import { peerVisitParamsSchema } from "../../../shared/contracts/peer-visits";
import {
  createWorkshopOutputSchema,
  createWorkshopSchema,
  outputParamsSchema,
  updateWorkshopOutputSchema,
  updateWorkshopSchema,
  workshopMethodListSchema,
  workshopOutputSchema,
  workshopSchema,
} from "../../../shared/contracts/workshops";
import { authorizeSystem } from "../../auth/access-gate";
import type { AppContext, ZodApp } from "../../context";
import { authorizeMethod } from "./visit-routes";
import {
  createOutput,
  createWorkshop,
  deleteOutput,
  getWorkshop,
  listMethodLibrary,
  updateOutput,
  updateWorkshop,
} from "./workshop-service";

const tags = ["workshops"];
const params = peerVisitParamsSchema;
const path = "/api/initiatives/:id/activities/:activityId/workshop";

/** The workshop method library and outputs per workshop activity (ICLD method 5). */
export function registerWorkshopRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    "/api/workshop-methods",
    {
      schema: {
        tags,
        summary: "The workshop method library with run sheets (signed in)",
        response: { 200: workshopMethodListSchema },
      },
    },
    async (request) => {
      authorizeSystem(request, "workshop.library");
      return listMethodLibrary();
    },
  );
  app.post(
    path,
    {
      schema: {
        tags,
        summary: "Choose the workshop's method and start time (facilitators, hosts)",
        params,
        body: createWorkshopSchema,
        response: { 201: workshopSchema },
      },
    },
    async (request, reply) => {
      const auth = await authorizeMethod(ctx, request, "peerReview.setup");
      return reply.code(201).send(await createWorkshop(ctx, auth, request.body));
    },
  );
  app.get(
    path,
    {
      schema: {
        tags,
        summary: "Method, run sheet and outputs (facilitators, participants)",
        params,
        response: { 200: workshopSchema },
      },
    },
    async (request) => getWorkshop(ctx, await authorizeMethod(ctx, request, "peerReview.read")),
  );
  app.patch(
    path,
    {
      schema: {
        tags,
        summary: "Change the method or start time (facilitators, hosts)",
        params,
        body: updateWorkshopSchema,
        response: { 200: workshopSchema },
      },
    },
    async (request) =>
      updateWorkshop(ctx, await authorizeMethod(ctx, request, "peerReview.setup"), request.body),
  );
  app.post(
    `${path}/outputs`,
    {
      schema: {
        tags,
        summary: "Capture an output (participants, facilitators)",
        params,
        body: createWorkshopOutputSchema,
        response: { 201: workshopOutputSchema },
      },
    },
    async (request, reply) => {
      const auth = await authorizeMethod(ctx, request, "peerReview.read");
      return reply.code(201).send(await createOutput(ctx, auth, request.body));
    },
  );
  app.patch(
    `${path}/outputs/:outputId`,
    {
      schema: {
        tags,
        summary: "Edit an output (its author, hosts, facilitators)",
        params: outputParamsSchema,
        body: updateWorkshopOutputSchema,
        response: { 200: workshopOutputSchema },
      },
    },
    async (request) =>
      updateOutput(
        ctx,
        await authorizeMethod(ctx, request, "peerReview.read"),
        request.params.outputId,
        request.body,
      ),
  );
  app.delete(
    `${path}/outputs/:outputId`,
    {
      schema: {
        tags,
        summary: "Delete an output (its author, hosts, facilitators)",
        params: outputParamsSchema,
        querystring: versionQuerySchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const auth = await authorizeMethod(ctx, request, "peerReview.read");
      await deleteOutput(ctx, auth, request.params.outputId, request.query.version);
      return { ok: true as const };
    },
  );
}
