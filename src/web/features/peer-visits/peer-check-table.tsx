import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import { useT } from "../../i18n/use-t";
import { DataTable } from "../../ui/data-table";
import type { PeerCheck } from "./peer-check-form";
import { ratingGap } from "./peer-check-logic";
import { criterionKeys, ratingKeyOf } from "./readiness-labels";

function RatingCell({
  rating,
  comment,
  gap,
}: {
  rating: number | null;
  comment: string;
  gap: number | null;
}) {
  const t = useT();
  return (
    <td>
      <span
        class={
          gap !== null && Math.abs(gap) >= 2
            ? "pv-check__rating pv-check__rating--far"
            : "pv-check__rating"
        }
      >
        {t(ratingKeyOf(rating))}
      </span>
      {gap !== null && gap !== 0 ? (
        <span class="muted">
          {" "}
          {t("pv-records:check.gap", { gap: gap > 0 ? `+${gap}` : String(gap) })}
        </span>
      ) : null}
      {comment ? <p class="pv-records__text pv-check__comment">{comment}</p> : null}
    </td>
  );
}

/**
 * The host's self-assessment beside every peer check the reader may read, criterion by
 * criterion, with how far each peer's rating lies from the host's.
 */
export function PeerCheckTable({ visit, checks }: { visit: PeerVisit; checks: PeerCheck[] }) {
  const t = useT();
  const columns = [
    t("pv-records:check.criterion"),
    t("pv-records:check.hostColumn"),
    ...checks.map((check) => (check.isMine ? t("pv-records:check.yourColumn") : check.authorName)),
  ];
  return (
    <DataTable caption={t("pv-records:check.tableCaption")} columns={columns}>
      {visit.readiness.map((entry) => (
        <tr key={entry.criterion}>
          <th scope="row">{t(criterionKeys[entry.criterion])}</th>
          <RatingCell rating={entry.rating} comment={entry.comment} gap={null} />
          {checks.map((check) => {
            const own = check.entries.find((e) => e.criterion === entry.criterion);
            const rating = own?.rating ?? null;
            return (
              <RatingCell
                key={check.id}
                rating={rating}
                comment={own?.comment ?? ""}
                gap={ratingGap(entry.rating, rating)}
              />
            );
          })}
        </tr>
      ))}
    </DataTable>
  );
}
