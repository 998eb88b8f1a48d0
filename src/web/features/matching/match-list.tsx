import { useState } from "preact/hooks";
import type { ReformAreaTag } from "../../../shared/contracts/intake";
import type { MatchingRun, RunMatch } from "../../../shared/contracts/matching";
import { useT } from "../../i18n/use-t";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { EmptyState } from "../../ui/empty-state";
import { MatchCard, nameMatch } from "./match-card";
import { SwapDialog } from "./swap-dialog";
import type { CommandOutcome } from "./use-run-commands";

type MatchListProps = {
  run: MatchingRun;
  tags: readonly ReformAreaTag[];
  isBusy: boolean;
  send: (
    method: "POST" | "PATCH",
    path: string,
    body: object,
    doneKey: string | null,
  ) => Promise<CommandOutcome>;
};

/** The matches of a run as cards; in a draft each can be locked, swapped or broken (asked first). */
export function MatchList({ run, tags, isBusy, send }: MatchListProps) {
  const t = useT();
  const [breaking, setBreaking] = useState<RunMatch | null>(null);
  const [swapping, setSwapping] = useState<RunMatch | null>(null);
  const lock = (match: RunMatch) =>
    void send(
      "PATCH",
      `/matches/${match.id}`,
      { isLocked: !match.isLocked, version: run.version },
      match.isLocked ? "matching:card.unlocked" : "matching:card.lockedDone",
    );
  async function breakUp() {
    if (!breaking) return;
    await send(
      "POST",
      `/matches/${breaking.id}/break`,
      { version: run.version },
      "matching:card.broken",
    );
    setBreaking(null);
  }
  async function swap(personIds: [string, string]) {
    const outcome = await send(
      "POST",
      "/swap",
      { personIds, version: run.version },
      "matching:swap.done",
    );
    if (outcome.ok) {
      setSwapping(null);
      return null;
    }
    return outcome.error;
  }
  return (
    <section class="section" aria-labelledby="matches-title">
      <h2 id="matches-title">{t("matching:run.matches", { count: run.matches.length })}</h2>
      {run.matches.length === 0 ? (
        <EmptyState
          level={3}
          title={t("matching:run.noMatchesTitle")}
          text={t("matching:run.noMatchesText")}
        />
      ) : (
        <ul class="match-list">
          {run.matches.map((m) => (
            <MatchCard
              key={m.id}
              match={m}
              status={run.status}
              tags={tags}
              isBusy={isBusy}
              onLock={lock}
              onSwap={setSwapping}
              onBreak={setBreaking}
            />
          ))}
        </ul>
      )}
      <ConfirmDialog
        isOpen={breaking !== null}
        title={t("matching:card.breakTitle")}
        body={t("matching:card.breakBody", { name: breaking ? nameMatch(breaking) : "" })}
        confirmLabel={t("matching:card.break")}
        isBusy={isBusy}
        onConfirm={() => void breakUp()}
        onCancel={() => setBreaking(null)}
      />
      <SwapDialog
        run={run}
        match={swapping}
        isBusy={isBusy}
        onSwap={swap}
        onClose={() => setSwapping(null)}
      />
    </section>
  );
}
