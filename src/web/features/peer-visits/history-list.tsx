import { phaseKey } from "../../../domain/peer-visit/message-keys";
import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import { getLocale } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { formatDate } from "../../ui/format";
import { pvKey } from "./peer-visit-keys";
import { joinList } from "./visible-to";

type PhaseEvent = PeerVisit["history"][number];

function EventItem({ event }: { event: PhaseEvent }) {
  const t = useT();
  const params = {
    date: formatDate(event.on),
    name: event.byName || t("peer-visit:history.someone"),
    roles: joinList(
      event.byRoles.map((role) => t(pvKey(`role.${role}`))),
      getLocale(),
    ),
    from: t(pvKey(phaseKey(event.from))),
    to: t(pvKey(phaseKey(event.to))),
  };
  const isReopen = event.kind === "phase_reopened";
  return (
    <li>
      <time dateTime={event.createdAt}>{params.date}</time>:{" "}
      {isReopen
        ? t("peer-visit:history.reopened", params)
        : t("peer-visit:history.advanced", params)}
      {isReopen && event.reason ? (
        <p class="prewrap">
          {t("peer-visit:history.reason")}: {event.reason}
        </p>
      ) : null}
    </li>
  );
}

/** The visit's path through its phases: who moved it, when, in which role, and why it went back. */
export function HistoryList({ visit }: { visit: PeerVisit }) {
  const t = useT();
  return (
    <section class="section" aria-labelledby="history-title">
      <h3 id="history-title">{t("peer-visit:history.title")}</h3>
      {visit.history.length === 0 ? (
        <p class="muted">{t("peer-visit:history.empty")}</p>
      ) : (
        <ol data-testid="phase-history">
          {visit.history.map((event) => (
            <EventItem key={event.id} event={event} />
          ))}
        </ol>
      )}
    </section>
  );
}
