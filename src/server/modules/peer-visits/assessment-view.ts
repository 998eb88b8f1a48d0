import {
  type AssessmentQuestion,
  findOtherSide,
  listMissingAnswers,
  measureAssessmentCompleteness,
  type PartnerSide,
  type PeerAssessment,
  partnerSides,
} from "../../../domain/peer-visit/peer-assessment";
import type { PeerAssessmentView } from "../../../shared/contracts/peer-assessments";
import type { AuthorizedActivity } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import type {
  PeerAssessmentDirectionTable,
  PeerAssessmentPlanTable,
  PeerAssessmentTable,
} from "../../db/schema";
import { notFound } from "../../errors";
import {
  type ActivityFacts,
  type ActivityPerson,
  findActivityFacts,
  listActivityPeople,
} from "./activity-facts-repo";
import {
  type AssessmentViewer,
  canAnswerFor,
  canEditPlan,
  canManageAssessment,
  canReadAnswers,
  canRecordPresentation,
  findSideOf,
} from "./assessment-access";
import { findAssessmentByActivity, listDirections, listPlans } from "./assessment-repo";
import { parseJson } from "./visit-context";

/** An assessment with its plans, directions and the caller's standing, loaded per request. */
export type AssessmentContext = {
  assessment: PeerAssessmentTable;
  plans: PeerAssessmentPlanTable[];
  directions: PeerAssessmentDirectionTable[];
  activity: ActivityFacts;
  people: ActivityPerson[];
  viewer: AssessmentViewer;
};

/** Loads the activity's assessment for an authorised caller; 404 while none was set up. */
export async function loadAssessmentContext(
  ctx: AppContext,
  auth: AuthorizedActivity,
): Promise<AssessmentContext> {
  const assessment = await findAssessmentByActivity(ctx.db, auth.activityId);
  const activity = await findActivityFacts(ctx.db, auth.activityId);
  if (!assessment || !activity) throw notFound("Peer assessment");
  return {
    assessment,
    activity,
    plans: await listPlans(ctx.db, assessment.id),
    directions: await listDirections(ctx.db, assessment.id),
    people: await listActivityPeople(ctx.db, auth.activityId),
    viewer: {
      isFacilitator: auth.role === "facilitator",
      participantRole: auth.participant?.role ?? null,
    },
  };
}

/** The answers stored for a direction. */
export function parseAnswers(row: PeerAssessmentDirectionTable) {
  return parseJson<Partial<Record<AssessmentQuestion, string>>>(row.answers, {});
}

/** The domain's state of the assessment, for its rules. */
export function toDomainAssessment(context: AssessmentContext): PeerAssessment {
  const presented = (side: PartnerSide) =>
    context.plans.find((plan) => plan.side === side)?.presented_on ?? null;
  return {
    planPresentedOn: { partner_a: presented("partner_a"), partner_b: presented("partner_b") },
    directions: context.directions.map((row) => ({
      assessor: row.assessor as PartnerSide,
      isRequired: row.is_required === 1,
      answers: parseAnswers(row),
      submittedOn: row.submitted_on,
    })),
  };
}

function buildPermissions(context: AssessmentContext): PeerAssessmentView["permissions"] {
  const { viewer } = context;
  const enabled = context.directions.map((d) => d.assessor as PartnerSide);
  return {
    canManage: canManageAssessment(viewer),
    canEditPlanOf: partnerSides.filter((side) => canEditPlan(viewer, side)),
    canRecordPresentationOf: partnerSides.filter((side) => canRecordPresentation(viewer, side)),
    canAnswerAs: enabled.find((side) => canAnswerFor(viewer, side)) ?? null,
  };
}

/** The assessment as the caller may see it: answers hidden where the rules say so. */
export function buildAssessmentView(context: AssessmentContext): PeerAssessmentView {
  const completeness = measureAssessmentCompleteness(toDomainAssessment(context));
  return {
    id: context.assessment.id,
    initiativeId: context.assessment.initiative_id,
    activityId: context.assessment.activity_id,
    activityTitle: context.activity.title,
    people: context.people.map((p) => ({
      personId: p.person_id,
      displayName: p.display_name,
      organisationName: p.organisation_name,
      side: findSideOf(p.role),
    })),
    mySide: findSideOf(context.viewer.participantRole),
    plans: context.plans.map((plan) => ({
      side: plan.side as PartnerSide,
      title: plan.title,
      text: plan.text,
      url: plan.url,
      presentedOn: plan.presented_on,
      version: plan.version,
      updatedAt: plan.updated_at,
    })),
    directions: context.directions.map((row) => {
      const assessor = row.assessor as PartnerSide;
      const answers = parseAnswers(row);
      const isReadable = canReadAnswers(context.viewer, {
        assessor,
        submittedOn: row.submitted_on,
      });
      return {
        assessor,
        assessedSide: findOtherSide(assessor),
        isRequired: row.is_required === 1,
        answers: isReadable ? answers : null,
        missing: listMissingAnswers(answers),
        submittedOn: row.submitted_on,
        version: row.version,
      };
    }),
    completeness: {
      answered: completeness.answered,
      total: completeness.total,
      percent: completeness.percent,
      isRequiredComplete: completeness.isRequiredComplete,
      isComplete: completeness.isComplete,
    },
    permissions: buildPermissions(context),
    version: context.assessment.version,
    createdAt: context.assessment.created_at,
  };
}
