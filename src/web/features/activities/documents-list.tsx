import { useState } from "preact/hooks";
import type { ActivityDocument } from "../../../shared/contracts/activity-items";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { EmptyState } from "../../ui/empty-state";
import { formatDate } from "../../ui/format";
import { runChange } from "./activity-change";
import type { PartProps } from "./activity-page";
import { DocumentForm } from "./document-form";

/** One document's title (linked when it has an address), date and note. */
export function DocumentText({ doc }: { doc: ActivityDocument }) {
  return (
    <>
      <p class="document-list__title">
        {doc.url ? (
          <a href={doc.url} rel="noopener noreferrer" target="_blank">
            {doc.title}
          </a>
        ) : (
          <strong>{doc.title}</strong>
        )}{" "}
        <span class="muted">{formatDate(doc.createdAt)}</span>
      </p>
      {doc.note ? <p class="prewrap">{doc.note}</p> : null}
    </>
  );
}

/** Links and notes for the activity (briefing material, the host's self-assessment ...). */
export function DocumentsList({ activity, reload }: PartProps) {
  const t = useT();
  const [removing, setRemoving] = useState<ActivityDocument | null>(null);
  const canPlan = activity.permissions.canPlan;
  async function remove() {
    if (!removing) return;
    const path = `/api/initiatives/${activity.initiativeId}/activities/${activity.id}/documents/${removing.id}`;
    await runChange(() => api.delete(path), {
      reload,
      doneText: t("activities:documents.removed", { title: removing.title }),
    });
    setRemoving(null);
  }
  return (
    <section class="section" aria-labelledby="documents-title">
      <h3 id="documents-title">{t("activities:documents.title")}</h3>
      {activity.documents.length === 0 ? (
        <EmptyState
          level={3}
          title={t("activities:documents.emptyTitle")}
          text={t("activities:documents.emptyText")}
        />
      ) : (
        <ul class="item-list document-list">
          {activity.documents.map((doc) => (
            <li key={doc.id} class="document-list__item">
              <DocumentText doc={doc} />
              {canPlan ? (
                <Button variant="quiet" onClick={() => setRemoving(doc)}>
                  {t("activities:documents.remove")}
                  <span class="visually-hidden"> {doc.title}</span>
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canPlan ? <DocumentForm activity={activity} reload={reload} /> : null}
      <ConfirmDialog
        isOpen={removing !== null}
        title={t("activities:documents.removeTitle")}
        body={t("activities:documents.removeBody", { title: removing?.title ?? "" })}
        confirmLabel={t("activities:documents.removeConfirm")}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
      />
    </section>
  );
}
