import {
  findWorkshopMethod,
  type WorkshopMethod,
} from "../../../../domain/peer-visit/workshop-methods";
import { useT } from "../../../i18n/use-t";
import { PageTitle } from "../../../ui/page-title";
import { NotFoundPage } from "../../shell/not-found-page";
import { pvKey } from "../peer-visit-keys";
import { RunSheet } from "./run-sheet";

/** What a method needs: its roles and the size of the room and of each group. */
export function MethodFacts({ method }: { method: WorkshopMethod }) {
  const t = useT();
  return (
    <dl class="facts">
      <dt>{t("peer-visit:library.participantsLabel")}</dt>
      <dd>{t("peer-visit:library.range", method.participants)}</dd>
      <dt>{t("peer-visit:library.groupSizeLabel")}</dt>
      <dd>{t("peer-visit:library.range", method.groupSize)}</dd>
      <dt>{t("peer-visit:library.roles")}</dt>
      <dd>{method.roles.map((role) => t(pvKey(`workshop.role.${role}`))).join(", ")}</dd>
    </dl>
  );
}

/** One workshop method as a step-by-step guide with timings, ready to run or print. */
export function WorkshopMethodPage({ methodId }: { methodId: string }) {
  const t = useT();
  const method = findWorkshopMethod(methodId);
  if (!method) return <NotFoundPage />;
  const name = t(pvKey(method.nameKey));
  return (
    <div class="page">
      <p class="breadcrumb">
        <a href="/workshop-methods">{t("peer-visit:library.title")}</a>
      </p>
      <PageTitle documentTitle={name}>{name}</PageTitle>
      <p class="lead">{t(pvKey(method.summaryKey))}</p>
      <MethodFacts method={method} />
      <RunSheet method={method} idPrefix={`method-${method.id}`} />
      <p class="muted">{t("peer-visit:library.source")}</p>
    </div>
  );
}
