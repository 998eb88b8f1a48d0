import type { z } from "zod";
import type {
  FeedbackItem,
  feedbackClusterListSchema,
} from "../../../shared/contracts/peer-visit-records";
import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import { api } from "../../api-client";
import { getLocale } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { LoadError, Loading } from "../../ui/load-status";
import { useResource } from "../../ui/use-resource";
import { feedbackLanguageOf } from "./feedback-hints";
import { feedbackKindKeys } from "./feedback-item-values";
import { visitRecordsPath } from "./notes-api";
import type { AgreedList } from "./understanding-values";
import { joinList } from "./visible-to";

type ClusterList = z.infer<typeof feedbackClusterListSchema>;
type Cluster = ClusterList["clusters"][number];

/** Which agreed list a cluster's suggestion goes to: strengths, weaknesses; ideas to none. */
export function suggestionListOf(kind: Cluster["kind"]): AgreedList | null {
  if (kind === "strength") return "strengths";
  return kind === "weakness" ? "weaknesses" : null;
}

type ClusterListProps = {
  visit: PeerVisit;
  items: FeedbackItem[];
  /** Takes a cluster's first item as a suggestion for the form; absent for readers. */
  onSuggest?: (list: AgreedList, text: string) => void;
};

/**
 * The feedback items grouped by the terms they share (the server's clustering, in the reader's
 * language), so the moderator sees where peers converge; one click copies a cluster's point
 * into the agreed strengths or weaknesses.
 */
export function ClusterList({ visit, items, onSuggest }: ClusterListProps) {
  const t = useT();
  const lang = feedbackLanguageOf(getLocale());
  const stamp = items.map((item) => `${item.id}.${item.version}`).join(",");
  const clusters = useResource(`pv-clusters:${visit.id}:${lang}:${stamp}`, () =>
    api.get<ClusterList>(visitRecordsPath(visit, "feedback-clusters"), { lang }),
  );
  const byId = new Map(items.map((item) => [item.id, item]));
  const list = clusters.data?.clusters ?? null;
  return (
    <section class="pv-clusters" aria-labelledby="pv-clusters-title">
      <h4 id="pv-clusters-title">{t("pv-records:clusters.title")}</h4>
      <p class="field__hint">{t("pv-records:clusters.intro")}</p>
      {clusters.isLoading && !list ? <Loading /> : null}
      {clusters.error ? (
        <LoadError error={clusters.error} onRetry={() => void clusters.reload()} />
      ) : null}
      {list && list.length === 0 ? <p class="muted">{t("pv-records:clusters.empty")}</p> : null}
      {list && list.length > 0 ? (
        <ul class="cluster-board item-list">
          {list.map((cluster) => (
            <ClusterCard
              key={`${cluster.kind}:${cluster.itemIds.join(",")}`}
              cluster={cluster}
              texts={cluster.itemIds.map((id) => byId.get(id)?.text ?? "").filter(Boolean)}
              onSuggest={onSuggest}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function ClusterCard(props: {
  cluster: Cluster;
  texts: string[];
  onSuggest?: (list: AgreedList, text: string) => void;
}) {
  const t = useT();
  const { cluster, texts, onSuggest } = props;
  const target = suggestionListOf(cluster.kind);
  const terms = joinList(cluster.sharedTerms, getLocale());
  return (
    <li class="card pv-clusters__card" data-testid="feedback-cluster">
      <p class="pv-notes__meta">
        <span class="tag">{t(feedbackKindKeys[cluster.kind])}</span>{" "}
        {t("pv-records:clusters.count", { count: cluster.itemIds.length })}
      </p>
      <p>
        {cluster.sharedTerms.length > 0
          ? t("pv-records:clusters.terms", { terms })
          : t("pv-records:clusters.noTerms")}
      </p>
      <ul>
        {texts.map((text) => (
          <li key={text} class="pv-records__text">
            {text}
          </li>
        ))}
      </ul>
      {onSuggest && target && texts[0] ? (
        <Button variant="secondary" onClick={() => onSuggest(target, texts[0] ?? "")}>
          {target === "strengths"
            ? t("pv-records:clusters.useAsStrength")
            : t("pv-records:clusters.useAsWeakness")}
          <span class="visually-hidden"> {t("pv-records:clusters.which", { terms })}</span>
        </Button>
      ) : null}
    </li>
  );
}
