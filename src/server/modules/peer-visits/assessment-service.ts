import {
  type AssessmentQuestion,
  assessmentQuestions,
  createPeerAssessment,
  disableReverseDirection,
  enableReverseDirection,
  findOtherSide,
  type PartnerSide,
  type PeerAssessment,
  type PeerAssessmentResult,
  recordPlanPresented,
  setAnswer,
  submitAnswers,
} from "../../../domain/peer-visit/peer-assessment";
import type { PeerAssessmentView } from "../../../shared/contracts/peer-assessments";
import type { AuthorizedActivity } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import { newId, nowIso } from "../../db/ids";
import type { PeerAssessmentDirectionTable } from "../../db/schema";
import { AppError, notFound, staleVersion } from "../../errors";
import { todayUtc } from "../activities/schedule";
import {
  canAnswerFor,
  canEditPlan,
  canManageAssessment,
  canRecordPresentation,
} from "./assessment-access";
import {
  bumpAssessment,
  deleteDirection,
  findAssessmentByActivity,
  insertAssessment,
  insertDirection,
  updateDirectionIfVersion,
  updatePlanIfVersion,
} from "./assessment-repo";
import { buildAssessmentView, loadAssessmentContext, toDomainAssessment } from "./assessment-view";
import { requireAllowed } from "./visit-context";
import { requireMethodActivity } from "./visit-service";

/** The domain's refusal as a 409 whose `details[0].code` is the reason. */
function applied(result: PeerAssessmentResult): PeerAssessment {
  if (result.ok) return result.state;
  throw new AppError("CONFLICT", `The assessment refuses this: ${result.reason}`, [
    { path: "assessment", code: result.reason, message: result.reason.replaceAll("_", " ") },
  ]);
}

function directionRow(
  assessmentId: string,
  d: PeerAssessment["directions"][number],
  now: string,
): PeerAssessmentDirectionTable {
  return {
    id: newId(),
    assessment_id: assessmentId,
    assessor: d.assessor,
    is_required: d.isRequired ? 1 : 0,
    answers: JSON.stringify(d.answers),
    submitted_on: d.submittedOn,
    version: 1,
    created_at: now,
    updated_at: now,
  };
}

/** Sets up the structured peer assessment on an activity of that format (facilitators, hosts). */
export async function createAssessment(
  ctx: AppContext,
  auth: AuthorizedActivity,
  input: { requiredAssessor: PartnerSide; withReverseDirection: boolean },
): Promise<PeerAssessmentView> {
  const activity = await requireMethodActivity(ctx, auth.activityId, [
    "structured_peer_assessment",
  ]);
  if (await findAssessmentByActivity(ctx.db, auth.activityId)) {
    throw new AppError("CONFLICT", "This activity's peer assessment is already set up");
  }
  let state = createPeerAssessment(input.requiredAssessor);
  if (input.withReverseDirection) state = applied(enableReverseDirection(state));
  const now = nowIso();
  const id = newId();
  const plan = (side: PartnerSide) => ({
    id: newId(),
    assessment_id: id,
    side,
    title: "",
    text: "",
    url: null,
    presented_on: null,
    version: 1,
    created_at: now,
    updated_at: now,
  });
  await ctx.db.transaction().execute((trx) =>
    insertAssessment(trx, {
      assessment: {
        id,
        initiative_id: activity.initiative_id,
        activity_id: activity.id,
        created_by: auth.actor.personId,
        version: 1,
        created_at: now,
        updated_at: now,
      },
      plans: [plan("partner_a"), plan("partner_b")],
      directions: state.directions.map((d) => directionRow(id, d, now)),
    }),
  );
  return getAssessment(ctx, auth);
}

/** The assessment as the caller may see it. */
export async function getAssessment(
  ctx: AppContext,
  auth: AuthorizedActivity,
): Promise<PeerAssessmentView> {
  return buildAssessmentView(await loadAssessmentContext(ctx, auth));
}

/** Turns the optional reverse direction on or off (facilitators, hosts, moderators). */
export async function setReverseDirection(
  ctx: AppContext,
  auth: AuthorizedActivity,
  input: { enabled: boolean; version: number },
): Promise<PeerAssessmentView> {
  const context = await loadAssessmentContext(ctx, auth);
  requireAllowed(canManageAssessment(context.viewer), "changing the assessment");
  const state = toDomainAssessment(context);
  const required = state.directions.find((d) => d.isRequired);
  const reverse = findOtherSide(required?.assessor ?? "partner_b");
  const next = applied(
    input.enabled ? enableReverseDirection(state) : disableReverseDirection(state, reverse),
  );
  const added = next.directions.find((d) => d.assessor === reverse);
  const id = context.assessment.id;
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await bumpAssessment(trx, id, input.version, nowIso())))
      throw staleVersion("This assessment");
    if (added) await insertDirection(trx, directionRow(id, added, nowIso()));
    else await deleteDirection(trx, id, reverse);
  });
  return getAssessment(ctx, auth);
}

