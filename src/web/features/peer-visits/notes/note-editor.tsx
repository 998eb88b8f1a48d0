import type { ComponentChildren } from "preact";
import { errorKeyOf } from "../../../api-client";
import { useT } from "../../../i18n/use-t";
import { Button } from "../../../ui/button";
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

type NoteEditorProps = {
  draft: NoteDraft;
  /** Visible label of the text box. */
  label: string;
  /** Sends the whole note; must be an upsert by `draft.noteId`; resolves with the new version. */
  send: (draft: NoteDraft) => Promise<number>;
  onSaved?: (draft: NoteDraft) => void;
  /** Shown under the label (e.g. who can see the note). */
  describedBy?: string;
  rows?: number;
  /** Controls for the draft's extra fields, shown above the text box. */
  renderFields?: (saver: NoteSaverHandle) => ComponentChildren;
  /** Actions under the status line (e.g. "Done"), given the saver's state. */
  renderActions?: (saver: NoteSaverHandle) => ComponentChildren;
  children?: ComponentChildren;
};

/** The status line of one note: saved, not yet saved (kept on the device), or refused. */
function NoteStatusLine({ saver, id }: { saver: NoteSaverHandle; id: string }) {
  const t = useT();
  const isBlank = saver.draft.text.trim().length === 0;
  const isUntouched = isBlank && saver.draft.savedText === null;
  return (
    <div class="note-editor__status" id={id} aria-live="polite">
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
          </Button>
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
  draft,
  label,
  send,
  onSaved,
  describedBy,
  rows = 6,
  renderFields,
  renderActions,
  children,
}: NoteEditorProps) {
  const saver = useNoteSaver(draft, send, onSaved);
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
      <NoteStatusLine saver={saver} id={statusId} />
      {renderActions?.(saver)}
    </div>
  );
}
