import type { TestApp } from "./api-harness";
import { demoPersonId } from "./fixtures";
import {
  buildDraftRun,
  buildPublishedRun,
  buildTag,
  currentAnswersBody,
  ensureSurveyOpen,
  findMyMatch,
} from "./matching-fixtures";

/** The roles the access matrix walks (the same union as in access-matrix.int.test.ts). */
type MatrixRole =
  | "anon"
  | "admin"
  | "outsider"
  | "facilitator"
  | "peer"
  | "authoriser"
  | "moderator"
  | "observer";

/** What these cases read of the matrix's fixture. The peer of the matrix is Amina Otieno. */
type MatrixFixture = { t: TestApp; initiativeId: string; facilitatorId: string };

type MatrixReq = {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  url: string;
  body?: unknown;
};

type MatrixCase = {
  route: string;
  allowed: MatrixRole[];
  okStatus?: number;
  make: (fx: MatrixFixture) => Promise<MatrixReq> | MatrixReq;
};

const members: MatrixRole[] = ["facilitator", "peer", "authoriser", "moderator", "observer"];
const intake = (fx: MatrixFixture, path = "") =>
  `/api/initiatives/${fx.initiativeId}/intake${path}`;
const matching = (fx: MatrixFixture, path: string) =>
  `/api/initiatives/${fx.initiativeId}/matching${path}`;
const peerId = (fx: MatrixFixture) => demoPersonId(fx.t.ctx, "amina.otieno");
/** A well-formed id that names no match: callers who may not answer are refused before the lookup. */
const noMatchId = "01900000-0000-7000-8000-000000000000";

async function draft(fx: MatrixFixture) {
  return buildDraftRun(fx.t.ctx, fx.initiativeId, fx.facilitatorId);
}

async function myMatchInFreshPublication(fx: MatrixFixture) {
  await buildPublishedRun(fx.t.ctx, fx.initiativeId, fx.facilitatorId);
  return (
    (await findMyMatch(fx.t.ctx, fx.initiativeId, await peerId(fx))) ?? {
      matchId: noMatchId,
      version: 1,
    }
  );
}

const intakeCases: MatrixCase[] = [
  {
    route: "GET /api/initiatives/:id/intake",
    allowed: ["facilitator", "peer"],
    make: (fx) => ({ method: "GET", url: intake(fx) }),
  },
  {
    route: "POST /api/initiatives/:id/intake/open",
    allowed: ["facilitator"],
    make: (fx) => ({ method: "POST", url: intake(fx, "/open"), body: { dueOn: null } }),
  },
  {
    route: "POST /api/initiatives/:id/intake/close",
    allowed: ["facilitator"],
    make: async (fx) => {
      await ensureSurveyOpen(fx.t.ctx, fx.initiativeId, fx.facilitatorId);
      return { method: "POST", url: intake(fx, "/close") };
    },
  },
  {
    route: "GET /api/initiatives/:id/intake/overview",
    allowed: ["facilitator"],
    make: (fx) => ({ method: "GET", url: intake(fx, "/overview") }),
  },
  {
    route: "POST /api/initiatives/:id/intake/reminders",
    allowed: ["facilitator"],
    make: async (fx) => {
      await ensureSurveyOpen(fx.t.ctx, fx.initiativeId, fx.facilitatorId);
      return { method: "POST", url: intake(fx, "/reminders"), body: {} };
    },
  },
  {
    route: "GET /api/initiatives/:id/intake/responses/:personId",
    allowed: ["facilitator"],
    make: async (fx) => ({ method: "GET", url: intake(fx, `/responses/${await peerId(fx)}`) }),
  },
  {
    route: "GET /api/initiatives/:id/intake/my-response",
    allowed: ["peer"],
    make: (fx) => ({ method: "GET", url: intake(fx, "/my-response") }),
  },
  {
    route: "PUT /api/initiatives/:id/intake/my-response",
    allowed: ["peer"],
    make: async (fx) => {
      await ensureSurveyOpen(fx.t.ctx, fx.initiativeId, fx.facilitatorId);
      const body = await currentAnswersBody(fx.t.ctx, fx.initiativeId, await peerId(fx));
      return { method: "PUT", url: intake(fx, "/my-response"), body };
    },
  },
  {
    route: "GET /api/initiatives/:id/intake/tags",
    allowed: ["facilitator", "peer"],
    make: (fx) => ({ method: "GET", url: intake(fx, "/tags") }),
  },
  {
    route: "POST /api/initiatives/:id/intake/tags",
    allowed: ["facilitator"],
    okStatus: 201,
    make: (fx) => ({
      method: "POST",
      url: intake(fx, "/tags"),
      body: { label: `Matrix tag ${Date.now()} ${Math.random()}` },
    }),
  },
  {
    route: "DELETE /api/initiatives/:id/intake/tags/:tagId",
    allowed: ["facilitator"],
    make: async (fx) => {
      const tag = await buildTag(fx.t.ctx, fx.initiativeId, fx.facilitatorId);
      return { method: "DELETE", url: intake(fx, `/tags/${tag.id}`) };
    },
  },
];

