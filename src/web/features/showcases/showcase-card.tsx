import type { Showcase } from "../../../shared/contracts/showcases";
import { getLocale } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { formatDate } from "../../ui/format";
import { activityStatusKeys, formatNameKey } from "../activities/activity-labels";
import { activityPath } from "../activities/activity-summary-item";
import { formatMinor } from "../activities/money";

/** Where a showcase's own pages live. */
export function showcasePath(initiativeId: string, showcaseId?: string, part = ""): string {
  const base = `/initiatives/${initiativeId}/showcases`;
  return showcaseId ? `${base}/${showcaseId}${part ? `/${part}` : ""}` : base;
}

/** The facts of a showcase: what, where, results, cost, who can show it, visits planned. */
export function ShowcaseFacts({ showcase }: { showcase: Showcase }) {
  const t = useT();
  const where = [showcase.organisationName, showcase.place].filter(Boolean).join(", ");
  const cost = [
    showcase.costAmountMinor !== null && showcase.costCurrency
      ? formatMinor(showcase.costAmountMinor, showcase.costCurrency, getLocale())
      : "",
    showcase.costNote,
  ].filter(Boolean);
  const shownBy = [showcase.championName, showcase.contact].filter(Boolean).join(" – ");
  const notSet = t("showcases:notSet");
  return (
    <dl class="facts">
      <dt>{t("showcases:field.practice")}</dt>
      <dd class="prewrap">{showcase.practice || notSet}</dd>
      <dt>{t("showcases:field.where")}</dt>
      <dd>{where || notSet}</dd>
      <dt>{t("showcases:field.results")}</dt>
      <dd class="prewrap">{showcase.results || notSet}</dd>
      <dt>{t("showcases:field.cost")}</dt>
      <dd class="prewrap">{cost.join("\n") || notSet}</dd>
      <dt>{t("showcases:field.shownBy")}</dt>
      <dd>{shownBy || notSet}</dd>
      <dt>{t("showcases:field.visits")}</dt>
      <dd>
        {showcase.plannedVisits.length === 0 ? (
          t("showcases:noVisits")
        ) : (
          <ul class="plain-list">
            {showcase.plannedVisits.map((v) => (
              <li key={v.id}>
                <a href={activityPath(showcase.initiativeId, v.id)}>{v.title}</a>{" "}
                <span class="muted">
                  ({t(formatNameKey(v.formatKey))}, {formatDate(v.startsOn)},{" "}
                  {t(activityStatusKeys[v.status])})
                </span>
              </li>
            ))}
          </ul>
        )}
      </dd>
    </dl>
  );
}

/** One showcase in the list, with links to open it and, for facilitators, to plan a visit. */
export function ShowcaseCard(props: { showcase: Showcase; canWrite: boolean }) {
  const t = useT();
  const { showcase } = props;
  return (
    <li class="card showcase-card">
      <h3 class="card__title">
        <a href={showcasePath(showcase.initiativeId, showcase.id)}>{showcase.title}</a>
      </h3>
      <ShowcaseFacts showcase={showcase} />
      {props.canWrite ? (
        <p class="button-row">
          <a
            class="button button--secondary"
            href={showcasePath(showcase.initiativeId, showcase.id, "plan-visit")}
          >
            {t("showcases:planVisit")}
            <span class="visually-hidden"> {showcase.title}</span>
          </a>
        </p>
      ) : null}
    </li>
  );
}
