import { useState } from "preact/hooks";
import type { WorkShadowing } from "../../../shared/contracts/work-shadowing";
import { api } from "../../api-client";
import { getLocale } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { EmptyState } from "../../ui/empty-state";
import { formatDateTime } from "../../ui/format";
import { runChange } from "../activities/activity-change";
import { joinList } from "../peer-visits/visible-to";
import { useFocusAfterRender } from "./focus-after-render";
import { ShadowingEntryForm } from "./work-shadowing-entry-form";
import { entryKindKeys, groupEntriesByKind, type ShadowingEntry } from "./work-shadowing-rules";

type EntriesProps = { shadowing: WorkShadowing; base: string; reload: () => Promise<unknown> };

/**
 * Who reads the entries, in the same words as elsewhere ("Visible to: ..."): their author, the
 * counterparts (the activity's hosts) and the initiative's facilitators; never the other visitor.
 */
function EntriesAudience({ isWriter }: { isWriter: boolean }) {
  const t = useT();
  const names = [
    isWriter ? t("peer-visit:visibleTo.you") : t("shadowing:audience.author"),
    t("shadowing:audience.counterparts"),
    t("peer-visit:confidentiality.audience.facilitators"),
  ];
  return (
    <>
      <p class="visible-to" data-testid="shadowing-visible-to">
        <span aria-hidden="true" class="visible-to__icon">
          🔒
        </span>{" "}
        {t("peer-visit:visibleTo.label", { list: joinList(names, getLocale()) })}
      </p>
      <p class="muted">
        {isWriter ? t("shadowing:audience.otherVisitor") : t("shadowing:audience.visitorsApart")}
      </p>
    </>
  );
}

type EntryItemProps = EntriesProps & {
  entry: ShadowingEntry;
  onDelete: (entry: ShadowingEntry) => void;
};

function EntryItem({ entry, base, reload, onDelete }: EntryItemProps) {
  const t = useT();
  const [isEditing, setEditing] = useState(false);
  const focusAfterRender = useFocusAfterRender();
  const editId = `entry-${entry.id}-edit`;
  if (isEditing) {
    return (
      <li>
        <ShadowingEntryForm
          base={base}
          entry={entry}
          reload={reload}
          onDone={() => {
            setEditing(false);
            focusAfterRender(editId);
          }}
        />
      </li>
    );
  }
  const isEdited = entry.updatedAt !== entry.createdAt;
  return (
    <li data-testid="shadowing-entry">
      <p class="prewrap">{entry.text}</p>
      <p class="muted">
        {entry.isMine ? t("shadowing:entries.byYou") : entry.authorName} ·{" "}
        {formatDateTime(entry.createdAt)}
        {isEdited ? ` · ${t("shadowing:entries.edited")}` : ""}
      </p>
      {entry.isMine ? (
        <div class="button-row">
          <Button id={editId} variant="secondary" onClick={() => setEditing(true)}>
            {t("shadowing:entries.edit")}
            <span class="visually-hidden"> {entry.text.slice(0, 60)}</span>
          </Button>
          <Button variant="quiet" onClick={() => onDelete(entry)}>
            {t("shadowing:entries.delete")}
            <span class="visually-hidden"> {entry.text.slice(0, 60)}</span>
          </Button>
        </div>
      ) : null}
    </li>
  );
}

/**
 * The visitors' observations and ideas to take home, grouped by kind. Visitors add entries and
 * edit or delete their own (deleting is asked first); counterparts and facilitators read them.
 */
export function ShadowingEntries(props: EntriesProps) {
  const t = useT();
  const { shadowing, base, reload } = props;
  const [deleting, setDeleting] = useState<ShadowingEntry | null>(null);
  const [isBusy, setBusy] = useState(false);
  const focusAfterRender = useFocusAfterRender();
  const isWriter = shadowing.permissions.canWriteEntries;
  async function remove() {
    if (!deleting) return;
    setBusy(true);
    const path = `${base}/work-shadowing/entries/${deleting.id}?version=${deleting.version}`;
    const isDeleted = await runChange(() => api.delete(path), {
      reload,
      doneText: t("shadowing:entries.deleted"),
      conflictKey: "shadowing:conflict",
    });
    setBusy(false);
    setDeleting(null);
    // The Delete button left with the entry: the focus goes to the list's heading.
    if (isDeleted) focusAfterRender("shadowing-entries-title");
  }
  const groups = groupEntriesByKind(shadowing.entries);
  return (
    <section class="section" aria-labelledby="shadowing-entries-title">
      <h3 id="shadowing-entries-title" tabIndex={-1}>
        {t("shadowing:entries.title")}
      </h3>
      <EntriesAudience isWriter={isWriter} />
      {isWriter ? <ShadowingEntryForm base={base} entry={null} reload={reload} /> : null}
      {shadowing.entries.length === 0 && !isWriter ? (
        <EmptyState
          level={3}
          title={t("shadowing:entries.emptyTitle")}
          text={t("shadowing:entries.emptyText")}
        />
      ) : (
        groups.map((group) => (
          <section key={group.kind} aria-labelledby={`shadowing-${group.kind}-title`}>
            <h4 id={`shadowing-${group.kind}-title`}>
              {t(entryKindKeys[group.kind], { count: group.entries.length })}
            </h4>
            {group.entries.length === 0 ? (
              <p class="muted">{t("shadowing:entries.noneOfKind")}</p>
            ) : (
              <ul class="item-list">
                {group.entries.map((entry) => (
                  <EntryItem key={entry.id} {...props} entry={entry} onDelete={setDeleting} />
                ))}
              </ul>
            )}
          </section>
        ))
      )}
      <ConfirmDialog
        isOpen={deleting !== null}
        title={t("shadowing:entries.deleteTitle")}
        body={t("shadowing:entries.deleteBody")}
        confirmLabel={t("shadowing:entries.deleteConfirm")}
        isBusy={isBusy}
        onConfirm={() => void remove()}
        onCancel={() => setDeleting(null)}
      />
    </section>
  );
}
