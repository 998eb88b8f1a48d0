import type { MatchingRun } from "../../../shared/contracts/matching";
import { useT } from "../../i18n/use-t";
import { nameMember } from "./match-card";
import { unmatchedReasonKeys } from "./matching-labels";

/** Everyone the run left without a match, each with the reason in plain words. */
export function UnmatchedList({ run }: { run: MatchingRun }) {
  const t = useT();
  return (
    <section class="section" aria-labelledby="unmatched-title">
      <h2 id="unmatched-title">{t("matching:run.unmatched", { count: run.unmatched.length })}</h2>
      {run.unmatched.length === 0 ? (
        <p>{t("matching:run.everyoneMatched")}</p>
      ) : (
        <ul class="card unmatched-list">
          {run.unmatched.map((u) => (
            <li key={u.personId}>
              <strong>{nameMember(u)}</strong>
              {u.organisationName ? <span class="muted"> – {u.organisationName}</span> : null}
              <p class="unmatched-list__reason">{t(unmatchedReasonKeys[u.reason])}</p>
            </li>
          ))}
        </ul>
      )}
      {run.status === "published" && run.unmatched.length > 0 ? (
        <p class="muted">{t("matching:run.unmatchedTold")}</p>
      ) : null}
    </section>
  );
}
