import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { VisitNote } from "../../../shared/contracts/peer-visit-records";
import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import { api, errorKeyOf } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { EmptyState } from "../../ui/empty-state";
import { LoadError, Loading } from "../../ui/load-status";
import { showToast } from "../../ui/toast";
import { useResource } from "../../ui/use-resource";
import {
  listPendingDrafts,
  type NoteDraft,
  newNoteDraft,
  readDraft,
  removeDraft,
} from "./notes/note-drafts";
import { browserDraftStore } from "./notes/use-note-saver";
import { audienceVisit, isConflict, putJson, visitRecordsPath } from "./notes-api";
import { excerpt, NoteCard } from "./notes-card";
import { NoteComposer } from "./notes-composer";
import { draftForEditing, groupNotes, recoveredDrafts, saveNoteBody } from "./notes-editing";
import { OfflineNotice } from "./notes-online-status";
import { criterionKeys } from "./readiness-labels";
import { VisibleTo } from "./visible-to";

type NoteList = { items: VisitNote[] };

/** Which notes are open in an editor: recovered drafts first, then those opened here. */
function useOpenDrafts(visit: PeerVisit, notes: VisitNote[] | null) {
  const [open, setOpen] = useState<NoteDraft[]>([]);
  const hasRecovered = useRef(false);
  useEffect(() => {
    if (notes === null || hasRecovered.current) return;
    hasRecovered.current = true;
    const recovered = recoveredDrafts(listPendingDrafts(browserDraftStore(), visit.id), notes);
    setOpen((current) => [
      ...current,
      ...recovered.filter((draft) => !current.some((d) => d.noteId === draft.noteId)),
    ]);
  }, [notes, visit.id]);
  return { open, setOpen };
}

function focusNote(noteId: string) {
  setTimeout(() => document.getElementById(`note-${noteId}`)?.focus(), 0);
}

/**
 * Notes and evidence during the visit: the reader's own notes are written and edited with
 * autosave (kept on the device while offline); the notes the reader may read are listed by the
 * self-assessment point they check, each saying who can see it. Deleting asks first.
 */
export function NotesSection({ visit }: { visit: PeerVisit }) {
  const t = useT();
  const notes = useResource(`pv-notes:${visit.id}`, () =>
    api.get<NoteList>(visitRecordsPath(visit, "notes")),
  );
  const items = notes.data?.items ?? null;
  const { open, setOpen } = useOpenDrafts(visit, items);
  const [deleting, setDeleting] = useState<VisitNote | null>(null);
  const canWrite = visit.permissions.canWriteNotes;
  const openIds = useMemo(() => new Set(open.map((d) => d.noteId)), [open]);
  const groups = groupNotes(items ?? [], openIds);

  const send = async (draft: NoteDraft) => {
    const path = visitRecordsPath(visit, `notes/${draft.noteId}`);
    const saved = await putJson<VisitNote>(path, saveNoteBody(draft));
    return saved.version;
  };
  const startNew = () => {
    const draft = newNoteDraft(visit.id, { kind: "note", criterion: "" });
    setOpen((current) => [draft, ...current]);
    focusNote(draft.noteId);
  };
  const startEdit = (note: VisitNote) => {
    const kept = readDraft(browserDraftStore(), visit.id, note.id);
    setOpen((current) => [...current, draftForEditing(visit.id, note, kept)]);
    focusNote(note.id);
  };
  const close = (draft: NoteDraft) => {
    setOpen((current) => current.filter((d) => d.noteId !== draft.noteId));
    void notes.reload();
  };
  const remove = async () => {
    if (!deleting) return;
    const path = visitRecordsPath(visit, `notes/${deleting.id}?version=${deleting.version}`);
    try {
      await api.delete(path);
      removeDraft(browserDraftStore(), visit.id, deleting.id);
      showToast(t("pv-records:notes.deleted"));
    } catch (error) {
      showToast(t(isConflict(error) ? "pv-records:conflictReloaded" : errorKeyOf(error)));
    }
    setDeleting(null);
    await notes.reload();
  };

  return (
    <section class="section pv-notes" aria-labelledby="pv-notes-title">
      <h3 id="pv-notes-title">{t("pv-records:notes.title")}</h3>
      <p class="lead">{t("pv-records:notes.intro")}</p>
      <VisibleTo kind="note" visit={audienceVisit(visit)} />
      {canWrite ? <OfflineNotice /> : null}
      {canWrite ? (
        <div class="button-row">
          <Button onClick={startNew}>{t("pv-records:notes.new")}</Button>
        </div>
      ) : null}
      {open.length > 0 ? (
        <ul class="item-list pv-notes__open" aria-label={t("pv-records:notes.openListLabel")}>
          {open.map((draft) => (
            <NoteComposer
              key={draft.noteId}
              visit={visit}
              draft={draft}
              send={send}
              onDone={close}
            />
          ))}
        </ul>
      ) : null}
      {notes.isLoading && !items ? <Loading /> : null}
      {notes.error ? <LoadError error={notes.error} onRetry={() => void notes.reload()} /> : null}
      {items && groups.length === 0 && open.length === 0 ? (
        <EmptyState
          level={3}
          title={t("pv-records:notes.emptyTitle")}
          text={canWrite ? t("pv-records:notes.emptyText") : t("pv-records:notes.emptyTextReader")}
        />
      ) : null}
      {groups.map((group) => (
        <div key={group.criterion ?? "none"} class="pv-notes__group">
          <h4>
            {group.criterion
              ? t(criterionKeys[group.criterion])
              : t("pv-records:notes.noCriterionGroup")}
          </h4>
          <ul class="item-list">
            {group.notes.map((note) => (
              <NoteCard
                key={`${note.id}:${note.version}`}
                visit={visit}
                note={note}
                canEdit={canWrite && note.isMine}
                onEdit={startEdit}
                onDelete={setDeleting}
              />
            ))}
          </ul>
        </div>
      ))}
      <ConfirmDialog
        isOpen={deleting !== null}
        title={t("pv-records:notes.deleteTitle")}
        body={t("pv-records:notes.deleteBody", { text: deleting ? excerpt(deleting.text) : "" })}
        confirmLabel={t("pv-records:notes.deleteConfirm")}
        onConfirm={() => void remove()}
        onCancel={() => setDeleting(null)}
      />
    </section>
  );
}
