import {
  listWorkshopMethods,
  sumWorkshopMinutes,
} from "../../../../domain/peer-visit/workshop-methods";
import { useT } from "../../../i18n/use-t";
import { PageTitle } from "../../../ui/page-title";
import { pvKey } from "../peer-visit-keys";

/**
 * The library of peer learning workshop methods (ICLD toolbox, method 5): each method's idea,
 * length and group sizes, with a link to its step-by-step guide.
 */
export function WorkshopMethodsPage() {
  const t = useT();
  const title = t("peer-visit:library.title");
  return (
    <div class="page">
      <PageTitle documentTitle={title}>{title}</PageTitle>
      <p class="lead">{t("peer-visit:library.intro")}</p>
      <ul class="method-list">
        {listWorkshopMethods().map((method) => (
          <li key={method.id} class="card method-list__item">
            <h2 class="card__title">
              <a href={`/workshop-methods/${method.id}`}>{t(pvKey(method.nameKey))}</a>
            </h2>
            <p>{t(pvKey(method.summaryKey))}</p>
            <dl class="facts facts--compact">
              <dt>{t("peer-visit:library.duration")}</dt>
              <dd>{t("peer-visit:library.minutes", { count: sumWorkshopMinutes(method) })}</dd>
              <dt>{t("peer-visit:library.participantsLabel")}</dt>
              <dd>{t("peer-visit:library.range", method.participants)}</dd>
              <dt>{t("peer-visit:library.groupSizeLabel")}</dt>
              <dd>{t("peer-visit:library.range", method.groupSize)}</dd>
            </dl>
          </li>
        ))}
      </ul>
      <p class="muted">{t("peer-visit:library.source")}</p>
    </div>
  );
}
