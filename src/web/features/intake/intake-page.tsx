import { useT } from "../../i18n/use-t";
import { EmptyState } from "../../ui/empty-state";
import { InitiativeFrame, useInitiative } from "../initiatives/initiative-frame";
import { FacilitatorIntake } from "./facilitator-intake";
import { PeerIntake } from "./peer-intake";

/**
 * The intake survey of an initiative: peers answer it, facilitators run it. Other members see
 * why there is nothing for them here (the answers stay between peers and facilitators).
 */
export function IntakePage({ id }: { id: string }) {
  const t = useT();
  const initiative = useInitiative(id);
  return (
    <InitiativeFrame id={id} section="intake" initiative={initiative}>
      {(data) =>
        data.myRole === "facilitator" ? (
          <FacilitatorIntake initiativeId={id} />
        ) : data.myRole === "peer" ? (
          <PeerIntake initiativeId={id} />
        ) : (
          <EmptyState title={t("intake:other.title")} text={t("intake:other.text")} />
        )
      }
    </InitiativeFrame>
  );
}
