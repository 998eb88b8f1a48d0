import { useEffect, useRef, useState } from "preact/hooks";
import type { ImprovementAction } from "../../../shared/contracts/peer-visit-records";
import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import { ApiError, api, errorKeyOf } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { formatDate } from "../../ui/format";
import { LoadError, Loading } from "../../ui/load-status";
import { showToast } from "../../ui/toast";
import { useResource } from "../../ui/use-resource";
import { actionsPath, ImprovementActionForm } from "./improvement-action-form";
import { statusKeys } from "./improvement-labels";
import type { PeerVisitPartProps } from "./part-props";

type ActionList = { items: ImprovementAction[] };

function ActionFacts({ action }: { action: ImprovementAction }) {
  const t = useT();
  return (
    <dl class="facts facts--compact">
      {action.basedOn ? (
        <>
          <dt>{t("peer-visit:followUp.basedOn")}</dt>
          <dd class="prewrap">{action.basedOn}</dd>
        </>
      ) : null}
      <dt>{t("peer-visit:followUp.owner")}</dt>
      <dd>{action.ownerName}</dd>
      <dt>{t("peer-visit:followUp.dueOn")}</dt>
      <dd>{action.dueOn ? formatDate(action.dueOn) : t("peer-visit:followUp.noDueDate")}</dd>
      {action.progressNote ? (
        <>
          <dt>{t("peer-visit:followUp.progressNote")}</dt>
          <dd class="prewrap">{action.progressNote}</dd>
        </>
      ) : null}
    </dl>
  );
}

type ItemProps = {
  visit: PeerVisit;
  action: ImprovementAction;
  canManage: boolean;
  onSaved: () => Promise<unknown>;
  onRemove: (action: ImprovementAction) => void;
};

/**
 * Focus follows the inline editor: to its first field when it opens, back to the "Edit" button
 * when it closes (saved or cancelled). Nothing moves on the first render.
 */
function useEditorFocus(isEditing: boolean, firstFieldId: string, editButtonId: string) {
  const hasRendered = useRef(false);
  useEffect(() => {
    if (!hasRendered.current) {
      hasRendered.current = true;
      return;
    }
    document.getElementById(isEditing ? firstFieldId : editButtonId)?.focus();
  }, [isEditing]);
}

function ActionItem({ visit, action, canManage, onSaved, onRemove }: ItemProps) {
  const t = useT();
  const [isEditing, setEditing] = useState(false);
  const headingId = `action-${action.id}-heading`;
  const editButtonId = `action-${action.id}-edit`;
  useEditorFocus(isEditing, `action-${action.id}-title`, editButtonId);
  return (
    <li class="card">
      <h4 id={headingId} class="card__title">
        {action.title}{" "}
        <span class={action.status === "done" ? "badge badge--done" : "badge"}>
          {t(statusKeys[action.status])}
        </span>
      </h4>
      {isEditing ? (
        <ImprovementActionForm
          visit={visit}
          action={action}
          onClose={() => setEditing(false)}
          onSaved={onSaved}
        />
      ) : (
        <ActionFacts action={action} />
      )}
      {canManage && !isEditing ? (
        <div class="button-row">
          <Button id={editButtonId} variant="secondary" onClick={() => setEditing(true)}>
            {t("peer-visit:followUp.edit")}
            <span class="visually-hidden"> {action.title}</span>
          </Button>
          <Button variant="quiet" onClick={() => onRemove(action)}>
            {t("peer-visit:followUp.remove")}
            <span class="visually-hidden"> {action.title}</span>
          </Button>
        </div>
      ) : null}
    </li>
  );
}

/**
 * The host's improvement actions from the feedback: each with what it answers, owner, due date,
 * status and progress. Hosts and facilitators add, change and remove them (removal asked first)
 * during follow-up; once the visit is closed the list is read-only.
 */
export function ImprovementActionList({ visit, reload }: PeerVisitPartProps) {
  const t = useT();
  const actions = useResource(`pv-actions:${visit.id}`, () =>
    api.get<ActionList>(actionsPath(visit)),
  );
  const [removing, setRemoving] = useState<ImprovementAction | null>(null);
  const [isRemoving, setIsRemoving] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    // Runs after the dialog has closed (child effects first), when focus may leave it.
    if (focusRequest > 0) headingRef.current?.focus();
  }, [focusRequest]);
  const canManage = visit.permissions.canManageActions;
  const refresh = () => Promise.all([actions.reload(), reload()]);
  async function remove() {
    if (!removing || isRemoving) return;
    setIsRemoving(true);
    try {
      await api.delete(`${actionsPath(visit)}/${removing.id}?version=${removing.version}`);
      showToast(t("peer-visit:followUp.removed", { title: removing.title }));
    } catch (error) {
      const isConflict = error instanceof ApiError && error.code === "CONFLICT";
      showToast(isConflict ? t("peer-visit:followUp.conflict") : t(errorKeyOf(error)));
    }
    await refresh();
    setIsRemoving(false);
    setRemoving(null);
    // The removed action's buttons are gone: the list's heading takes the focus.
    setFocusRequest((n) => n + 1);
  }
  const items = actions.data?.items ?? [];
  return (
    <section class="section" aria-labelledby="actions-title">
      <h3 id="actions-title" ref={headingRef} tabIndex={-1}>
        {t("peer-visit:followUp.actionsTitle")}
      </h3>
      {actions.error ? (
        <LoadError error={actions.error} onRetry={() => void actions.reload()} />
      ) : null}
      {!actions.data && !actions.error ? <Loading /> : null}
      {actions.data && items.length === 0 ? (
        <p class="muted">{t("peer-visit:followUp.actionsEmpty")}</p>
      ) : null}
      <ul class="plain-list" data-testid="improvement-actions">
        {items.map((action) => (
          <ActionItem
            key={action.id}
            visit={visit}
            action={action}
            canManage={canManage}
            onSaved={refresh}
            onRemove={setRemoving}
          />
        ))}
      </ul>
      {canManage ? (
        <div class="card">
          <h4 id="new-action-heading" class="card__title">
            {t("peer-visit:followUp.newActionTitle")}
          </h4>
          <ImprovementActionForm visit={visit} action={null} onSaved={refresh} />
        </div>
      ) : null}
      <ConfirmDialog
        isOpen={removing !== null}
        title={t("peer-visit:followUp.removeTitle")}
        body={t("peer-visit:followUp.removeBody", { title: removing?.title ?? "" })}
        confirmLabel={t("peer-visit:followUp.removeConfirm")}
        isBusy={isRemoving}
        onConfirm={() => void remove()}
        onCancel={() => {
          if (!isRemoving) setRemoving(null);
        }}
      />
    </section>
  );
}
