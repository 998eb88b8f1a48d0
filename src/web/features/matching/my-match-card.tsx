import { useState } from "preact/hooks";
import type { ReformAreaTag } from "../../../shared/contracts/intake";
import type { MyMatch, MyMatches } from "../../../shared/contracts/my-match";
import { ApiError, api, errorKeyOf } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { showToast } from "../../ui/toast";
import { joinList } from "../intake/intake-labels";
import { DeclineForm } from "./decline-form";
import { MatchReasons } from "./match-reasons";
import { ScoreParts } from "./score-parts";

type MyMatchCardProps = {
  initiativeId: string;
  item: MyMatch;
  meId: string;
  tags: readonly ReformAreaTag[];
  onAnswered: (answer: MyMatches) => void;
  onStale: () => void;
};

const partnerStatusKeys = {
  proposed: "matching:mine.partnerProposed",
  accepted: "matching:mine.partnerAccepted",
  declined: "matching:mine.partnerDeclined",
} as const satisfies Record<MyMatch["myStatus"], string>;

function StateNotice({ item }: { item: MyMatch }) {
  const t = useT();
  if (item.myStatus === "declined") {
    return (
      <div class="notice notice--warning">
        <p>{t("matching:mine.youDeclined")}</p>
        {item.myDeclineReason ? (
          <p>{t("matching:mine.yourReason", { reason: item.myDeclineReason })}</p>
        ) : null}
      </div>
    );
  }
  if (item.isDeclined) {
    return (
      <div class="notice notice--warning">
        <p>{t("matching:mine.partnerDeclinedNote")}</p>
      </div>
    );
  }
  if (item.myStatus === "accepted") {
    return (
      <div class="notice notice--success">
        <p>{t("matching:mine.youAccepted")}</p>
      </div>
    );
  }
  return null;
}

/**
 * One of the peer's matches: who, why in plain words, the score parts, and accept or decline
 * (with a reason) while nobody has declined it.
 */
export function MyMatchCard({
  initiativeId,
  item,
  meId,
  tags,
  onAnswered,
  onStale,
}: MyMatchCardProps) {
  const t = useT();
  const [isDeclining, setDeclining] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const names = joinList(item.partners.map((p) => p.displayName ?? "—"));
  const titleKey = item.mode === "groups" ? "matching:mine.groupTitle" : "matching:mine.pairTitle";
  const nameOf = (id: string) =>
    id === meId
      ? t("matching:mine.you")
      : (item.partners.find((p) => p.personId === id)?.displayName ?? "—");
  async function accept() {
    setBusy(true);
    try {
      const path = `/api/initiatives/${initiativeId}/matching/my-matches/${item.matchId}/accept`;
      onAnswered(await api.post<MyMatches>(path, { version: item.version }));
      showToast(t("matching:mine.acceptedDone"));
    } catch (error) {
      const isStale = error instanceof ApiError && error.code === "CONFLICT";
      showToast(t(isStale ? "matching:mine.conflict" : errorKeyOf(error)));
      if (isStale) onStale();
    } finally {
      setBusy(false);
    }
  }
  const canAnswer = item.myStatus === "proposed" && !item.isDeclined;
  return (
    <article class="card match-card" aria-labelledby={`my-match-${item.matchId}`}>
      <h2 id={`my-match-${item.matchId}`} class="card__title">
        {t(titleKey, { names })}
      </h2>
      <StateNotice item={item} />
      <ul class="match-card__members">
        {item.partners.map((p) => (
          <li key={p.personId}>
            <strong>{p.displayName ?? "—"}</strong>
            {p.organisationName ? <span class="muted"> – {p.organisationName}</span> : null}
            <span class={`status status--${p.status}`}>{t(partnerStatusKeys[p.status])}</span>
          </li>
        ))}
      </ul>
      <h3 class="match-card__subtitle">{t("matching:mine.why")}</h3>
      <MatchReasons explanation={item.explanation} nameOf={nameOf} meId={meId} tags={tags} />
      <ScoreParts score={item.score} matchName={names} />
      {canAnswer && !isDeclining ? (
        <div class="button-row">
          <Button isBusy={isBusy} onClick={() => void accept()}>
            {t("matching:mine.accept")}
          </Button>
          <Button
            variant="secondary"
            id={`decline-open-${item.matchId}`}
            disabled={isBusy}
            onClick={() => {
              setDeclining(true);
              requestAnimationFrame(() =>
                document.getElementById(`decline-${item.matchId}`)?.focus(),
              );
            }}
          >
            {t("matching:mine.decline")}
          </Button>
        </div>
      ) : null}
      {canAnswer && isDeclining ? (
        <DeclineForm
          initiativeId={initiativeId}
          matchId={item.matchId}
          version={item.version}
          onDeclined={(answer) => {
            setDeclining(false);
            showToast(t("matching:mine.declinedDone"));
            onAnswered(answer);
          }}
          onCancel={() => {
            setDeclining(false);
            const opener = `decline-open-${item.matchId}`;
            requestAnimationFrame(() => document.getElementById(opener)?.focus());
          }}
        />
      ) : null}
    </article>
  );
}
