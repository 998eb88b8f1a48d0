import { z } from "zod";
import { idParamsSchema } from "../../../shared/contracts/common";
import {
  createMatchingRunSchema,
  matchingRunSchema,
  matchingRunSummarySchema,
  rerunMatchingSchema,
  runMatchParamsSchema,
  runParamsSchema,
  runVersionSchema,
  setMatchLockSchema,
} from "../../../shared/contracts/matching";
import {
  compareRunsQuerySchema,
  runComparisonSchema,
} from "../../../shared/contracts/matching-compare";
import { matchingDefaultsSchema } from "../../../shared/contracts/matching-defaults";
import { swapMembersSchema } from "../../../shared/contracts/matching-swap";
import { authorizeInitiative } from "../../auth/access-gate";
import type { AppContext, ZodApp } from "../../context";
import { compareRuns } from "./compare-service";
import { getMatchingDefaults } from "./defaults-service";
import { breakMatch, publishRun, setMatchLock } from "./review-service";
import { createRun, getRun, getRuns, rerun } from "./service";
import { swapMembers } from "./swap-service";

const tags = ["matching"];
const base = "/api/initiatives/:id/matching";

/** Matching runs: facilitators run, review, compare and publish them. */
export function registerMatchingRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    `${base}/defaults`,
    {
      schema: {
        tags,
        summary:
          "Default weights, group sizes and the declined pairs a new run forbids (facilitators)",
        params: idParamsSchema,
        response: { 200: matchingDefaultsSchema },
      },
    },
    async (request) =>
      getMatchingDefaults(
        ctx,
        await authorizeInitiative(ctx, request, request.params.id, "matching.manage"),
      ),
  );

  app.get(
    `${base}/runs`,
    {
      schema: {
        tags,
        summary: "Matching runs, newest first (facilitators)",
        params: idParamsSchema,
        response: { 200: z.object({ items: z.array(matchingRunSummarySchema) }) },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "matching.manage");
      return { items: await getRuns(ctx, auth) };
    },
  );

  app.post(
    `${base}/runs`,
    {
      schema: {
        tags,
        summary: "Run matching on the peers' answers; stores a draft (facilitators)",
        params: idParamsSchema,
        body: createMatchingRunSchema,
        response: { 201: matchingRunSchema },
      },
    },
    async (request, reply) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "matching.manage");
      return reply.code(201).send(await createRun(ctx, auth, request.body));
    },
  );

  app.get(
    `${base}/runs/:runId`,
    {
      schema: {
        tags,
        summary:
          "One run: parameters, matches with explanations, the unmatched and why (facilitators)",
        params: runParamsSchema,
        response: { 200: matchingRunSchema },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "matching.manage");
      return getRun(ctx, auth, request.params.runId);
    },
  );

  app.get(
    `${base}/compare`,
    {
      schema: {
        tags,
        summary:
          "Compare two runs: matches in both, only in A, only in B, total scores (facilitators)",
        params: idParamsSchema,
        querystring: compareRunsQuerySchema,
        response: { 200: runComparisonSchema },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "matching.manage");
      return compareRuns(ctx, auth, request.query.a, request.query.b);
    },
  );

  registerReviewRoutes(app, ctx);
}

function registerReviewRoutes(app: ZodApp, ctx: AppContext): void {
  app.patch(
    `${base}/runs/:runId/matches/:matchId`,
    {
      schema: {
        tags,
        summary: "Lock or unlock a match of a draft (facilitators); stale version 409",
        params: runMatchParamsSchema,
        body: setMatchLockSchema,
        response: { 200: matchingRunSchema },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "matching.manage");
      return setMatchLock(ctx, auth, request.params, request.body);
    },
  );

  app.post(
    `${base}/runs/:runId/matches/:matchId/break`,
    {
      schema: {
        tags,
        summary: "Break a match of a draft; a re-run never repeats it (facilitators)",
        params: runMatchParamsSchema,
        body: runVersionSchema,
        response: { 200: matchingRunSchema },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "matching.manage");
      return breakMatch(ctx, auth, request.params, request.body.version);
    },
  );

  app.post(
    `${base}/runs/:runId/swap`,
    {
      schema: {
        tags,
        summary:
          "Swap two people of a draft; the changed matches are rescored and locked (facilitators)",
        params: runParamsSchema,
        body: swapMembersSchema,
        response: { 200: matchingRunSchema },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "matching.manage");
      return swapMembers(ctx, auth, request.params.runId, request.body);
    },
  );

  app.post(
    `${base}/runs/:runId/rerun`,
    {
      schema: {
        tags,
        summary: "Re-run around a run's locks, with changed parameters if given (facilitators)",
        params: runParamsSchema,
        body: rerunMatchingSchema,
        response: { 201: matchingRunSchema },
      },
    },
    async (request, reply) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "matching.manage");
      return reply.code(201).send(await rerun(ctx, auth, request.params.runId, request.body));
    },
  );

  app.post(
    `${base}/runs/:runId/publish`,
    {
      schema: {
        tags,
        summary: "Publish a draft: peers see their match and get a mail (facilitators)",
        params: runParamsSchema,
        body: runVersionSchema,
        response: { 200: matchingRunSchema },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "matching.manage");
      return publishRun(ctx, auth, request.params.runId, request.body.version);
    },
  );
}
