import { okSchema } from "../../../shared/contracts/common";
import {
  clusterQuerySchema,
  createFeedbackItemSchema,
  feedbackClusterListSchema,
  feedbackHintsRequestSchema,
  feedbackHintsSchema,
  feedbackItemListSchema,
  feedbackItemSchema,
  itemParamsSchema,
  noteParamsSchema,
  peerCheckListSchema,
  peerCheckSchema,
  saveNoteSchema,
  savePeerCheckSchema,
  updateFeedbackItemSchema,
  versionQuerySchema,
  visitNoteListSchema,
  visitNoteSchema,
} from "../../../shared/contracts/peer-visit-records";
import { peerVisitParamsSchema } from "../../../shared/contracts/peer-visits";
import type { AppContext, ZodApp } from "../../context";
import { listPeerChecks, saveMyPeerCheck } from "./check-service";
import {
  clusterItems,
  createFeedbackItem,
  deleteFeedbackItem,
  hintDraft,
  listFeedbackItems,
  updateFeedbackItem,
} from "./feedback-service";
import { deleteNote, listNotes, saveNote } from "./note-service";
import { authorizeMethod, visitPath } from "./visit-routes";

const tags = ["peer visits"];
const params = peerVisitParamsSchema;

/** Notes, evidence and the peers' checks of the self-assessment (confidential). */
export function registerNoteRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    `${visitPath}/notes`,
    {
      schema: {
        tags,
        summary:
          "Notes and evidence the caller may read (author; host, moderator, facilitators: all)",
        params,
        response: { 200: visitNoteListSchema },
      },
    },
    async (request) => listNotes(ctx, await authorizeMethod(ctx, request, "peerReview.read")),
  );
  app.put(
    `${visitPath}/notes/:noteId`,
    {
      schema: {
        tags,
        summary:
          "Save a note or evidence under a client-generated id; retries never duplicate (participants, author only)",
        params: noteParamsSchema,
        body: saveNoteSchema,
        response: { 200: visitNoteSchema },
      },
    },
    async (request) =>
      saveNote(
        ctx,
        await authorizeMethod(ctx, request, "peerReview.read"),
        request.params.noteId,
        request.body,
      ),
  );
  app.delete(
    `${visitPath}/notes/:noteId`,
    {
      schema: {
        tags,
        summary: "Delete one's own note (author only)",
        params: noteParamsSchema,
        querystring: versionQuerySchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const auth = await authorizeMethod(ctx, request, "peerReview.read");
      await deleteNote(ctx, auth, request.params.noteId, request.query.version);
      return { ok: true as const };
    },
  );
  app.get(
    `${visitPath}/peer-checks`,
    {
      schema: {
        tags,
        summary: "The peers' checks of the self-assessment the caller may read",
        params,
        response: { 200: peerCheckListSchema },
      },
    },
    async (request) => listPeerChecks(ctx, await authorizeMethod(ctx, request, "peerReview.read")),
  );
  app.put(
    `${visitPath}/peer-checks/mine`,
    {
      schema: {
        tags,
        summary: "A visiting peer's own check of the self-assessment (visit and feedback phases)",
        params,
        body: savePeerCheckSchema,
        response: { 200: peerCheckSchema },
      },
    },
    async (request) =>
      saveMyPeerCheck(ctx, await authorizeMethod(ctx, request, "peerReview.read"), request.body),
  );
}

/** Feedback items, hints on drafts and the moderator's clusters. */
export function registerFeedbackRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    `${visitPath}/feedback-items`,
    {
      schema: {
        tags,
        summary: "Feedback items the caller may read (author; host, moderator, facilitators: all)",
        params,
        response: { 200: feedbackItemListSchema },
      },
    },
    async (request) =>
      listFeedbackItems(ctx, await authorizeMethod(ctx, request, "peerReview.read")),
  );
  app.post(
    `${visitPath}/feedback-items`,
    {
      schema: {
        tags,
        summary: "Draft a feedback item (visiting peers; feedback phase)",
        params,
        body: createFeedbackItemSchema,
        response: { 201: feedbackItemSchema },
      },
    },
    async (request, reply) => {
      const auth = await authorizeMethod(ctx, request, "peerReview.read");
      return reply.code(201).send(await createFeedbackItem(ctx, auth, request.body));
    },
  );
  app.patch(
    `${visitPath}/feedback-items/:itemId`,
    {
      schema: {
        tags,
        summary: "Edit one's own feedback item (author; feedback phase)",
        params: itemParamsSchema,
        body: updateFeedbackItemSchema,
        response: { 200: feedbackItemSchema },
      },
    },
    async (request) =>
      updateFeedbackItem(
        ctx,
        await authorizeMethod(ctx, request, "peerReview.read"),
        request.params.itemId,
        request.body,
      ),
  );
  app.delete(
    `${visitPath}/feedback-items/:itemId`,
    {
      schema: {
        tags,
        summary: "Delete one's own feedback item (author; feedback phase)",
        params: itemParamsSchema,
        querystring: versionQuerySchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const auth = await authorizeMethod(ctx, request, "peerReview.read");
      await deleteFeedbackItem(ctx, auth, request.params.itemId, request.query.version);
      return { ok: true as const };
    },
  );
  app.post(
    `${visitPath}/feedback-hints`,
    {
      schema: {
        tags,
        summary: "Hints for a feedback draft by the guide's rules (facilitators, participants)",
        params,
        body: feedbackHintsRequestSchema,
        response: { 200: feedbackHintsSchema },
      },
    },
    async (request) => {
      await authorizeMethod(ctx, request, "peerReview.read");
      return hintDraft(request.body);
    },
  );
  app.get(
    `${visitPath}/feedback-clusters`,
    {
      schema: {
        tags,
        summary: "Every feedback item grouped by shared terms (moderators, hosts, facilitators)",
        params,
        querystring: clusterQuerySchema,
        response: { 200: feedbackClusterListSchema },
      },
    },
    async (request) =>
      clusterItems(ctx, await authorizeMethod(ctx, request, "peerReview.read"), request.query.lang),
  );
}
