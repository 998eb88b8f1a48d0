import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { VisitNote } from "../../../shared/contracts/peer-visit-records";
import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import { api, errorKeyOf } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { useSession } from "../../session";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { EmptyState } from "../../ui/empty-state";
import { LoadError, Loading } from "../../ui/load-status";
import { showToast } from "../../ui/toast";
import { type Resource, useResource } from "../../ui/use-resource";
import { deviceShelf } from "./notes/device-drafts";
import {
  listPendingDrafts,
  type NoteDraft,
  newNoteDraft,
  readDraft,
  removeDraft,
} from "./notes/note-drafts";
import type { NoteSaveStatus } from "./notes/note-saver";
import { audienceVisit, isConflict, sendNoteDraft, visitRecordsPath } from "./notes-api";
import { excerpt, NoteCard, noteEditButtonId } from "./notes-card";
import { NoteComposer } from "./notes-composer";
import { draftForEditing, groupNotes, recoveredDrafts } from "./notes-editing";
import { NotesStatusRegion } from "./notes-online-status";
import { criterionKeys } from "./readiness-labels";
import { VisibleTo } from "./visible-to";

type NoteList = { items: VisitNote[] };

const headingId = "pv-notes-title";

/**
 * Which notes are open in an editor: the signed-in person's recovered drafts first, then those
 * opened here. Nobody else's drafts kept on this device are ever opened (or sent).
 */
function useOpenDrafts(visit: PeerVisit, personId: string, notes: VisitNote[] | null) {
  const [open, setOpen] = useState<NoteDraft[]>([]);
  const recoveredFor = useRef<string | null>(null);
  useEffect(() => {
    if (notes === null || recoveredFor.current === personId) return;
    recoveredFor.current = personId;
    const pending = listPendingDrafts(deviceShelf(personId), visit.id);
    const recovered = recoveredDrafts(pending, notes);
    setOpen((current) => [
      ...current,
      ...recovered.filter((draft) => !current.some((d) => d.noteId === draft.noteId)),
    ]);
  }, [notes, personId, visit.id]);
  return { open, setOpen };
}

function focusById(id: string) {
  setTimeout(() => document.getElementById(id)?.focus(), 0);
}

/** After the list reloads: the note's Edit button if it is listed, else the section heading. */
function focusNoteOrHeading(noteId: string | null) {
  setTimeout(() => {
    const target = noteId ? document.getElementById(noteEditButtonId(noteId)) : null;
    (target ?? document.getElementById(headingId))?.focus();
  }, 0);
}

/** Deleting a note after the author confirmed: one request at a time, focus kept in the section. */
function useNoteDelete(visit: PeerVisit, personId: string, notes: Resource<NoteList>) {
  const t = useT();
  const [deleting, setDeleting] = useState<VisitNote | null>(null);
  const [isBusy, setBusy] = useState(false);
  const remove = async () => {
    if (!deleting || isBusy) return;
    setBusy(true);
    const path = visitRecordsPath(visit, `notes/${deleting.id}?version=${deleting.version}`);
    try {
      await api.delete(path);
      removeDraft(deviceShelf(personId), visit.id, deleting.id);
      showToast(t("pv-records:notes.deleted"));
    } catch (error) {
      showToast(t(isConflict(error) ? "pv-records:conflictReloaded" : errorKeyOf(error)));
    }
    // Close first (the dialog hands focus back to its opener), then move focus to the heading,
    // since the reload removes the deleted note's card and its Delete button with it.
    setBusy(false);
    setDeleting(null);
    await notes.reload();
    focusNoteOrHeading(null);
  };
  return { deleting, setDeleting, isBusy, remove };
}

/** Save status of every open note, for the section's single announcement region. */
function useStatuses() {
  const [statuses, setStatuses] = useState<Record<string, NoteSaveStatus>>({});
  const report = (noteId: string, status: NoteSaveStatus) =>
    setStatuses((current) => ({ ...current, [noteId]: status }));
  const forget = (noteId: string) => setStatuses(({ [noteId]: _gone, ...rest }) => rest);
  return { statuses: Object.values(statuses), report, forget };
}

/**
 * Notes and evidence during the visit: the reader's own notes are written and edited with
 * autosave (kept on the device while offline, for the signed-in person only); the notes the
 * reader may read are listed by the self-assessment point they check, each saying who can see
 * it. Deleting asks first.
 */
export function NotesSection({ visit }: { visit: PeerVisit }) {
  const personId = useSession()?.id ?? "";
  return personId ? <PersonNotes key={personId} visit={visit} personId={personId} /> : null;
}

function PersonNotes({ visit, personId }: { visit: PeerVisit; personId: string }) {
  const t = useT();
  const notes = useResource(`pv-notes:${visit.id}`, () =>
    api.get<NoteList>(visitRecordsPath(visit, "notes")),
  );
  const items = notes.data?.items ?? null;
  const { open, setOpen } = useOpenDrafts(visit, personId, items);
  const removal = useNoteDelete(visit, personId, notes);
  const status = useStatuses();
  const canWrite = visit.permissions.canWriteNotes;
  const openIds = useMemo(() => new Set(open.map((d) => d.noteId)), [open]);
  const groups = groupNotes(items ?? [], openIds);

  const startNew = () => {
    const draft = newNoteDraft(visit.id, { kind: "note", criterion: "" });
    setOpen((current) => [draft, ...current]);
    focusById(`note-${draft.noteId}`);
  };
  const startEdit = (note: VisitNote) => {
    const kept = readDraft(deviceShelf(personId), visit.id, note.id);
    setOpen((current) => [...current, draftForEditing(visit.id, note, kept)]);
    focusById(`note-${note.id}`);
  };
  const close = async (draft: NoteDraft) => {
    setOpen((current) => current.filter((d) => d.noteId !== draft.noteId));
    status.forget(draft.noteId);
    await notes.reload();
    focusNoteOrHeading(draft.noteId);
  };

  return (
    <section class="section pv-notes" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {t("pv-records:notes.title")}
      </h3>
      <p class="lead">{t("pv-records:notes.intro")}</p>
      <VisibleTo kind="note" visit={audienceVisit(visit)} />
      <NotesStatusRegion statuses={status.statuses} />
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
              personId={personId}
              draft={draft}
              send={(sent) => sendNoteDraft(visit, sent)}
              onStatus={status.report}
              onDone={(done) => void close(done)}
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
                onDelete={removal.setDeleting}
              />
            ))}
          </ul>
        </div>
      ))}
      <ConfirmDialog
        isOpen={removal.deleting !== null}
        title={t("pv-records:notes.deleteTitle")}
        body={t("pv-records:notes.deleteBody", {
          text: removal.deleting ? excerpt(removal.deleting.text) : "",
        })}
        confirmLabel={t("pv-records:notes.deleteConfirm")}
        isBusy={removal.isBusy}
        onConfirm={() => void removal.remove()}
        onCancel={() => removal.setDeleting(null)}
      />
    </section>
  );
}
