import type { MyIntake } from "../../../shared/contracts/intake";
import type { MyMatches } from "../../../shared/contracts/my-match";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { useSession } from "../../session";
import { EmptyState } from "../../ui/empty-state";
import { formatDate } from "../../ui/format";
import { LoadError, Loading } from "../../ui/load-status";
import { useResource } from "../../ui/use-resource";
import { InitiativeFrame, useInitiative } from "../initiatives/initiative-frame";
import { useTags } from "../intake/peer-intake";
import { MyMatchCard } from "./my-match-card";

const noMatchKeys = {
  mine: "matching:mine.noneAfterYourDecline",
  partner: "matching:mine.noneAfterPartnerDecline",
  none: "matching:mine.noneText",
} as const;

const rematchKeys = {
  mine: "matching:mine.rematchedAfterYours",
  partner: "matching:mine.rematchedAfterPartner",
} as const;

/** Before publication: say so, and point to the survey if the peer has not answered it. */
function NotPublished({ initiativeId }: { initiativeId: string }) {
  const t = useT();
  const intake = useResource(`my-intake:${initiativeId}`, () =>
    api.get<MyIntake>(`/api/initiatives/${initiativeId}/intake/my-response`),
  );
  const needsAnswer = intake.data?.survey.status === "open" && intake.data.response === null;
  return (
    <EmptyState
      title={t("matching:mine.notPublishedTitle")}
      text={t("matching:mine.notPublishedText")}
    >
      {needsAnswer ? (
        <p>
          <a href={`/initiatives/${initiativeId}/intake`}>{t("matching:mine.answerSurvey")}</a>
        </p>
      ) : null}
    </EmptyState>
  );
}

function MyMatchList({ initiativeId }: { initiativeId: string }) {
  const t = useT();
  const me = useSession();
  const mine = useResource(`my-matches:${initiativeId}`, () =>
    api.get<MyMatches>(`/api/initiatives/${initiativeId}/matching/my-matches`),
  );
  const tags = useTags(initiativeId);
  const error = mine.error ?? tags.error;
  if (error) return <LoadError error={error} onRetry={() => void mine.reload()} />;
  if (!mine.data || !tags.data || !me) return <Loading />;
  const data = mine.data;
  if (!data.isPublished) return <NotPublished initiativeId={initiativeId} />;
  if (data.items.length === 0) {
    return (
      <EmptyState
        title={t("matching:mine.noneTitle")}
        text={t(noMatchKeys[data.earlierDecline ?? "none"])}
      />
    );
  }
  return (
    <>
      <p class="lead">{t("matching:mine.intro", { date: formatDate(data.publishedAt) })}</p>
      {data.earlierDecline ? (
        <div class="notice" data-testid="rematched">
          <p>{t(rematchKeys[data.earlierDecline])}</p>
        </div>
      ) : null}
      {data.items.map((item) => (
        <MyMatchCard
          key={item.matchId}
          initiativeId={initiativeId}
          item={item}
          meId={me.id}
          tags={tags.data?.items ?? []}
          onAnswered={(answer) => mine.setData(answer)}
          onStale={() => void mine.reload()}
        />
      ))}
    </>
  );
}

/**
 * A peer's published match: who and why, with accept or decline. Before publication, after a
 * decline, and when a run left them without a match, the page says where things stand.
 */
export function MyMatchPage({ id }: { id: string }) {
  const t = useT();
  const initiative = useInitiative(id);
  return (
    <InitiativeFrame id={id} section="myMatch" initiative={initiative}>
      {(data) =>
        data.myRole === "peer" ? (
          <MyMatchList initiativeId={id} />
        ) : (
          <EmptyState
            title={t("matching:mine.onlyPeersTitle")}
            text={t("matching:mine.onlyPeersText")}
          >
            {data.myRole === "facilitator" ? (
              <a href={`/initiatives/${id}/matching`}>{t("matching:mine.toMatching")}</a>
            ) : null}
          </EmptyState>
        )
      }
    </InitiativeFrame>
  );
}