/** A side writes its plan; refused once the other side has submitted its assessment of it. */
export async function saveProjectPlan(
  ctx: AppContext,
  auth: AuthorizedActivity,
  side: PartnerSide,
  input: { title: string; text: string; url: string | null; version: number },
): Promise<PeerAssessmentView> {
  const context = await loadAssessmentContext(ctx, auth);
  requireAllowed(canEditPlan(context.viewer, side), "writing this side's plan");
  const assessing = context.directions.find((d) => d.assessor === findOtherSide(side));
  if (assessing?.submitted_on) applied({ ok: false, reason: "plan_already_assessed", params: {} });
  const ref = { assessmentId: context.assessment.id, side, version: input.version };
  const changes = { title: input.title, text: input.text, url: input.url, updated_at: nowIso() };
  const saved = await ctx.db.transaction().execute((trx) => updatePlanIfVersion(trx, ref, changes));
  if (!saved) throw staleVersion("This plan");
  return getAssessment(ctx, auth);
}

/** Records the day a side presented its plan (that side, moderators, facilitators). */
export async function recordPresentation(
  ctx: AppContext,
  auth: AuthorizedActivity,
  side: PartnerSide,
  input: { on: string; version: number },
): Promise<PeerAssessmentView> {
  const context = await loadAssessmentContext(ctx, auth);
  requireAllowed(canRecordPresentation(context.viewer, side), "recording this presentation");
  applied(recordPlanPresented(toDomainAssessment(context), side, input.on));
  const ref = { assessmentId: context.assessment.id, side, version: input.version };
  const changes = { presented_on: input.on, updated_at: nowIso() };
  const saved = await ctx.db.transaction().execute((trx) => updatePlanIfVersion(trx, ref, changes));
  if (!saved) throw staleVersion("This plan");
  return getAssessment(ctx, auth);
}

async function saveDirection(
  ctx: AppContext,
  context: Awaited<ReturnType<typeof loadAssessmentContext>>,
  assessor: PartnerSide,
  version: number,
  changes: Partial<PeerAssessmentDirectionTable>,
): Promise<void> {
  const ref = { assessmentId: context.assessment.id, assessor, version };
  const saved = await ctx.db
    .transaction()
    .execute((trx) => updateDirectionIfVersion(trx, ref, { ...changes, updated_at: nowIso() }));
  if (!saved) throw staleVersion("These answers");
}

/** The assessor side's draft answers replace the stored draft (members of that side). */
export async function saveAnswers(
  ctx: AppContext,
  auth: AuthorizedActivity,
  assessor: PartnerSide,
  input: { answers: Partial<Record<AssessmentQuestion, string>>; version: number },
): Promise<PeerAssessmentView> {
  const context = await loadAssessmentContext(ctx, auth);
  requireAllowed(canAnswerFor(context.viewer, assessor), "answering for this side");
  let state = toDomainAssessment(context);
  const direction = state.directions.find((d) => d.assessor === assessor);
  if (!direction) throw notFound("Assessment direction");
  for (const question of assessmentQuestions) {
    state = applied(setAnswer(state, assessor, question, input.answers[question] ?? ""));
  }
  const answers = state.directions.find((d) => d.assessor === assessor)?.answers ?? {};
  await saveDirection(ctx, context, assessor, input.version, { answers: JSON.stringify(answers) });
  return getAssessment(ctx, auth);
}

/** Submits the assessor side's answers today; they freeze and the assessed side reads them. */
export async function submitAssessorAnswers(
  ctx: AppContext,
  auth: AuthorizedActivity,
  assessor: PartnerSide,
  input: { version: number },
): Promise<PeerAssessmentView> {
  const context = await loadAssessmentContext(ctx, auth);
  requireAllowed(canAnswerFor(context.viewer, assessor), "submitting for this side");
  const state = toDomainAssessment(context);
  if (!state.directions.some((d) => d.assessor === assessor))
    throw notFound("Assessment direction");
  const today = todayUtc();
  applied(submitAnswers(state, assessor, today));
  await saveDirection(ctx, context, assessor, input.version, { submitted_on: today });
  return getAssessment(ctx, auth);
}
