import type { Activity } from "../../../shared/contracts/activities";
import type { AgendaItem } from "../../../shared/contracts/activity-items";
import type { WorkShadowing } from "../../../shared/contracts/work-shadowing";
import { getLocale } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { EmptyState } from "../../ui/empty-state";
import { formatDate } from "../../ui/format";
import { activityPath } from "../activities/activity-summary-item";
import { joinList } from "../peer-visits/visible-to";
import { groupProgrammeByDay, type ShadowingWarning, warningKeys } from "./work-shadowing-rules";

/** Where the plan departs from the method (1-2 visitors, 1-2 days, a counterpart): advice only. */
export function ShadowingWarnings({ warnings }: { warnings: ShadowingWarning[] }) {
  const t = useT();
  if (warnings.length === 0) return null;
  return (
    <div class="notice notice--warning" data-testid="shadowing-warnings">
      <h3 class="notice__title">{t("shadowing:warning.title", { count: warnings.length })}</h3>
      <ul>
        {warnings.map((w) => (
          <li key={w.code}>{t(warningKeys[w.code], w.params)}</li>
        ))}
      </ul>
      <p class="muted">{t("shadowing:warning.advice")}</p>
    </div>
  );
}

type Person = WorkShadowing["visitors"][number];

function personText(person: Person): string {
  return person.organisationName
    ? `${person.displayName} (${person.organisationName})`
    : person.displayName;
}

/** Who follows whom: the counterparts (the activity's hosts) and the visitors. */
export function ShadowingPeople({ shadowing }: { shadowing: WorkShadowing }) {
  const t = useT();
  const none = t("shadowing:people.none");
  const listOf = (people: Person[]) => joinList(people.map(personText), getLocale()) || none;
  return (
    <section class="section" aria-labelledby="shadowing-people-title">
      <h3 id="shadowing-people-title">{t("shadowing:people.title")}</h3>
      <dl class="facts">
        <dt>{t("shadowing:people.counterparts")}</dt>
        <dd>{listOf(shadowing.counterparts)}</dd>
        <dt>{t("shadowing:people.visitors")}</dt>
        <dd>{listOf(shadowing.visitors)}</dd>
      </dl>
    </section>
  );
}

function itemTime(item: AgendaItem): string {
  if (!item.startTime) return "";
  return item.endTime ? `${item.startTime}–${item.endTime}` : item.startTime;
}

/** The programme of the days (the activity's agenda), day by day. */
export function ShadowingProgramme(props: { shadowing: WorkShadowing; activity: Activity }) {
  const t = useT();
  const { shadowing, activity } = props;
  const days = groupProgrammeByDay(shadowing.programme);
  return (
    <section class="section" aria-labelledby="shadowing-programme-title">
      <h3 id="shadowing-programme-title">{t("shadowing:programme.title")}</h3>
      {days.length === 0 ? (
        <EmptyState
          level={3}
          title={t("shadowing:programme.emptyTitle")}
          text={t("shadowing:programme.emptyText")}
        />
      ) : (
        days.map((day) => (
          <div key={day.dayOn ?? "open"}>
            <h4>{day.dayOn ? formatDate(day.dayOn) : t("activities:agenda.dayOpen")}</h4>
            <ul class="item-list">
              {day.items.map((item) => (
                <li key={item.id}>
                  {itemTime(item) ? <strong>{itemTime(item)} </strong> : null}
                  {item.title}
                  {item.notes ? <p class="prewrap muted">{item.notes}</p> : null}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      {activity.permissions.canPlan ? (
        <p>
          <a href={activityPath(activity.initiativeId, activity.id, "programme")}>
            {t("shadowing:programme.plan")}
          </a>
        </p>
      ) : null}
    </section>
  );
}
