import { clusterFeedbackItems, type FeedbackItemKind } from "../../../domain/peer-visit/clustering";
import {
  canEditFeedbackItem,
  canReadFeedbackItem,
} from "../../../domain/peer-visit/confidentiality";
import { feedbackPrinciples, hintFeedback } from "../../../domain/peer-visit/feedback-rules";
import type { FeedbackLanguage } from "../../../domain/peer-visit/text-terms";
import type { FeedbackItem } from "../../../shared/contracts/peer-visit-records";
import type { AuthorizedActivity } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import { newId, nowIso } from "../../db/ids";
import type { PeerVisitFeedbackItemTable } from "../../db/schema";
import { AppError, staleVersion } from "../../errors";
import { findDisplayNames } from "./activity-facts-repo";
import {
  deleteRecordIfVersion,
  insertRecord,
  listRecords,
  updateRecordIfVersion,
} from "./record-repo";
import { findOwnRecord } from "./record-writes";
import { loadVisitContext, requireAllowed, requirePhase, type VisitContext } from "./visit-context";
import { holds } from "./visit-view";

type FeedbackInput = {
  kind: FeedbackItemKind;
  text: string;
  lang: FeedbackLanguage;
  givenAs: "individual" | "group";
};

function canRead(context: VisitContext, row: PeerVisitFeedbackItemTable): boolean {
  return canReadFeedbackItem(
    context.actor,
    { visitId: row.visit_id, authorPersonId: row.author_id },
    context.scope,
  );
}

function asLang(lang: string): FeedbackLanguage {
  return lang === "sv" ? "sv" : "en";
}

async function toItems(
  ctx: AppContext,
  rows: PeerVisitFeedbackItemTable[],
  me: string,
): Promise<FeedbackItem[]> {
  const names = await findDisplayNames(
    ctx.db,
    rows.map((row) => row.author_id),
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as FeedbackItemKind,
    text: row.text,
    lang: asLang(row.lang),
    givenAs: row.given_as === "group" ? "group" : "individual",
    hints: hintFeedback(row.text, asLang(row.lang)),
    authorPersonId: row.author_id,
    authorName: names.get(row.author_id) ?? "",
    isMine: row.author_id === me,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

const parentOf = (context: VisitContext) => ({ column: "visit_id" as const, id: context.visit.id });

/** The feedback items the caller may read: their own, or all for host, moderator, facilitators. */
export async function listFeedbackItems(ctx: AppContext, auth: AuthorizedActivity) {
  const context = await loadVisitContext(ctx, auth);
  const rows = await listRecords(ctx.db, "peer_visit_feedback_items", parentOf(context));
  return {
    items: await toItems(
      ctx,
      rows.filter((row) => canRead(context, row)),
      auth.actor.personId,
    ),
  };
}

/** A visiting peer drafts a feedback item on the selected area, in the feedback phase. */
export async function createFeedbackItem(
  ctx: AppContext,
  auth: AuthorizedActivity,
  input: FeedbackInput,
) {
  const context = await loadVisitContext(ctx, auth);
  requireAllowed(holds(context, ["visiting_peer"]), "giving feedback items");
  requirePhase(context, ["feedback"]);
  const now = nowIso();
  const row: PeerVisitFeedbackItemTable = {
    id: newId(),
    visit_id: context.visit.id,
    author_id: auth.actor.personId,
    kind: input.kind,
    text: input.text,
    lang: input.lang,
    given_as: input.givenAs,
    version: 1,
    created_at: now,
    updated_at: now,
  };
  await ctx.db.transaction().execute((trx) => insertRecord(trx, "peer_visit_feedback_items", row));
  return (await toItems(ctx, [row], auth.actor.personId))[0] as FeedbackItem;
}

async function findEditable(ctx: AppContext, context: VisitContext, itemId: string) {
  const me = context.auth.actor.personId;
  const row = await findOwnRecord(
    ctx.db,
    "peer_visit_feedback_items",
    { parent: parentOf(context), id: itemId, authorId: me, what: "Feedback item" },
    (stored) => canRead(context, stored),
  );
  const record = { visitId: row.visit_id, authorPersonId: row.author_id };
  if (!canEditFeedbackItem(context.actor, record, context.scope)) {
    throw new AppError("CONFLICT", "Feedback items change only during the feedback phase", [
      { path: "phase", code: "wrong_phase", message: "Needs phase feedback" },
    ]);
  }
  return row;
}

/** The author edits their item while the visit is in feedback. */
export async function updateFeedbackItem(
  ctx: AppContext,
  auth: AuthorizedActivity,
  itemId: string,
  input: FeedbackInput & { version: number },
) {
  const context = await loadVisitContext(ctx, auth);
  await findEditable(ctx, context, itemId);
  const changes = {
    kind: input.kind,
    text: input.text,
    lang: input.lang,
    given_as: input.givenAs,
    updated_at: nowIso(),
  };
  const ref = { parent: parentOf(context), id: itemId, version: input.version };
  const saved = await ctx.db
    .transaction()
    .execute((trx) => updateRecordIfVersion(trx, "peer_visit_feedback_items", ref, changes));
  if (!saved) throw staleVersion("This feedback item");
  const rows = await listRecords(ctx.db, "peer_visit_feedback_items", parentOf(context));
  const row = rows.find((r) => r.id === itemId) as PeerVisitFeedbackItemTable;
  return (await toItems(ctx, [row], auth.actor.personId))[0] as FeedbackItem;
}

/** The author deletes their item while the visit is in feedback. */
export async function deleteFeedbackItem(
  ctx: AppContext,
  auth: AuthorizedActivity,
  itemId: string,
  version: number,
) {
  const context = await loadVisitContext(ctx, auth);
  await findEditable(ctx, context, itemId);
  const ref = { parent: parentOf(context), id: itemId, version };
  const deleted = await ctx.db
    .transaction()
    .execute((trx) => deleteRecordIfVersion(trx, "peer_visit_feedback_items", ref));
  if (!deleted) throw staleVersion("This feedback item");
}

/** Hints for a draft by the guide's feedback rules, with the rules themselves. Pure. */
export function hintDraft(input: { text: string; lang: FeedbackLanguage }) {
  return { hints: hintFeedback(input.text, input.lang), principles: [...feedbackPrinciples] };
}

/** The moderator's view: every item grouped by shared terms (host, moderator, facilitators). */
export async function clusterItems(
  ctx: AppContext,
  auth: AuthorizedActivity,
  lang: FeedbackLanguage,
) {
  const context = await loadVisitContext(ctx, auth);
  requireAllowed(holds(context, ["host", "moderator", "facilitator"]), "reading all feedback");
  const rows = await listRecords(ctx.db, "peer_visit_feedback_items", parentOf(context));
  const items = rows
    .filter((row) => canRead(context, row))
    .map((row) => ({ id: row.id, kind: row.kind as FeedbackItemKind, text: row.text }));
  return { clusters: clusterFeedbackItems(items, { lang }) };
}
