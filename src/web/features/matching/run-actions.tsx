import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import type { CreateMatchingRun, MatchingRun } from "../../../shared/contracts/matching";
import type { MatchingDefaults } from "../../../shared/contracts/matching-defaults";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { showToast } from "../../ui/toast";
import type { PeerOption } from "./pair-picker";
import { ParametersForm } from "./parameters-form";
import { fromStoredParameters } from "./parameters-values";
import { runHref } from "./run-history";
import type { CommandOutcome } from "./use-run-commands";

type RunActionsProps = {
  initiativeId: string;
  run: MatchingRun;
  defaults: MatchingDefaults;
  peers: readonly PeerOption[];
  isBusy: boolean;
  send: (
    method: "POST",
    path: string,
    body: object,
    doneKey: string | null,
  ) => Promise<CommandOutcome>;
};

/**
 * What can be done with a run: re-run around its locks (a published run keeps every match
 * nobody declined), with the same or changed settings; publish a draft after confirming.
 */
export function RunActions({ initiativeId, run, defaults, peers, isBusy, send }: RunActionsProps) {
  const t = useT();
  const { route } = useLocation();
  const [isPublishing, setPublishing] = useState(false);
  const [isRerunning, setRerunning] = useState(false);
  const rerunPath = `/api/initiatives/${initiativeId}/matching/runs/${run.id}/rerun`;
  async function rerun(body: Partial<CreateMatchingRun>) {
    const next = await api.post<MatchingRun>(rerunPath, body);
    showToast(t("matching:page.ran", { count: next.matchCount }));
    route(runHref(initiativeId, next.id));
  }
  async function rerunAsIs() {
    setRerunning(true);
    try {
      await rerun({});
    } catch {
      showToast(t("matching:run.rerunFailed"));
    } finally {
      setRerunning(false);
    }
  }
  async function publish() {
    await send("POST", "/publish", { version: run.version }, "matching:run.publishedDone");
    setPublishing(false);
  }
  if (run.status === "superseded") {
    return (
      <div class="notice">
        <p>{t("matching:run.supersededNote")}</p>
      </div>
    );
  }
  const matchedPeople = run.matches.reduce((n, m) => n + m.members.length, 0);
  return (
    <section class="card" aria-labelledby="run-actions-title">
      <h2 id="run-actions-title" class="card__title">
        {t("matching:run.nextTitle")}
      </h2>
      <p>
        {t(
          run.status === "draft"
            ? "matching:run.rerunDraftHint"
            : "matching:run.rerunPublishedHint",
        )}
      </p>
      <div class="button-row">
        <Button
          variant={run.status === "draft" ? "secondary" : "primary"}
          isBusy={isRerunning}
          onClick={() => void rerunAsIs()}
        >
          {t(run.status === "draft" ? "matching:run.rerun" : "matching:run.rerunPublished")}
        </Button>
        {run.status === "draft" ? (
          <Button disabled={run.matches.length === 0 || isBusy} onClick={() => setPublishing(true)}>
            {t("matching:run.publish")}
          </Button>
        ) : null}
      </div>
      <details class="rerun-settings">
        <summary>{t("matching:run.rerunWithSettings")}</summary>
        <ParametersForm
          idPrefix="rerun"
          defaults={defaults}
          peers={peers}
          initial={fromStoredParameters(run.parameters, defaults)}
          submitLabel={t("matching:run.rerunWithSettingsSubmit")}
          onSubmit={rerun}
        />
      </details>
      <ConfirmDialog
        isOpen={isPublishing}
        title={t("matching:run.publishTitle")}
        body={t("matching:run.publishBody", {
          count: matchedPeople,
          unmatched: run.unmatched.length,
        })}
        confirmLabel={t("matching:run.publish")}
        isBusy={isBusy}
        onConfirm={() => void publish()}
        onCancel={() => setPublishing(false)}
      />
    </section>
  );
}
