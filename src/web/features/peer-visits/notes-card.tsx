import type { VisitNote } from "../../../shared/contracts/peer-visit-records";
import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { formatDateTime } from "../../ui/format";
import { audienceVisit } from "./notes-api";
import { VisibleTo } from "./visible-to";

type NoteCardProps = {
  visit: PeerVisit;
  note: VisitNote;
  /** The reader may change and delete this note now (their own, visit not closed). */
  canEdit: boolean;
  onEdit: (note: VisitNote) => void;
  onDelete: (note: VisitNote) => void;
};

/** One saved note or piece of evidence: its text, who wrote it, who can see it, and actions. */
export function NoteCard({ visit, note, canEdit, onEdit, onDelete }: NoteCardProps) {
  const t = useT();
  const kindKey =
    note.kind === "evidence"
      ? "peer-visit:confidentiality.record.evidence"
      : "peer-visit:confidentiality.record.note";
  return (
    <li class="card pv-notes__card" data-testid="note-card">
      <p class="pv-notes__meta">
        <span class="tag">{t(kindKey)}</span>{" "}
        {note.isMine
          ? t("pv-records:notes.byYou")
          : t("pv-records:notes.byName", { name: note.authorName })}{" "}
        <span class="muted">{formatDateTime(note.updatedAt)}</span>
      </p>
      <p class="pv-records__text">{note.text}</p>
      <VisibleTo kind={note.kind} visit={audienceVisit(visit)} isOwn={note.isMine} />
      {canEdit ? (
        <div class="button-row">
          <Button id={noteEditButtonId(note.id)} variant="secondary" onClick={() => onEdit(note)}>
            {t("pv-records:notes.edit")}
            <span class="visually-hidden">
              {" "}
              {t("pv-records:notes.editWhich", { text: excerpt(note.text) })}
            </span>
          </Button>
          <Button variant="quiet" onClick={() => onDelete(note)}>
            {t("pv-records:notes.delete")}
            <span class="visually-hidden">
              {" "}
              {t("pv-records:notes.editWhich", { text: excerpt(note.text) })}
            </span>
          </Button>
        </div>
      ) : null}
    </li>
  );
}

/** The first words of a text, to tell records apart in button names and dialogs. */
export function excerpt(text: string, maxLength = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= maxLength ? flat : `${flat.slice(0, maxLength - 1).trimEnd()}…`;
}

/** The id of a note card's Edit button, where focus returns when the note's editor closes. */
export function noteEditButtonId(noteId: string): string {
  return `note-edit-${noteId}`;
}
