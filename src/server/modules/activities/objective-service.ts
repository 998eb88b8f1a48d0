import { buildObjective } from "../../../domain/objectives/build-objective";
import { detectObjectiveLanguage } from "../../../domain/objectives/detect-language";
import type { ObjectiveLanguage } from "../../../domain/objectives/objective-types";
import type {
  CreateObjective,
  LearningObjective,
  ObjectiveSet,
  UpdateObjective,
} from "../../../shared/contracts/activity-learning";
import type { AuthorizedActivity } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import type { Db } from "../../db/database";
import { newId, nowIso } from "../../db/ids";
import type { LearningObjectiveTable } from "../../db/schema";
import { invalidField, notFound } from "../../errors";
import { toObjectiveSet } from "./activity-view";
import { insertChild, listChildren } from "./child-repo";
import { deleteItemOrFail, updateItemOrFail } from "./item-writes";

type Builder = NonNullable<CreateObjective["builder"]>;

/** The stored form of an objective: its sentence, language and builder parts (if any). */
type Composed = Pick<
  LearningObjectiveTable,
  "text" | "lang" | "builder_stem" | "builder_audience" | "builder_behaviour" | "builder_content"
>;

/**
 * The sentence to store: free text as typed, or the builder's parts composed by the domain's
 * `buildObjective`. The language is detected when not given.
 */
function compose(input: { text?: string; builder?: Builder; lang?: ObjectiveLanguage }): Composed {
  if (input.builder) {
    const b = input.builder;
    const lang =
      input.lang ?? detectObjectiveLanguage([b.stem, b.audience, b.behaviour, b.content].join(" "));
    const text = buildObjective({ ...b, lang });
    if (text === "") throw invalidField("builder", "empty", "Fill in at least one part");
    return {
      text,
      lang,
      builder_stem: b.stem,
      builder_audience: b.audience,
      builder_behaviour: b.behaviour,
      builder_content: b.content,
    };
  }
  const text = input.text ?? "";
  return {
    text,
    lang: input.lang ?? detectObjectiveLanguage(text),
    builder_stem: null,
    builder_audience: null,
    builder_behaviour: null,
    builder_content: null,
  };
}

/** An activity's objectives with the advisor's advice on each and on the set. */
export async function getObjectiveSet(db: Db, activityId: string): Promise<ObjectiveSet> {
  return toObjectiveSet(await listChildren(db, "learning_objectives", activityId));
}

async function getChange(db: Db, activityId: string, id: string) {
  const set = await getObjectiveSet(db, activityId);
  const objective = set.items.find((o) => o.id === id);
  if (!objective) throw notFound("Objective");
  return { objective, set };
}

/** Adds an objective; the advice comes back with it and for the whole set. Never refused. */
export async function addObjective(
  ctx: AppContext,
  auth: AuthorizedActivity,
  input: CreateObjective,
): Promise<{ objective: LearningObjective; set: ObjectiveSet }> {
  const existing = await listChildren(ctx.db, "learning_objectives", auth.activityId);
  const now = nowIso();
  const id = newId();
  await insertChild(ctx.db, "learning_objectives", {
    id,
    activity_id: auth.activityId,
    position: existing.reduce((max, o) => Math.max(max, o.position + 1), 0),
    ...compose(input),
    needs_review: 0,
    version: 1,
    created_at: now,
    updated_at: now,
  });
  return getChange(ctx.db, auth.activityId, id);
}

/**
 * Edits an objective (new text or builder parts). Editing a copied objective counts as
 * reviewing it unless `needsReview` says otherwise. 409 when stale.
 */
export async function updateObjective(
  ctx: AppContext,
  auth: AuthorizedActivity,
  id: string,
  input: UpdateObjective,
): Promise<{ objective: LearningObjective; set: ObjectiveSet }> {
  const changes: Partial<LearningObjectiveTable> = { updated_at: nowIso() };
  const rewritten = input.text !== undefined || input.builder !== undefined;
  if (rewritten) Object.assign(changes, compose(input));
  else if (input.lang !== undefined) changes.lang = input.lang;
  if (input.needsReview !== undefined) changes.needs_review = input.needsReview ? 1 : 0;
  else if (rewritten) changes.needs_review = 0;
  const target = { activityId: auth.activityId, id, version: input.version, what: "objective" };
  await updateItemOrFail(ctx.db, "learning_objectives", target, changes);
  return getChange(ctx.db, auth.activityId, id);
}

/** Removes an objective and answers with the remaining set. */
export async function removeObjective(
  ctx: AppContext,
  auth: AuthorizedActivity,
  id: string,
): Promise<ObjectiveSet> {
  await deleteItemOrFail(ctx.db, "learning_objectives", {
    activityId: auth.activityId,
    id,
    what: "objective",
  });
  return getObjectiveSet(ctx.db, auth.activityId);
}

/** Copies objectives to another activity, flagged for review (inside the caller's transaction). */
export async function copyObjectivesForReview(
  db: Db,
  from: readonly LearningObjectiveTable[],
  toActivityId: string,
): Promise<void> {
  const now = nowIso();
  for (const o of from) {
    await insertChild(db, "learning_objectives", {
      ...o,
      id: newId(),
      activity_id: toActivityId,
      needs_review: 1,
      version: 1,
      created_at: now,
      updated_at: now,
    });
  }
}
