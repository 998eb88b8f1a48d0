import { useState } from "preact/hooks";
import type { Workshop } from "../../../shared/contracts/workshops";
import { api } from "../../api-client";
import { getLocale } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { EmptyState } from "../../ui/empty-state";
import { formatDateTime } from "../../ui/format";
import { runChange } from "../activities/activity-change";
import { useFocusAfterRender } from "../peer-methods/focus-after-render";
import { joinList } from "../peer-visits/visible-to";
import { WorkshopOutputForm } from "./workshop-output-form";
import {
  groupOutputsByKind,
  outputGroupKeys,
  stepNumberOf,
  type WorkshopOutput,
} from "./workshop-rules";

type OutputsProps = { workshop: Workshop; base: string; reload: () => Promise<unknown> };

function OutputItem(props: OutputsProps & { output: WorkshopOutput; onDelete: () => void }) {
  const t = useT();
  const { workshop, output, onDelete } = props;
  const [isEditing, setEditing] = useState(false);
  const focusAfterRender = useFocusAfterRender();
  const editId = `output-${output.id}-edit`;
  if (isEditing) {
    const close = () => {
      setEditing(false);
      focusAfterRender(editId);
    };
    return (
      <li>
        <WorkshopOutputForm {...props} output={output} onDone={close} />
      </li>
    );
  }
  const step = stepNumberOf(workshop.method.runSheet, output.stepKey);
  const label = output.text.slice(0, 60);
  return (
    <li data-testid="workshop-output">
      <p class="prewrap">{output.text}</p>
      <p class="muted">
        {output.authorName}
        {step ? ` · ${t("peer-visit:library.stepNumber", { number: step })}` : ""} ·{" "}
        {formatDateTime(output.createdAt)}
      </p>
      {output.canEdit ? (
        <div class="button-row">
          <Button id={editId} variant="secondary" onClick={() => setEditing(true)}>
            {t("workshop:output.edit")}
            <span class="visually-hidden"> {label}</span>
          </Button>
          <Button variant="quiet" onClick={onDelete}>
            {t("workshop:output.delete")}
            <span class="visually-hidden"> {label}</span>
          </Button>
        </div>
      ) : null}
    </li>
  );
}

function OutputsAudience() {
  const t = useT();
  const names = [
    t("workshop:audience.participants"),
    t("peer-visit:confidentiality.audience.facilitators"),
  ];
  return (
    <p class="visible-to">
      <span aria-hidden="true" class="visible-to__icon">
        👥
      </span>{" "}
      {t("peer-visit:visibleTo.label", { list: joinList(names, getLocale()) })}
    </p>
  );
}

/**
 * What the room produced, grouped by kind (insights, ideas, actions, open questions). Everyone
 * taking part captures outputs; authors, hosts and facilitators edit and delete them (asked first).
 */
export function WorkshopOutputs(props: OutputsProps) {
  const t = useT();
  const { workshop, base, reload } = props;
  const [deleting, setDeleting] = useState<WorkshopOutput | null>(null);
  const [isBusy, setBusy] = useState(false);
  const focusAfterRender = useFocusAfterRender();
  async function remove() {
    if (!deleting) return;
    setBusy(true);
    const path = `${base}/workshop/outputs/${deleting.id}?version=${deleting.version}`;
    const isDeleted = await runChange(() => api.delete(path), {
      reload,
      doneText: t("workshop:output.deleted"),
      conflictKey: "workshop:conflict",
    });
    setBusy(false);
    setDeleting(null);
    // The Delete button left with the output: the focus goes to the list's heading.
    if (isDeleted) focusAfterRender("workshop-outputs-title");
  }
  const groups = groupOutputsByKind(workshop.outputs);
  return (
    <section class="section" aria-labelledby="workshop-outputs-title">
      <h3 id="workshop-outputs-title" tabIndex={-1}>
        {t("workshop:output.title")}
      </h3>
      <OutputsAudience />
      {workshop.permissions.canCapture ? <WorkshopOutputForm {...props} output={null} /> : null}
      {groups.length === 0 ? (
        <EmptyState
          level={3}
          title={t("workshop:output.emptyTitle")}
          text={t("workshop:output.emptyText")}
        />
      ) : (
        groups.map((group) => (
          <section key={group.kind} aria-labelledby={`workshop-${group.kind}-title`}>
            <h4 id={`workshop-${group.kind}-title`}>
              {t(outputGroupKeys[group.kind], { count: group.outputs.length })}
            </h4>
            <ul class="item-list">
              {group.outputs.map((output) => (
                <OutputItem
                  key={output.id}
                  {...props}
                  output={output}
                  onDelete={() => setDeleting(output)}
                />
              ))}
            </ul>
          </section>
        ))
      )}
      <ConfirmDialog
        isOpen={deleting !== null}
        title={t("workshop:output.deleteTitle")}
        body={t("workshop:output.deleteBody")}
        confirmLabel={t("workshop:output.deleteConfirm")}
        isBusy={isBusy}
        onConfirm={() => void remove()}
        onCancel={() => setDeleting(null)}
      />
    </section>
  );
}
