import type { PeerVisit } from "../../../shared/contracts/peer-visits";

/** What every phase part of the peer visit page receives: the visit and a way to reload it. */
export type PeerVisitPartProps = {
  visit: PeerVisit;
  /** Loads the visit again (after a save, a phase change, or a stale-version conflict). */
  reload: () => Promise<PeerVisit | null>;
};
