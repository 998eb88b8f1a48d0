import { useState } from "preact/hooks";
import type { IntakeOverview, ReformAreaTag } from "../../../shared/contracts/intake";
import { api, errorKeyOf } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { DataTable } from "../../ui/data-table";
import { EmptyState } from "../../ui/empty-state";
import { formatDate } from "../../ui/format";
import { showToast } from "../../ui/toast";
import { ResponseDetail } from "./response-detail";

type Item = IntakeOverview["items"][number];

type ResponseListProps = {
  initiativeId: string;
  overview: IntakeOverview;
  tags: readonly ReformAreaTag[];
  onReminded: () => void;
};

/** Whom a reminder goes to: everyone who has not answered, or one peer. */
type ReminderTarget = { kind: "all"; count: number } | { kind: "one"; item: Item };

function ReminderDialog(props: {
  initiativeId: string;
  target: ReminderTarget | null;
  onClose: (didSend: boolean) => void;
}) {
  const t = useT();
  const [isBusy, setBusy] = useState(false);
  const target = props.target;
  async function send() {
    if (!target) return;
    setBusy(true);
    try {
      const body = target.kind === "one" ? { personIds: [target.item.personId] } : {};
      const result = await api.post<{ reminded: number }>(
        `/api/initiatives/${props.initiativeId}/intake/reminders`,
        body,
      );
      showToast(t("intake:responses.reminded", { count: result.reminded }));
      props.onClose(true);
    } catch (error) {
      showToast(t(errorKeyOf(error)));
      props.onClose(false);
    } finally {
      setBusy(false);
    }
  }
  const body =
    target?.kind === "one"
      ? t("intake:responses.remindOneBody", { name: target.item.displayName })
      : t("intake:responses.remindAllBody", { count: target?.count ?? 0 });
  return (
    <ConfirmDialog
      isOpen={target !== null}
      title={t("intake:responses.remindTitle")}
      body={body}
      confirmLabel={t("intake:responses.remindConfirm")}
      isBusy={isBusy}
      onConfirm={() => void send()}
      onCancel={() => props.onClose(false)}
    />
  );
}

/**
 * Who has and has not answered the survey, with reminders by mail (asked first) and each
 * peer's answers on request. Reminders only go out while the survey is open.
 */
export function ResponseList({ initiativeId, overview, tags, onReminded }: ResponseListProps) {
  const t = useT();
  const [target, setTarget] = useState<ReminderTarget | null>(null);
  const [viewing, setViewing] = useState<Item | null>(null);
  const { counts, survey, items } = overview;
  const canRemind = survey.status === "open";
  return (
    <section class="section" aria-labelledby="responses-title">
      <h2 id="responses-title">{t("intake:responses.title")}</h2>
      <p data-testid="response-counts">
        {t("intake:responses.counts", { answered: counts.answered, count: counts.peers })}
      </p>
      {items.length === 0 ? (
        <EmptyState
          level={3}
          title={t("intake:responses.emptyTitle")}
          text={t("intake:responses.emptyText")}
        />
      ) : null}
      {counts.missing > 0 ? (
        <div class="button-row section__actions">
          <Button
            variant="secondary"
            disabled={!canRemind}
            onClick={() => setTarget({ kind: "all", count: counts.missing })}
          >
            {t("intake:responses.remindAll", { count: counts.missing })}
          </Button>
          <span class="muted">
            {canRemind
              ? survey.lastRemindedAt
                ? t("intake:responses.lastReminded", { date: formatDate(survey.lastRemindedAt) })
                : ""
              : t("intake:responses.remindNeedsOpen")}
          </span>
        </div>
      ) : null}
      {items.length > 0 ? (
        <DataTable
          caption={t("intake:responses.caption")}
          isCaptionHidden
          columns={[
            t("intake:responses.peer"),
            t("intake:responses.organisation"),
            t("intake:responses.answered"),
            t("intake:responses.challenges"),
            t("intake:responses.actions"),
          ]}
        >
          {items.map((item) => (
            <tr key={item.personId}>
              <td>
                {item.displayName}
                {item.isChampion ? <span class="tag">{t("intake:responses.champion")}</span> : null}
              </td>
              <td>{item.organisationName ?? "—"}</td>
              <td>
                {item.hasAnswered ? formatDate(item.updatedAt) : t("intake:responses.notAnswered")}
              </td>
              <td class="numeric">{item.hasAnswered ? item.challengeCount : "—"}</td>
              <td>
                {item.hasAnswered ? (
                  <Button
                    variant="quiet"
                    id={`view-answers-${item.personId}`}
                    onClick={() => setViewing(item)}
                  >
                    {t("intake:responses.view")}
                    <span class="visually-hidden"> {item.displayName}</span>
                  </Button>
                ) : (
                  <Button
                    variant="quiet"
                    disabled={!canRemind}
                    onClick={() => setTarget({ kind: "one", item })}
                  >
                    {t("intake:responses.remind")}
                    <span class="visually-hidden"> {item.displayName}</span>
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      {viewing ? (
        <ResponseDetail
          initiativeId={initiativeId}
          personId={viewing.personId}
          name={viewing.displayName}
          tags={tags}
          onClose={() => {
            setViewing(null);
            const opener = `view-answers-${viewing.personId}`;
            requestAnimationFrame(() => document.getElementById(opener)?.focus());
          }}
        />
      ) : null}
      <ReminderDialog
        initiativeId={initiativeId}
        target={target}
        onClose={(didSend) => {
          setTarget(null);
          if (didSend) onReminded();
        }}
      />
    </section>
  );
}
