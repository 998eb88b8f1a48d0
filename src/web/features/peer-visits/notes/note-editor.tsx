import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { ApiError, errorKeyOf } from "../../../api-client";
import { useT } from "../../../i18n/use-t";
import { Button } from "../../../ui/button";
import { ConfirmDialog } from "../../../ui/confirm-dialog";
import type { NoteDraft } from "./note-drafts";
import type { NoteSaveStatus } from "./note-saver";
import { type NoteSaverHandle, useNoteSaver } from "./use-note-saver";

const statusKeys: Record<NoteSaveStatus, string> = {
  saved: "peer-visit:noteStatus.saved",
  unsaved: "peer-visit:noteStatus.unsaved",
  saving: "peer-visit:noteStatus.saving",
  retrying: "peer-visit:noteStatus.retrying",
  failed: "peer-visit:noteStatus.failed",
};

/**
 * Refusals no retry will overcome: the note is gone or no longer the author's to change (404,
 * 403), or the visit no longer takes notes (409 even after re-reading the version).
 */
export function isDeadEndError(error: unknown): boolean {
  return error instanceof ApiError && [403, 404, 409].includes(error.status);
}

type NoteEditorProps = {
  /** The signed-in author: drafts are kept on the device under this person only. */
  personId: string;
  draft: NoteDraft;
  /** Visible label of the text box. */
  label: string;
  /** Sends the whole note; must be an upsert by `draft.noteId`; resolves with the new version. */
  send: (draft: NoteDraft) => Promise<number>;
  onSaved?: (draft: NoteDraft) => void;
  /** Every change of save status, for the section's single announcement region. */
  onStatus?: (noteId: string, status: NoteSaveStatus) => void;
  /** The author gave up on a draft the server refuses for good; the editor should close. */
  onDiscarded?: (draft: NoteDraft) => void;
  /** Shown under the label (e.g. who can see the note). */
  describedBy?: string;
  rows?: number;
  /** Controls for the draft's extra fields, shown above the text box. */
  renderFields?: (saver: NoteSaverHandle) => ComponentChildren;
  /** Actions under the status line (e.g. "Done"), given the saver's state. */
  renderActions?: (saver: NoteSaverHandle) => ComponentChildren;
  children?: ComponentChildren;
};

/** "Discard my draft", asking first: for a draft the server will not take any more. */
function DiscardDraft({
  saver,
  onDiscarded,
}: {
  saver: NoteSaverHandle;
  onDiscarded?: (draft: NoteDraft) => void;
}) {
  const t = useT();
  const [isAsking, setAsking] = useState(false);
  return (
    <>
      <Button variant="quiet" onClick={() => setAsking(true)}>
        {t("pv-records:notes.discardDraft")}
      </Button>
      <ConfirmDialog
        isOpen={isAsking}
        title={t("pv-records:notes.discardDraftTitle")}
        body={t("pv-records:notes.discardDraftBody")}
        confirmLabel={t("pv-records:notes.discardDraft")}
        onConfirm={() => {
          setAsking(false);
          saver.discard();
          onDiscarded?.(saver.draft);
        }}
        onCancel={() => setAsking(false)}
      />
    </>
  );
}

type StatusLineProps = {
  saver: NoteSaverHandle;
  id: string;
  onDiscarded?: (draft: NoteDraft) => void;
};

/**
 * The status line of one note: saved, not yet saved (kept on the device), or refused. Not a
 * live region: the notes section announces only what needs attention, once for all notes.
 */
function NoteStatusLine({ saver, id, onDiscarded }: StatusLineProps) {
  const t = useT();
  const isBlank = saver.draft.text.trim().length === 0;
  const isUntouched = isBlank && saver.draft.savedText === null;
  return (
    <div class="note-editor__status" id={id}>
      {isUntouched ? null : (
        <span class={`save-state save-state--${saver.status}`}>{t(statusKeys[saver.status])}</span>
      )}
      {saver.status === "unsaved" && isBlank && !isUntouched ? (
        <span class="muted"> {t("pv-records:notes.emptyNotSaved")}</span>
      ) : null}
      {saver.status === "retrying" ? (
        <span class="muted"> {t("peer-visit:noteStatus.keptOnDevice")}</span>
      ) : null}
      {saver.status === "failed" ? (
        <>
          <span> {t(errorKeyOf(saver.error))}</span>{" "}
          <Button variant="secondary" onClick={saver.retryNow}>
            {t("common:action.retry")}
          </Button>{" "}
          {isDeadEndError(saver.error) ? (
            <DiscardDraft saver={saver} onDiscarded={onDiscarded} />
          ) : null}
        </>
      ) : null}
    </div>
  );
}

/**
 * A note box that survives a dropped connection: text is kept on the device while typing and
 * saved under the note's own id; the status line says "saved" or "not saved yet, will retry",
 * and saving resumes by itself when the browser is back online.
 */
export function NoteEditor({
  personId,
  draft,
  label,
  send,
  onSaved,
  onStatus,
  onDiscarded,
  describedBy,
  rows = 6,
  renderFields,
  renderActions,
  children,
}: NoteEditorProps) {
  const saver = useNoteSaver(personId, draft, send, onSaved);
  useEffect(() => onStatus?.(draft.noteId, saver.status), [saver.status]);
  const id = `note-${draft.noteId}`;
  const statusId = `${id}-status`;
  return (
    <div class={`note-editor note-editor--${saver.status}`}>
      {renderFields?.(saver)}
      <label class="field__label" for={id}>
        {label}
      </label>
      {children}
      <textarea
        id={id}
        class="textarea note-editor__text"
        rows={rows}
        maxLength={8000}
        value={saver.draft.text}
        aria-describedby={[describedBy, statusId].filter(Boolean).join(" ")}
        onInput={(e) => saver.edit(e.currentTarget.value)}
      />
      <NoteStatusLine saver={saver} id={statusId} onDiscarded={onDiscarded} />
      {renderActions?.(saver)}
    </div>
  );
}
