import { okSchema } from "../../../shared/contracts/common";
import {
  assessorParamsSchema,
  createPeerAssessmentSchema,
  peerAssessmentSchema,
  recordPresentationSchema,
  saveAnswersSchema,
  saveProjectPlanSchema,
  setReverseDirectionSchema,
  sideParamsSchema,
  submitAnswersSchema,
} from "../../../shared/contracts/peer-assessments";
import { versionQuerySchema } from "../../../shared/contracts/peer-visit-records";
import { peerVisitParamsSchema } from "../../../shared/contracts/peer-visits";
import {
  createWorkShadowingSchema,
  entryParamsSchema,
  saveShadowingEntrySchema,
  shadowingEntrySchema,
  updateWorkShadowingSchema,
  workShadowingSchema,
} from "../../../shared/contracts/work-shadowing";
import type { AppContext, ZodApp } from "../../context";
import {
  createAssessment,
  getAssessment,
  recordPresentation,
  saveAnswers,
  saveProjectPlan,
  setReverseDirection,
  submitAssessorAnswers,
} from "./assessment-service";
import {
  createShadowing,
  deleteShadowingEntry,
  getShadowing,
  saveShadowingEntry,
  updateShadowing,
} from "./shadowing-service";
import { authorizeMethod } from "./visit-routes";

const base = "/api/initiatives/:id/activities/:activityId";
const params = peerVisitParamsSchema;

/** The structured peer assessment of project plans (ICLD method 1). */
export function registerAssessmentRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ["peer assessment"];
  const path = `${base}/peer-assessment`;
  const reply200 = { 200: peerAssessmentSchema };
  app.post(
    path,
    {
      schema: {
        tags,
        summary: "Set up the structured peer assessment (facilitators, hosts)",
        params,
        body: createPeerAssessmentSchema,
        response: { 201: peerAssessmentSchema },
      },
    },
    async (request, reply) => {
      const auth = await authorizeMethod(ctx, request, "peerReview.setup");
      return reply.code(201).send(await createAssessment(ctx, auth, request.body));
    },
  );
  app.get(
    path,
    {
      schema: {
        tags,
        summary: "The assessment; answers only where readable (facilitators, participants)",
        params,
        response: reply200,
      },
    },
    async (request) => getAssessment(ctx, await authorizeMethod(ctx, request, "peerReview.read")),
  );
  app.put(
    `${path}/reverse-direction`,
    {
      schema: {
        tags,
        summary:
          "Enable or disable the optional reverse direction (facilitators, hosts, moderators)",
        params,
        body: setReverseDirectionSchema,
        response: reply200,
      },
    },
    async (request) =>
      setReverseDirection(
        ctx,
        await authorizeMethod(ctx, request, "peerReview.read"),
        request.body,
      ),
  );
  app.put(
    `${path}/plans/:side`,
    {
      schema: {
        tags,
        summary: "Write one side's project plan (that side, facilitators)",
        params: sideParamsSchema,
        body: saveProjectPlanSchema,
        response: reply200,
      },
    },
    async (request) =>
      saveProjectPlan(
        ctx,
        await authorizeMethod(ctx, request, "peerReview.read"),
        request.params.side,
        request.body,
      ),
  );
  app.post(
    `${path}/plans/:side/presented`,
    {
      schema: {
        tags,
        summary: "Record when a side presented its plan (that side, moderators, facilitators)",
        params: sideParamsSchema,
        body: recordPresentationSchema,
        response: reply200,
      },
    },
    async (request) =>
      recordPresentation(
        ctx,
        await authorizeMethod(ctx, request, "peerReview.read"),
        request.params.side,
        request.body,
      ),
  );
  app.put(
    `${path}/directions/:assessor`,
    {
      schema: {
        tags,
        summary: "Draft the four answers about the other side's plan (the assessor side)",
        params: assessorParamsSchema,
        body: saveAnswersSchema,
        response: reply200,
      },
    },
    async (request) =>
      saveAnswers(
        ctx,
        await authorizeMethod(ctx, request, "peerReview.read"),
        request.params.assessor,
        request.body,
      ),
  );
  app.post(
    `${path}/directions/:assessor/submit`,
    {
      schema: {
        tags,
        summary:
          "Submit the answers; they freeze and the assessed side reads them (the assessor side)",
        params: assessorParamsSchema,
        body: submitAnswersSchema,
        response: reply200,
      },
    },
    async (request) =>
      submitAssessorAnswers(
        ctx,
        await authorizeMethod(ctx, request, "peerReview.read"),
        request.params.assessor,
        request.body,
      ),
  );
}

/** Work shadowing (ICLD method 4). */
export function registerShadowingRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ["work shadowing"];
  const path = `${base}/work-shadowing`;
  app.post(
    path,
    {
      schema: {
        tags,
        summary: "Set up work shadowing with its focus (facilitators, hosts)",
        params,
        body: createWorkShadowingSchema,
        response: { 201: workShadowingSchema },
      },
    },
    async (request, reply) => {
      const auth = await authorizeMethod(ctx, request, "peerReview.setup");
      return reply.code(201).send(await createShadowing(ctx, auth, request.body));
    },
  );
  app.get(
    path,
    {
      schema: {
        tags,
        summary:
          "Focus, programme, entries the caller may read, warnings (facilitators, participants)",
        params,
        response: { 200: workShadowingSchema },
      },
    },
    async (request) => getShadowing(ctx, await authorizeMethod(ctx, request, "peerReview.read")),
  );
  app.patch(
    path,
    {
      schema: {
        tags,
        summary: "Change the focus (facilitators, hosts)",
        params,
        body: updateWorkShadowingSchema,
        response: { 200: workShadowingSchema },
      },
    },
    async (request) =>
      updateShadowing(ctx, await authorizeMethod(ctx, request, "peerReview.setup"), request.body),
  );
  app.put(
    `${path}/entries/:entryId`,
    {
      schema: {
        tags,
        summary:
          "Save an observation or idea under a client id; retries never duplicate (visitors)",
        params: entryParamsSchema,
        body: saveShadowingEntrySchema,
        response: { 200: shadowingEntrySchema },
      },
    },
    async (request) =>
      saveShadowingEntry(
        ctx,
        await authorizeMethod(ctx, request, "peerReview.read"),
        request.params.entryId,
        request.body,
      ),
  );
  app.delete(
    `${path}/entries/:entryId`,
    {
      schema: {
        tags,
        summary: "Delete one's own entry (author)",
        params: entryParamsSchema,
        querystring: versionQuerySchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const auth = await authorizeMethod(ctx, request, "peerReview.read");
      await deleteShadowingEntry(ctx, auth, request.params.entryId, request.query.version);
      return { ok: true as const };
    },
  );
}
