import { z } from "zod";
import { idParamsSchema, okSchema } from "../../../shared/contracts/common";
import {
  createReformAreaTagSchema,
  intakeOverviewSchema,
  intakeRemindersResultSchema,
  intakeResponseSchema,
  intakeSurveySchema,
  myIntakeSchema,
  openIntakeSurveySchema,
  personParamsSchema,
  reformAreaTagSchema,
  sendIntakeRemindersSchema,
  submitIntakeResponseSchema,
  tagParamsSchema,
} from "../../../shared/contracts/intake";
import { authorizeInitiative } from "../../auth/access-gate";
import type { AppContext, ZodApp } from "../../context";
import { sendReminders } from "./reminder-service";
import {
  closeSurvey,
  getAnswersOf,
  getMyIntake,
  getOverview,
  getSurvey,
  openSurvey,
  submitMyResponse,
} from "./service";
import { addTag, getTags, removeTag } from "./tag-service";

const tags = ["intake"];

/** The intake survey: facilitators run it, peers answer it. */
export function registerIntakeRoutes(app: ZodApp, ctx: AppContext): void {
  const base = "/api/initiatives/:id/intake";
  app.get(
    base,
    {
      schema: {
        tags,
        summary: "The intake survey's state and due date (facilitators, peers)",
        params: idParamsSchema,
        response: { 200: intakeSurveySchema },
      },
    },
    async (request) =>
      getSurvey(ctx, await authorizeInitiative(ctx, request, request.params.id, "intake.read")),
  );

  app.post(
    `${base}/open`,
    {
      schema: {
        tags,
        summary: "Open (or re-open) the survey, optionally with a due date (facilitators)",
        params: idParamsSchema,
        body: openIntakeSurveySchema,
        response: { 200: intakeSurveySchema },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "intake.manage");
      return openSurvey(ctx, auth, request.body);
    },
  );

  app.post(
    `${base}/close`,
    {
      schema: {
        tags,
        summary: "Close the survey; answers stay (facilitators); not open gets 409",
        params: idParamsSchema,
        response: { 200: intakeSurveySchema },
      },
    },
    async (request) =>
      closeSurvey(ctx, await authorizeInitiative(ctx, request, request.params.id, "intake.manage")),
  );

  app.get(
    `${base}/overview`,
    {
      schema: {
        tags,
        summary: "Who has and has not answered, with counts (facilitators)",
        params: idParamsSchema,
        response: { 200: intakeOverviewSchema },
      },
    },
    async (request) =>
      getOverview(ctx, await authorizeInitiative(ctx, request, request.params.id, "intake.manage")),
  );

  app.post(
    `${base}/reminders`,
    {
      schema: {
        tags,
        summary: "Mail a reminder to peers who have not answered (facilitators; survey open)",
        params: idParamsSchema,
        body: sendIntakeRemindersSchema,
        response: { 200: intakeRemindersResultSchema },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "intake.manage");
      return sendReminders(ctx, auth, request.body);
    },
  );

  app.get(
    `${base}/responses/:personId`,
    {
      schema: {
        tags,
        summary: "One peer's answers (facilitators); not answered gets 404",
        params: personParamsSchema,
        response: { 200: intakeResponseSchema },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "intake.manage");
      return getAnswersOf(ctx, auth, request.params.personId);
    },
  );

  registerMyResponseRoutes(app, ctx, base);
  registerTagRoutes(app, ctx, base);
}

function registerMyResponseRoutes(app: ZodApp, ctx: AppContext, base: string): void {
  app.get(
    `${base}/my-response`,
    {
      schema: {
        tags,
        summary: "Your own answers and the survey's state (peers)",
        params: idParamsSchema,
        response: { 200: myIntakeSchema },
      },
    },
    async (request) =>
      getMyIntake(
        ctx,
        await authorizeInitiative(ctx, request, request.params.id, "intake.respond"),
      ),
  );

  app.put(
    `${base}/my-response`,
    {
      schema: {
        tags,
        summary: "Submit or change your answers while the survey is open (peers); stale 409",
        params: idParamsSchema,
        body: submitIntakeResponseSchema,
        response: { 200: intakeResponseSchema },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "intake.respond");
      return submitMyResponse(ctx, auth, request.body);
    },
  );
}

function registerTagRoutes(app: ZodApp, ctx: AppContext, base: string): void {
  app.get(
    `${base}/tags`,
    {
      schema: {
        tags,
        summary: "The reform-area tag vocabulary (facilitators, peers)",
        params: idParamsSchema,
        response: { 200: z.object({ items: z.array(reformAreaTagSchema) }) },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "intake.read");
      return { items: await getTags(ctx, auth) };
    },
  );

  app.post(
    `${base}/tags`,
    {
      schema: {
        tags,
        summary: "Add a tag to the vocabulary (facilitators); an existing key gets 409",
        params: idParamsSchema,
        body: createReformAreaTagSchema,
        response: { 201: reformAreaTagSchema },
      },
    },
    async (request, reply) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "intake.manage");
      return reply.code(201).send(await addTag(ctx, auth, request.body.label));
    },
  );

  app.delete(
    `${base}/tags/:tagId`,
    {
      schema: {
        tags,
        summary: "Remove a tag nobody has used yet (facilitators); a used one gets 409",
        params: tagParamsSchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const auth = await authorizeInitiative(ctx, request, request.params.id, "intake.manage");
      await removeTag(ctx, auth, request.params.tagId);
      return { ok: true as const };
    },
  );
}
