import type { ReformAreaTag } from "../../../shared/contracts/intake";
import type { AuthorizedInitiative, AuthorizedInitiativeId } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import type { Db } from "../../db/database";
import { newId, nowIso } from "../../db/ids";
import type { ReformAreaTagTable } from "../../db/schema";
import { AppError, invalidField, notFound } from "../../errors";
import { defaultReformAreaTags, deriveTagKey } from "./default-tags";
import { deleteTag, findTag, insertTagsIfNew, listResponses, listTags } from "./repo";

function toTag(row: ReformAreaTagTable): ReformAreaTag {
  return {
    id: row.id,
    key: row.key,
    label: row.label,
    isDefault: row.is_default === 1,
    createdAt: row.created_at,
  };
}

/**
 * Gives an initiative the default vocabulary the first time it is needed. Idempotent and safe
 * when two requests race: a key already there is skipped.
 */
export async function ensureVocabulary(db: Db, initiativeId: AuthorizedInitiativeId) {
  const existing = await listTags(db, initiativeId);
  if (existing.length > 0) return existing;
  const now = nowIso();
  await insertTagsIfNew(
    db,
    defaultReformAreaTags.map((t) => ({
      id: newId(),
      initiative_id: initiativeId,
      key: t.key,
      label: t.label,
      is_default: 1,
      created_by: null,
      created_at: now,
    })),
  );
  return listTags(db, initiativeId);
}

/** The initiative's tag vocabulary (seeded with the defaults on first use). */
export async function getTags(
  ctx: AppContext,
  auth: AuthorizedInitiative,
): Promise<ReformAreaTag[]> {
  return (await ensureVocabulary(ctx.db, auth.id)).map(toTag);
}

/** The keys of the vocabulary, for validating challenge tags. */
export async function getTagKeys(
  db: Db,
  initiativeId: AuthorizedInitiativeId,
): Promise<Set<string>> {
  return new Set((await ensureVocabulary(db, initiativeId)).map((t) => t.key));
}

/** A facilitator extends the vocabulary; a label whose key exists gets 409. */
export async function addTag(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  label: string,
): Promise<ReformAreaTag> {
  const key = deriveTagKey(label);
  if (!key) throw invalidField("label", "no_letters", "The label needs letters or digits");
  return ctx.db.transaction().execute(async (trx) => {
    await ensureVocabulary(trx, auth.id);
    const row: ReformAreaTagTable = {
      id: newId(),
      initiative_id: auth.id,
      key,
      label,
      is_default: 0,
      created_by: auth.actor.personId,
      created_at: nowIso(),
    };
    if ((await insertTagsIfNew(trx, [row])) === 0) {
      throw new AppError("CONFLICT", `The vocabulary already has a tag "${key}"`);
    }
    return toTag(row);
  });
}

/** Removes a tag no response uses yet (409 when one does: answers keep their meaning). */
export async function removeTag(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  tagId: string,
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const tag = await findTag(trx, auth.id, tagId);
    if (!tag) throw notFound("Tag");
    const used = (await listResponses(trx, auth.id)).some((r) =>
      (JSON.parse(r.challenges) as { tags: string[] }[]).some((c) => c.tags.includes(tag.key)),
    );
    if (used) throw new AppError("CONFLICT", "Peers have used this tag in their answers");
    await deleteTag(trx, tagId);
  });
}
