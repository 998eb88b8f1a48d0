import type { FastifyRequest } from "fastify";
import { idParamsSchema } from "../../../shared/contracts/common";
import {
  peerVisitListSchema,
  peerVisitParamsSchema,
  peerVisitSchema,
  recordUnderstandingSchema,
  shareReportSchema,
  startPeerVisitSchema,
  transitionRequestSchema,
  updatePreparationSchema,
} from "../../../shared/contracts/peer-visits";
import { authorizeActivity, authorizeInitiative } from "../../auth/access-gate";
import type { Action } from "../../auth/policy";
import type { AppContext, ZodApp } from "../../context";
import { changePhase, recordUnderstanding, shareReport } from "./transition-service";
import { getVisit, listVisits, startVisit, updatePreparation } from "./visit-service";

const tags = ["peer visits"];
/** Where every route of one activity's peer visit lives. */
export const visitPath = "/api/initiatives/:id/activities/:activityId/peer-visit";

/** The gate for a route under one activity: the initiative, the activity, the caller's part. */
export function authorizeMethod(
  ctx: AppContext,
  request: FastifyRequest & { params: { id: string; activityId: string } },
  action: Action,
) {
  return authorizeActivity(ctx, request, request.params.id, request.params.activityId, action);
}

/** The visit itself: start, read, prepare, move through phases, agree, share. */
export function registerVisitRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    "/api/initiatives/:id/peer-visits",
    {
      schema: {
        tags,
        summary:
          "The peer visits the caller takes part in, facilitates, or may read the report of (members)",
        params: idParamsSchema,
        response: { 200: peerVisitListSchema },
      },
    },
    async (request) =>
      listVisits(
        ctx,
        await authorizeInitiative(ctx, request, request.params.id, "peerReview.list"),
      ),
  );

  app.post(
    visitPath,
    {
      schema: {
        tags,
        summary:
          "Start the peer visit workflow on a peer-visit activity, in preparation (facilitators, hosts)",
        params: peerVisitParamsSchema,
        body: startPeerVisitSchema,
        response: { 201: peerVisitSchema },
      },
    },
    async (request, reply) => {
      const auth = await authorizeMethod(ctx, request, "peerReview.setup");
      return reply.code(201).send(await startVisit(ctx, auth, request.body));
    },
  );

  app.get(
    visitPath,
    {
      schema: {
        tags,
        summary:
          "The peer visit with phase, gates, warnings, history and permissions (facilitators, participants)",
        params: peerVisitParamsSchema,
        response: { 200: peerVisitSchema },
      },
    },
    async (request) => getVisit(ctx, await authorizeMethod(ctx, request, "peerReview.read")),
  );

  app.patch(
    `${visitPath}/preparation`,
    {
      schema: {
        tags,
        summary:
          "Area to improve, readiness self-assessment, timeline, responsibilities (hosts, facilitators)",
        params: peerVisitParamsSchema,
        body: updatePreparationSchema,
        response: { 200: peerVisitSchema },
      },
    },
    async (request) =>
      updatePreparation(ctx, await authorizeMethod(ctx, request, "peerReview.read"), request.body),
  );

  app.post(
    `${visitPath}/transitions`,
    {
      schema: {
        tags,
        summary:
          "Advance one phase or reopen an earlier one with a reason, as the phase machine allows",
        params: peerVisitParamsSchema,
        body: transitionRequestSchema,
        response: { 200: peerVisitSchema },
      },
    },
    async (request) =>
      changePhase(ctx, await authorizeMethod(ctx, request, "peerReview.read"), request.body),
  );

  app.put(
    `${visitPath}/common-understanding`,
    {
      schema: {
        tags,
        summary:
          "Record the agreed strengths and weaknesses (moderators, facilitators; feedback phase)",
        params: peerVisitParamsSchema,
        body: recordUnderstandingSchema,
        response: { 200: peerVisitSchema },
      },
    },
    async (request) =>
      recordUnderstanding(
        ctx,
        await authorizeMethod(ctx, request, "peerReview.read"),
        request.body,
      ),
  );

  app.put(
    `${visitPath}/report-sharing`,
    {
      schema: {
        tags,
        summary: "Share the report with the whole initiative, or take it back (hosts only)",
        params: peerVisitParamsSchema,
        body: shareReportSchema,
        response: { 200: peerVisitSchema },
      },
    },
    async (request) =>
      shareReport(ctx, await authorizeMethod(ctx, request, "peerReview.read"), request.body),
  );
}
