import type { ImprovementActionStatus } from "../../../domain/peer-visit/phase-gates";

/** The label key of each improvement action status (the domain's `improvement_status.*`). */
export const statusKeys: Record<ImprovementActionStatus, string> = {
  planned: "peer-visit:improvement_status.planned",
  in_progress: "peer-visit:improvement_status.in_progress",
  done: "peer-visit:improvement_status.done",
  dropped: "peer-visit:improvement_status.dropped",
};
