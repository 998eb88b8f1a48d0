import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import { useT } from "../../i18n/use-t";
import { formatDateTime } from "../../ui/format";

/**
 * The common understanding as recorded: agreed strengths and weaknesses, the note, and who
 * recorded it when. Says so when nothing is recorded yet.
 */
export function UnderstandingView({ visit, level = 3 }: { visit: PeerVisit; level?: 3 | 4 }) {
  const t = useT();
  const Heading = level === 3 ? "h3" : "h4";
  const Sub = level === 3 ? "h4" : "h5";
  const agreed = visit.commonUnderstanding;
  return (
    <section
      class="section pv-understanding"
      aria-labelledby="pv-understanding-title"
      data-testid="common-understanding"
    >
      <Heading id="pv-understanding-title">{t("pv-records:understanding.title")}</Heading>
      {agreed === null ? (
        <p class="muted">{t("pv-records:understanding.notYet")}</p>
      ) : (
        <>
          <Sub>{t("pv-records:understanding.strengthsTitle")}</Sub>
          <PointList points={agreed.agreedStrengths} />
          <Sub>{t("pv-records:understanding.weaknessesTitle")}</Sub>
          <PointList points={agreed.agreedWeaknesses} />
          {agreed.note ? (
            <>
              <Sub>{t("pv-records:understanding.noteLabel")}</Sub>
              <p class="pv-records__text">{agreed.note}</p>
            </>
          ) : null}
          {agreed.recordedByName ? (
            <p class="muted">
              {t("pv-records:understanding.recordedBy", {
                name: agreed.recordedByName,
                when: formatDateTime(agreed.recordedAt),
              })}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

function PointList({ points }: { points: string[] }) {
  const t = useT();
  if (points.length === 0) return <p class="muted">{t("pv-records:understanding.noneAgreed")}</p>;
  return (
    <ul>
      {points.map((point) => (
        <li key={point} class="pv-records__text">
          {point}
        </li>
      ))}
    </ul>
  );
}
