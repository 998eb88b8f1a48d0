import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import { useT } from "../../i18n/use-t";
import { DataTable } from "../../ui/data-table";
import { formatDate } from "../../ui/format";
import { criterionKeys, ratingKeyOf } from "./readiness-labels";

/** The area the host asks feedback on, or that it is not named yet. */
export function AreaSummary({ visit }: { visit: PeerVisit }) {
  const t = useT();
  return (
    <div class="section">
      <h4>{t("peer-visit:preparation.area")}</h4>
      <p class="prewrap" data-testid="area-to-improve">
        {visit.areaToImprove.trim() || t("peer-visit:preparation.areaMissing")}
      </p>
    </div>
  );
}

/** The readiness self-assessment as a table: criterion, rating, comment. */
export function ReadinessSummary({ visit }: { visit: PeerVisit }) {
  const t = useT();
  return (
    <DataTable
      caption={t("peer-visit:readiness.title")}
      columns={[
        t("peer-visit:readiness.criterionColumn"),
        t("peer-visit:readiness.ratingColumn"),
        t("peer-visit:readiness.comment"),
      ]}
    >
      {visit.readiness.map((entry) => (
        <tr key={entry.criterion}>
          <td>{t(criterionKeys[entry.criterion])}</td>
          <td>
            {entry.rating ? `${entry.rating} – ` : ""}
            {t(ratingKeyOf(entry.rating))}
          </td>
          <td class="prewrap">{entry.comment}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** The timeline and who does what, read-only. */
export function PlanSummary({ visit }: { visit: PeerVisit }) {
  const t = useT();
  return (
    <div class="two-columns">
      <div>
        <h4>{t("peer-visit:preparation.timelineTitle")}</h4>
        {visit.timeline.length === 0 ? (
          <p class="muted">{t("peer-visit:preparation.timelineEmpty")}</p>
        ) : (
          <ol>
            {visit.timeline.map((m, index) => (
              <li key={`${index}-${m.label}`}>
                {m.label}
                {m.dueOn ? ` – ${formatDate(m.dueOn)}` : ""}
              </li>
            ))}
          </ol>
        )}
      </div>
      <div>
        <h4>{t("peer-visit:preparation.responsibilitiesTitle")}</h4>
        {visit.responsibilities.length === 0 ? (
          <p class="muted">{t("peer-visit:preparation.responsibilitiesEmpty")}</p>
        ) : (
          <ul>
            {visit.responsibilities.map((r, index) => (
              <li key={`${index}-${r.personId}`}>
                <strong>{r.displayName}</strong>: {r.task}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/** The whole preparation, read-only: for readers who may not edit it, and after the visit. */
export function PreparationSummary({ visit }: { visit: PeerVisit }) {
  return (
    <>
      <AreaSummary visit={visit} />
      <ReadinessSummary visit={visit} />
      <PlanSummary visit={visit} />
    </>
  );
}
