import { canReadReport } from "../../../domain/peer-visit/confidentiality";
import { type UiLocale, uiLocales } from "../../../shared/contracts/common";
import type { PeerVisitReport } from "../../../shared/contracts/peer-visit-report";
import type { AuthorizedActivity } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import { nowIso } from "../../db/ids";
import { notFound } from "../../errors";
import { toAction } from "./action-service";
import { findPersonLocale } from "./activity-facts-repo";
import { listRecords } from "./record-repo";
import { loadVisitContext, parseReadiness } from "./visit-context";
import { buildUnderstanding, listVisitPeople } from "./visit-view";

/** The language to write the report in: asked for, else the reader's own, else English. */
export async function pickReportLocale(
  ctx: AppContext,
  personId: string,
  asked: UiLocale | undefined,
): Promise<UiLocale> {
  if (asked) return asked;
  const own = await findPersonLocale(ctx.db, personId);
  return (uiLocales as readonly string[]).includes(own ?? "") ? (own as UiLocale) : "en";
}

/**
 * The visit report for a reader the domain allows (`canReadReport`): the confidential circle
 * always, every member once the host shares it; anyone else gets 404. It holds the agreed
 * common understanding and the improvement actions, never individual notes or feedback items.
 */
export async function loadReport(
  ctx: AppContext,
  auth: AuthorizedActivity,
  asked: UiLocale | undefined,
): Promise<PeerVisitReport> {
  const context = await loadVisitContext(ctx, auth);
  if (!canReadReport(context.actor, context.scope)) throw notFound("Peer visit report");
  const actions = await listRecords(ctx.db, "peer_visit_actions", {
    column: "visit_id",
    id: context.visit.id,
  });
  return {
    visitId: context.visit.id,
    activityTitle: context.activity.title,
    hostOrganisationName: context.activity.host_organisation_name,
    lang: await pickReportLocale(ctx, auth.actor.personId, asked),
    phase: context.scope.phase,
    visitStartsOn: context.activity.starts_on,
    visitEndsOn: context.activity.ends_on,
    areaToImprove: context.visit.area_to_improve,
    people: listVisitPeople(context),
    readiness: parseReadiness(context.visit.readiness),
    commonUnderstanding: await buildUnderstanding(ctx, context),
    improvementActions: actions.map(toAction).map(({ version: _version, ...action }) => action),
    reportSharing: context.scope.reportSharing,
    generatedAt: nowIso(),
  };
}
