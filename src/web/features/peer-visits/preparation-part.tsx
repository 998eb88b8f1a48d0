import { useState } from "preact/hooks";
import { useT } from "../../i18n/use-t";
import type { PeerVisitPartProps } from "./part-props";
import { PreparationDocuments } from "./preparation-documents";
import { PreparationForm } from "./preparation-form";
import { AreaSummary, PreparationSummary, ReadinessSummary } from "./preparation-summary";

/** Says the visit was reloaded under the typed changes because someone else changed it; stays until the next save. */
function ConflictNotice({ messageKey }: { messageKey: string | null }) {
  const t = useT();
  if (!messageKey) return null;
  return (
    <div class="notice notice--warning" role="alert" data-testid="preparation-conflict">
      <p>{t(messageKey)}</p>
    </div>
  );
}

/**
 * Phase 1 of the peer visit: the area the host wants feedback on, the organisational readiness
 * self-assessment, the timeline and who does what. Hosts and facilitators edit it while the
 * server allows (`canEditPreparation`); everyone else, and everyone after the visit, reads it.
 */
export function PreparationPart(props: PeerVisitPartProps) {
  const t = useT();
  const { visit } = props;
  const [conflictKey, setConflictKey] = useState<string | null>(null);
  const isCurrent = visit.phase === "preparation" || visit.phase === "visit";
  const title = <h3 id="preparation-title">{t("peer-visit:preparation.title")}</h3>;
  if (!isCurrent) {
    return (
      <section class="section" aria-labelledby="preparation-title">
        <details class="pv-prep-details">
          <summary>{title}</summary>
          <PreparationSummary visit={visit} />
        </details>
      </section>
    );
  }
  return (
    <section class="section" aria-labelledby="preparation-title">
      {title}
      <p class="lead">{t("peer-visit:preparation.intro")}</p>
      <PreparationDocuments visit={visit} />
      <ConflictNotice messageKey={conflictKey} />
      {visit.permissions.canEditPreparation ? (
        <>
          {visit.phase === "visit" ? (
            <>
              <AreaSummary visit={visit} />
              <ReadinessSummary visit={visit} />
            </>
          ) : null}
          <PreparationForm key={visit.id} {...props} onConflict={setConflictKey} />
        </>
      ) : (
        <PreparationSummary visit={visit} />
      )}
    </section>
  );
}
