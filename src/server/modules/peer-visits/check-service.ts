import { canReadAssessment, canReadNote } from "../../../domain/peer-visit/confidentiality";
import type { ReadinessEntry } from "../../../shared/contracts/peer-visits";
import type { AuthorizedActivity } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import { newId } from "../../db/ids";
import type { PeerVisitAdaptationTable, PeerVisitCheckTable } from "../../db/schema";
import { findDisplayNames } from "./activity-facts-repo";
import { listRecords } from "./record-repo";
import { saveAuthoredRecord } from "./record-writes";
import {
  loadVisitContext,
  parseReadiness,
  requireAllowed,
  requirePhase,
  type VisitContext,
} from "./visit-context";
import { holds } from "./visit-view";

type OwnRow = PeerVisitCheckTable | PeerVisitAdaptationTable;

function recordOf(row: OwnRow) {
  return { visitId: row.visit_id, authorPersonId: row.author_id };
}

async function withAuthors<R extends OwnRow>(ctx: AppContext, rows: R[], me: string) {
  const names = await findDisplayNames(
    ctx.db,
    rows.map((row) => row.author_id),
  );
  return rows.map((row) => ({
    row,
    author: {
      authorPersonId: row.author_id,
      authorName: names.get(row.author_id) ?? "",
      isMine: row.author_id === me,
    },
  }));
}

function toCheck(
  row: PeerVisitCheckTable,
  author: Awaited<ReturnType<typeof withAuthors>>[number]["author"],
) {
  return {
    id: row.id,
    entries: parseReadiness(row.entries),
    ...author,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/** The peers' checks of the self-assessment the caller may read (assessment records). */
export async function listPeerChecks(ctx: AppContext, auth: AuthorizedActivity) {
  const context = await loadVisitContext(ctx, auth);
  const rows = await listRecords(ctx.db, "peer_visit_checks", {
    column: "visit_id",
    id: context.visit.id,
  });
  const readable = rows.filter((row) =>
    canReadAssessment(context.actor, recordOf(row), context.scope),
  );
  const items = await withAuthors(ctx, readable, auth.actor.personId);
  return { items: items.map(({ row, author }) => toCheck(row, author)) };
}

function mergeEntries(stored: string | null, changes: readonly ReadinessEntry[]): string {
  const byCriterion = new Map(changes.map((entry) => [entry.criterion, entry]));
  return JSON.stringify(
    parseReadiness(stored ?? "[]").map((e) => byCriterion.get(e.criterion) ?? e),
  );
}

/** A visiting peer saves their own check, during the visit or the feedback phase. */
export async function saveMyPeerCheck(
  ctx: AppContext,
  auth: AuthorizedActivity,
  input: { entries: ReadinessEntry[]; version: number },
) {
  const context = await loadVisitContext(ctx, auth);
  requireAllowed(holds(context, ["visiting_peer"]), "checking the self-assessment");
  requirePhase(context, ["visit", "feedback"]);
  const me = auth.actor.personId;
  const entries = mergeEntries("[]", input.entries);
  const row = await saveAuthoredRecord(ctx.db, {
    table: "peer_visit_checks",
    parent: { column: "visit_id", id: context.visit.id },
    id: null,
    authorId: me,
    version: input.version,
    content: { entries },
    buildRow: (id, now) => ({
      id,
      visit_id: context.visit.id,
      author_id: me,
      entries,
      version: 1,
      created_at: now,
      updated_at: now,
    }),
    isSame: (stored) => stored.entries === entries,
    canRead: () => false,
    what: "peer check",
    newId,
  });
  const [item] = await withAuthors(ctx, [row], me);
  return toCheck(row, (item as NonNullable<typeof item>).author);
}

function isAdaptationReadable(context: VisitContext, row: PeerVisitAdaptationTable): boolean {
  return canReadNote(context.actor, recordOf(row), context.scope);
}

/** What visiting peers will adapt at home, as far as the caller may read (author + circle). */
export async function listAdaptations(ctx: AppContext, auth: AuthorizedActivity) {
  const context = await loadVisitContext(ctx, auth);
  const rows = await listRecords(ctx.db, "peer_visit_adaptations", {
    column: "visit_id",
    id: context.visit.id,
  });
  const items = await withAuthors(
    ctx,
    rows.filter((row) => isAdaptationReadable(context, row)),
    auth.actor.personId,
  );
  return {
    items: items.map(({ row, author }) => ({
      id: row.id,
      text: row.text,
      ...author,
      version: row.version,
      updatedAt: row.updated_at,
    })),
  };
}

/** A visiting peer records what they will adapt at home, in follow-up. */
export async function saveMyAdaptation(
  ctx: AppContext,
  auth: AuthorizedActivity,
  input: { text: string; version: number },
) {
  const context = await loadVisitContext(ctx, auth);
  requireAllowed(holds(context, ["visiting_peer"]), "recording adaptations");
  requirePhase(context, ["follow_up"]);
  const me = auth.actor.personId;
  const row = await saveAuthoredRecord(ctx.db, {
    table: "peer_visit_adaptations",
    parent: { column: "visit_id", id: context.visit.id },
    id: null,
    authorId: me,
    version: input.version,
    content: { text: input.text },
    buildRow: (id, now) => ({
      id,
      visit_id: context.visit.id,
      author_id: me,
      text: input.text,
      version: 1,
      created_at: now,
      updated_at: now,
    }),
    isSame: (stored) => stored.text === input.text,
    canRead: () => false,
    what: "adaptation",
    newId,
  });
  const [item] = await withAuthors(ctx, [row], me);
  return {
    id: row.id,
    text: row.text,
    ...(item as NonNullable<typeof item>).author,
    version: row.version,
    updatedAt: row.updated_at,
  };
}
