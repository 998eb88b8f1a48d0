import { okSchema } from "../../../shared/contracts/common";
import {
  actionParamsSchema,
  adaptationListSchema,
  adaptationSchema,
  createImprovementActionSchema,
  improvementActionListSchema,
  improvementActionSchema,
  saveAdaptationSchema,
  updateImprovementActionSchema,
  versionQuerySchema,
} from "../../../shared/contracts/peer-visit-records";
import { peerVisitReportSchema } from "../../../shared/contracts/peer-visit-report";
import { peerVisitParamsSchema, reportQuerySchema } from "../../../shared/contracts/peer-visits";
import type { AppContext, ZodApp } from "../../context";
import { createAction, deleteAction, listActions, updateAction } from "./action-service";
import { listAdaptations, saveMyAdaptation } from "./check-service";
import { buildReportDocument } from "./report-document";
import { renderReportHtml } from "./report-html";
import { renderReportPdf } from "./report-pdf";
import { loadReport } from "./report-service";
import { authorizeMethod, visitPath } from "./visit-routes";

const tags = ["peer visits"];
const params = peerVisitParamsSchema;

/** Improvement actions and what peers adapt at home. */
export function registerFollowUpRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    `${visitPath}/improvement-actions`,
    {
      schema: {
        tags,
        summary: "The host's improvement actions (facilitators, participants)",
        params,
        response: { 200: improvementActionListSchema },
      },
    },
    async (request) => listActions(ctx, await authorizeMethod(ctx, request, "peerReview.read")),
  );
  app.post(
    `${visitPath}/improvement-actions`,
    {
      schema: {
        tags,
        summary: "Plan an improvement action (hosts, facilitators; follow-up)",
        params,
        body: createImprovementActionSchema,
        response: { 201: improvementActionSchema },
      },
    },
    async (request, reply) => {
      const auth = await authorizeMethod(ctx, request, "peerReview.read");
      return reply.code(201).send(await createAction(ctx, auth, request.body));
    },
  );
  app.patch(
    `${visitPath}/improvement-actions/:actionId`,
    {
      schema: {
        tags,
        summary: "Change an action or report its progress (hosts, facilitators; follow-up)",
        params: actionParamsSchema,
        body: updateImprovementActionSchema,
        response: { 200: improvementActionSchema },
      },
    },
    async (request) =>
      updateAction(
        ctx,
        await authorizeMethod(ctx, request, "peerReview.read"),
        request.params.actionId,
        request.body,
      ),
  );
  app.delete(
    `${visitPath}/improvement-actions/:actionId`,
    {
      schema: {
        tags,
        summary: "Delete an improvement action (hosts, facilitators; follow-up)",
        params: actionParamsSchema,
        querystring: versionQuerySchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const auth = await authorizeMethod(ctx, request, "peerReview.read");
      await deleteAction(ctx, auth, request.params.actionId, request.query.version);
      return { ok: true as const };
    },
  );
  app.get(
    `${visitPath}/adaptations`,
    {
      schema: {
        tags,
        summary: "What peers will adapt at home, as far as the caller may read",
        params,
        response: { 200: adaptationListSchema },
      },
    },
    async (request) => listAdaptations(ctx, await authorizeMethod(ctx, request, "peerReview.read")),
  );
  app.put(
    `${visitPath}/adaptations/mine`,
    {
      schema: {
        tags,
        summary: "A visiting peer records what they will adapt at home (follow-up)",
        params,
        body: saveAdaptationSchema,
        response: { 200: adaptationSchema },
      },
    },
    async (request) =>
      saveMyAdaptation(ctx, await authorizeMethod(ctx, request, "peerReview.read"), request.body),
  );
}

/** The report as JSON, HTML and PDF, in the reader's language or `?lang=`. */
export function registerReportRoutes(app: ZodApp, ctx: AppContext): void {
  const schema = (summary: string) => ({ tags, summary, params, querystring: reportQuerySchema });
  app.get(
    `${visitPath}/report`,
    {
      schema: {
        ...schema("The visit report (circle; every member once the host shares it)"),
        response: { 200: peerVisitReportSchema },
      },
    },
    async (request) =>
      loadReport(ctx, await authorizeMethod(ctx, request, "peerReview.report"), request.query.lang),
  );
  app.get(
    `${visitPath}/report.html`,
    { schema: schema("The visit report as printable HTML") },
    async (request, reply) => {
      const report = await loadReport(
        ctx,
        await authorizeMethod(ctx, request, "peerReview.report"),
        request.query.lang,
      );
      return reply
        .type("text/html; charset=utf-8")
        .send(renderReportHtml(buildReportDocument(report)));
    },
  );
  app.get(
    `${visitPath}/report.pdf`,
    { schema: schema("The visit report as PDF") },
    async (request, reply) => {
      const report = await loadReport(
        ctx,
        await authorizeMethod(ctx, request, "peerReview.report"),
        request.query.lang,
      );
      const pdf = await renderReportPdf(buildReportDocument(report));
      return reply
        .type("application/pdf")
        .header("content-disposition", `inline; filename="peer-visit-report-${report.lang}.pdf"`)
        .header("cache-control", "private, no-store")
        .send(pdf);
    },
  );
}
