import { useState } from "preact/hooks";
import { phaseKey } from "../../../domain/peer-visit/message-keys";
import { advancePermissions } from "../../../domain/peer-visit/phase-machine";
import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import { api } from "../../api-client";
import { getLocale } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { showToast } from "../../ui/toast";
import type { PeerVisitPartProps } from "./part-props";
import { pvKey } from "./peer-visit-keys";
import { GateList } from "./phase-stepper";
import { describeRefusal, type RefusalMessage, transitionsPath } from "./transition-refusal";
import { ReopenForm } from "./transition-reopen-form";
import { joinList } from "./visible-to";

/** Why a change was refused, as a list everyone hears (role=alert). */
export function RefusalNotice({ messages }: { messages: RefusalMessage[] }) {
  const t = useT();
  if (messages.length === 0) return null;
  return (
    <div class="notice notice--error" role="alert" data-testid="transition-refusal">
      <p class="notice__title">{t("peer-visit:transition.refusedTitle")}</p>
      <ul>
        {messages.map((m) => (
          <li key={m.key}>{t(m.key, m.params)}</li>
        ))}
      </ul>
    </div>
  );
}

/** Who moves the visit on from its phase, for readers who may not ("the host or a facilitator"). */
function WhoAdvances({ visit }: { visit: PeerVisit }) {
  const t = useT();
  const roles = advancePermissions[visit.phase].map((role) => t(pvKey(`role.${role}`)));
  if (roles.length === 0) return null;
  return (
    <p class="muted">
      {t("peer-visit:transition.whoAdvances", { roles: joinList(roles, getLocale()) })}
    </p>
  );
}

function AdvanceControl({
  visit,
  reload,
  onRefused,
}: PeerVisitPartProps & {
  onRefused: (messages: RefusalMessage[]) => void;
}) {
  const t = useT();
  const [isAsking, setAsking] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const next = visit.nextPhase;
  if (!next) return null;
  const names = { from: t(pvKey(phaseKey(visit.phase))), to: t(pvKey(phaseKey(next))) };
  async function advance() {
    setBusy(true);
    try {
      await api.post<PeerVisit>(transitionsPath(visit), {
        kind: "advance",
        version: visit.version,
      });
      onRefused([]);
      showToast(t("peer-visit:transition.advanced", { phase: names.to }));
      await reload();
    } catch (error) {
      const refusal = describeRefusal(error, visit);
      onRefused(refusal.messages);
      if (refusal.shouldReload) await reload();
    } finally {
      setBusy(false);
      setAsking(false);
    }
  }
  return (
    <>
      <p>{t("peer-visit:transition.nextPhase", { phase: names.to })}</p>
      <Button onClick={() => setAsking(true)}>{t("peer-visit:command.advance")}</Button>
      <ConfirmDialog
        isOpen={isAsking}
        title={t("peer-visit:transition.confirmTitle", names)}
        body={t("peer-visit:transition.confirmBody", names)}
        confirmLabel={t("peer-visit:transition.confirmAdvance", names)}
        isBusy={isBusy}
        onConfirm={() => void advance()}
        onCancel={() => setAsking(false)}
      />
    </>
  );
}

/**
 * Moving the visit between phases: what still keeps it in its phase (the domain's gates), "move
 * to the next phase" with a confirmation for those who may, going back with a reason, and why
 * the server refused a move (403/409, each reason in words).
 */
export function TransitionPanel(props: PeerVisitPartProps) {
  const t = useT();
  const { visit } = props;
  const [messages, setMessages] = useState<RefusalMessage[]>([]);
  const canReopen = visit.permissions.canReopenTo.length > 0;
  if (visit.phase === "closed" && !canReopen) return null;
  return (
    <section class="section card" aria-labelledby="transition-title">
      <h3 id="transition-title" class="card__title">
        {t("peer-visit:transition.title")}
      </h3>
      {visit.nextPhase ? <GateList failures={visit.unmetGates} headingId="gates-title" /> : null}
      <RefusalNotice messages={messages} />
      {visit.permissions.canAdvance ? (
        <AdvanceControl {...props} onRefused={setMessages} />
      ) : (
        <WhoAdvances visit={visit} />
      )}
      {canReopen ? <ReopenForm key={visit.phase} {...props} onRefused={setMessages} /> : null}
    </section>
  );
}
