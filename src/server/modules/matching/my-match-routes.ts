import { idParamsSchema } from "../../../shared/contracts/common";
import {
  acceptMatchSchema,
  declineMatchSchema,
  matchingStatusSchema,
  myMatchesSchema,
  myMatchParamsSchema,
} from "../../../shared/contracts/my-match";
import { authorizeInitiative } from "../../auth/access-gate";
import type { AppContext, ZodApp } from "../../context";
import { answerMyMatch, getMatchingStatus, getMyMatches } from "./my-match-service";

const tags = ["matching"];
const base = "/api/initiatives/:id/matching";

/** What members see of matching: whether it is published, and peers their own match. */
export function registerMyMatchRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    `${base}/status`,
    {
      schema: {
        tags,
        summary: "Whether matches are published, nothing more (members)",
        params: idParamsSchema,
        response: { 200: matchingStatusSchema },
      },
    },
    async (request) =>
      getMatchingStatus(
        ctx,
        await authorizeInitiative(ctx, request, request.params.id, "matching.status"),
      ),
  );

  app.get(
    `${base}/my-matches`,
    {
      schema: {
        tags,
        summary: "Your own published matches with the explanation and score parts (peers)",
        params: idParamsSchema,
        response: { 200: myMatchesSchema },
      },
    },
    async (request) =>
      getMyMatches(
        ctx,
        await authorizeInitiative(ctx, request, request.params.id, "matching.respond"),
      ),
  );

  app.post(
    `${base}/my-matches/:matchId/accept`,
    {
      schema: {
        tags,
        summary: "Accept your match (peers); a declined match or stale version gets 409",
        params: myMatchParamsSchema,
        body: acceptMatchSchema,
        response: { 200: myMatchesSchema },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "matching.respond");
      const input = { version: request.body.version, status: "accepted" as const, reason: null };
      return answerMyMatch(ctx, auth, request.params.matchId, input);
    },
  );

  app.post(
    `${base}/my-matches/:matchId/decline`,
    {
      schema: {
        tags,
        summary: "Decline your match with a reason (peers); frees everyone in it for a re-run",
        params: myMatchParamsSchema,
        body: declineMatchSchema,
        response: { 200: myMatchesSchema },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "matching.respond");
      const { version, reason } = request.body;
      return answerMyMatch(ctx, auth, request.params.matchId, {
        version,
        status: "declined",
        reason,
      });
    },
  );
}
