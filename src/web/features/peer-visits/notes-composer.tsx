import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { SelectField } from "../../ui/form-field";
import { isDraftPending, type NoteDraft } from "./notes/note-drafts";
import { NoteEditor } from "./notes/note-editor";
import type { NoteSaveStatus } from "./notes/note-saver";
import type { NoteSaverHandle } from "./notes/use-note-saver";
import { formatRating } from "./notes-format";
import { criterionKeys } from "./readiness-labels";

type NoteComposerProps = {
  visit: PeerVisit;
  /** The signed-in author. */
  personId: string;
  draft: NoteDraft;
  send: (draft: NoteDraft) => Promise<number>;
  /** Closes the editor (the note is saved, was never written, or its draft was discarded). */
  onDone: (draft: NoteDraft) => void;
  onStatus: (noteId: string, status: NoteSaveStatus) => void;
};

function KindAndCriterion({ visit, saver }: { visit: PeerVisit; saver: NoteSaverHandle }) {
  const t = useT();
  const { draft } = saver;
  const id = `note-${draft.noteId}`;
  const change = (field: string, value: string) =>
    saver.edit(draft.text, { ...draft.fields, [field]: value });
  return (
    <div class="pv-notes__fields">
      <SelectField
        id={`${id}-kind`}
        label={t("pv-records:notes.kindLabel")}
        value={draft.fields.kind ?? "note"}
        options={[
          { value: "note", label: t("peer-visit:confidentiality.record.note") },
          { value: "evidence", label: t("peer-visit:confidentiality.record.evidence") },
        ]}
        onValue={(value) => change("kind", value)}
      />
      <SelectField
        id={`${id}-criterion`}
        label={t("pv-records:notes.criterionLabel")}
        hint={t("pv-records:notes.criterionHint")}
        isOptional={true}
        value={draft.fields.criterion ?? ""}
        emptyLabel={t("pv-records:notes.noCriterion")}
        options={visit.readiness.map((entry) => ({
          value: entry.criterion,
          label: `${t(criterionKeys[entry.criterion])} (${formatRating(t, entry.rating)})`,
        }))}
        onValue={(value) => change("criterion", value)}
      />
    </div>
  );
}

/**
 * One note being written or edited, as a card: kind, the self-assessment point it checks and
 * the text, saved as the author types and kept on the device while offline. "Done" closes it
 * once the server has everything; a blank new note can be discarded.
 */
export function NoteComposer(props: NoteComposerProps) {
  const { visit, personId, draft, send, onDone, onStatus } = props;
  const t = useT();
  const isNew = draft.savedText === null;
  return (
    <li class="card pv-notes__editor">
      <NoteEditor
        personId={personId}
        draft={draft}
        label={isNew ? t("pv-records:notes.newLabel") : t("pv-records:notes.editLabel")}
        send={send}
        onStatus={onStatus}
        onDiscarded={onDone}
        describedBy={`note-${draft.noteId}-visible`}
        renderFields={(saver) => <KindAndCriterion visit={visit} saver={saver} />}
        renderActions={(saver) => {
          const isBlankNew = saver.draft.savedText === null && !isDraftPending(saver.draft);
          const canClose = isBlankNew || saver.status === "saved";
          return canClose ? (
            <div class="button-row">
              <Button variant="secondary" onClick={() => onDone(saver.draft)}>
                {isBlankNew ? t("pv-records:notes.discard") : t("pv-records:notes.done")}
              </Button>
            </div>
          ) : null;
        }}
      />
      <p class="muted" id={`note-${draft.noteId}-visible`}>
        {t("pv-records:notes.autosave")}
      </p>
    </li>
  );
}