const runCases: MatrixCase[] = [
  {
    route: "GET /api/initiatives/:id/matching/status",
    allowed: members,
    make: (fx) => ({ method: "GET", url: matching(fx, "/status") }),
  },
  {
    route: "GET /api/initiatives/:id/matching/defaults",
    allowed: ["facilitator"],
    make: (fx) => ({ method: "GET", url: matching(fx, "/defaults") }),
  },
  {
    route: "GET /api/initiatives/:id/matching/runs",
    allowed: ["facilitator"],
    make: (fx) => ({ method: "GET", url: matching(fx, "/runs") }),
  },
  {
    route: "POST /api/initiatives/:id/matching/runs",
    allowed: ["facilitator"],
    okStatus: 201,
    make: (fx) => ({ method: "POST", url: matching(fx, "/runs"), body: { mode: "pairs" } }),
  },
  {
    route: "GET /api/initiatives/:id/matching/runs/:runId",
    allowed: ["facilitator"],
    make: async (fx) => ({ method: "GET", url: matching(fx, `/runs/${(await draft(fx)).id}`) }),
  },
  {
    route: "GET /api/initiatives/:id/matching/compare",
    allowed: ["facilitator"],
    make: async (fx) => {
      const [a, b] = [await draft(fx), await draft(fx)];
      return { method: "GET", url: matching(fx, `/compare?a=${a.id}&b=${b.id}`) };
    },
  },
  {
    route: "PATCH /api/initiatives/:id/matching/runs/:runId/matches/:matchId",
    allowed: ["facilitator"],
    make: async (fx) => {
      const run = await draft(fx);
      return {
        method: "PATCH",
        url: matching(fx, `/runs/${run.id}/matches/${run.matches[0]?.id}`),
        body: { isLocked: true, version: run.version },
      };
    },
  },
  {
    route: "POST /api/initiatives/:id/matching/runs/:runId/matches/:matchId/break",
    allowed: ["facilitator"],
    make: async (fx) => {
      const run = await draft(fx);
      return {
        method: "POST",
        url: matching(fx, `/runs/${run.id}/matches/${run.matches[0]?.id}/break`),
        body: { version: run.version },
      };
    },
  },
  {
    route: "POST /api/initiatives/:id/matching/runs/:runId/swap",
    allowed: ["facilitator"],
    make: async (fx) => {
      // Two colleagues of one organisation trading places keep every hard rule.
      const run = await draft(fx);
      const [first, second] = run.matches;
      const mover = first?.members[0];
      const colleague = second?.members.find((m) => m.organisationName === mover?.organisationName);
      return {
        method: "POST",
        url: matching(fx, `/runs/${run.id}/swap`),
        body: { personIds: [mover?.personId, colleague?.personId], version: run.version },
      };
    },
  },
  {
    route: "POST /api/initiatives/:id/matching/runs/:runId/rerun",
    allowed: ["facilitator"],
    okStatus: 201,
    make: async (fx) => ({
      method: "POST",
      url: matching(fx, `/runs/${(await draft(fx)).id}/rerun`),
      body: {},
    }),
  },
  {
    route: "POST /api/initiatives/:id/matching/runs/:runId/publish",
    allowed: ["facilitator"],
    make: async (fx) => {
      const run = await draft(fx);
      return {
        method: "POST",
        url: matching(fx, `/runs/${run.id}/publish`),
        body: { version: run.version },
      };
    },
  },
];

const myMatchCases: MatrixCase[] = [
  {
    route: "GET /api/initiatives/:id/matching/my-matches",
    allowed: ["peer"],
    make: (fx) => ({ method: "GET", url: matching(fx, "/my-matches") }),
  },
  {
    route: "POST /api/initiatives/:id/matching/my-matches/:matchId/accept",
    allowed: ["peer"],
    make: async (fx) => {
      const mine = await myMatchInFreshPublication(fx);
      return {
        method: "POST",
        url: matching(fx, `/my-matches/${mine.matchId}/accept`),
        body: { version: mine.version },
      };
    },
  },
  {
    // Last: once the peer has declined, that pair is never proposed again.
    route: "POST /api/initiatives/:id/matching/my-matches/:matchId/decline",
    allowed: ["peer"],
    make: async (fx) => {
      const mine = await myMatchInFreshPublication(fx);
      return {
        method: "POST",
        url: matching(fx, `/my-matches/${mine.matchId}/decline`),
        body: { version: mine.version, reason: "Our schedules do not fit this year." },
      };
    },
  },
];

/**
 * The access matrix's cases for the intake survey and matching (issue 3). Facilitators manage
 * both; peers answer and see only their own; every member may learn whether matches are
 * published; nobody else sees anything.
 */
export const intakeMatchingCases: readonly MatrixCase[] = [
  ...intakeCases,
  ...runCases,
  ...myMatchCases,
];
