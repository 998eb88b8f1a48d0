import { useState } from "preact/hooks";
import type { FeedbackItem } from "../../../shared/contracts/peer-visit-records";
import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import { useT } from "../../i18n/use-t";
import { EmptyState } from "../../ui/empty-state";
import { showToast } from "../../ui/toast";
import { ClusterList } from "./cluster-list";
import { FeedbackItemCard } from "./feedback-item-card";
import { feedbackKindKeys, groupByKind } from "./feedback-item-values";
import { audienceVisit } from "./notes-api";
import { UnderstandingForm } from "./understanding-form";
import { type AgreedList, addPoint, understandingValuesOf } from "./understanding-values";
import { UnderstandingView } from "./understanding-view";
import { VisibleTo } from "./visible-to";

type ModeratorSessionProps = {
  visit: PeerVisit;
  /** Every feedback item (the reader may read all). */
  items: FeedbackItem[];
  reload: () => Promise<unknown>;
};

/**
 * The moderated feedback session on one screen: every item by kind, the items grouped by
 * shared terms, and the common understanding (a form for the moderator and facilitators while
 * in feedback; read-only for the host and afterwards).
 */
export function ModeratorSession({ visit, items, reload }: ModeratorSessionProps) {
  const t = useT();
  const [values, setValues] = useState(() => understandingValuesOf(visit.commonUnderstanding));
  const canRecord = visit.permissions.canRecordUnderstanding;
  const suggest = (list: AgreedList, text: string) => {
    setValues((current) => addPoint(current, list, text));
    showToast(
      t(
        list === "strengths"
          ? "pv-records:clusters.addedStrength"
          : "pv-records:clusters.addedWeakness",
      ),
    );
  };
  return (
    <section class="section pv-session" aria-labelledby="pv-session-title">
      <h3 id="pv-session-title">{t("pv-records:session.title")}</h3>
      <p class="lead">{t("pv-records:session.intro")}</p>
      <VisibleTo kind="feedback_item" visit={audienceVisit(visit)} isOwn={false} />
      <h4>{t("pv-records:session.allItems", { count: items.length })}</h4>
      {items.length === 0 ? (
        <EmptyState
          level={3}
          title={t("pv-records:session.emptyTitle")}
          text={t("pv-records:session.emptyText")}
        />
      ) : (
        groupByKind(items).map((group) => (
          <div key={group.kind} class="pv-session__group">
            <h5>{t(feedbackKindKeys[group.kind])}</h5>
            <ul class="item-list">
              {group.items.map((item) => (
                <FeedbackItemCard key={item.id} visit={visit} item={item} />
              ))}
            </ul>
          </div>
        ))
      )}
      {items.length > 0 ? (
        <ClusterList visit={visit} items={items} onSuggest={canRecord ? suggest : undefined} />
      ) : null}
      {canRecord ? (
        <UnderstandingForm visit={visit} values={values} onValues={setValues} reload={reload} />
      ) : null}
      <UnderstandingView visit={visit} level={4} />
    </section>
  );
}
