import {
  addParticipantSchema,
  agendaItemSchema,
  budgetLineSchema,
  checklistItemSchema,
  createAgendaItemSchema,
  createBudgetLineSchema,
  createChecklistItemSchema,
  createDocumentSchema,
  documentSchema,
  participantSchema,
  updateAgendaItemSchema,
  updateBudgetLineSchema,
  updateChecklistItemSchema,
  updateDocumentSchema,
  updateParticipantSchema,
} from "../../../shared/contracts/activity-items";
import {
  createObjectiveSchema,
  objectiveChangeSchema,
  objectiveSetSchema,
  updateObjectiveSchema,
} from "../../../shared/contracts/activity-learning";
import { okSchema } from "../../../shared/contracts/common";
import type { AppContext, ZodApp } from "../../context";
import { addChecklistItem, removeChecklistItem, updateChecklistItem } from "./checklist-service";
import { registerItemRoutes } from "./item-routes";
import { addObjective, removeObjective, updateObjective } from "./objective-service";
import { addParticipant, changeParticipantRole, removeParticipant } from "./participant-service";
import {
  addAgendaItem,
  addBudgetLine,
  addDocument,
  removePlanItem,
  updateAgendaItem,
  updateBudgetLine,
  updateDocument,
} from "./plan-item-service";

const ok = { ok: true as const };
const planners = "facilitators and the activity's hosts";

/** The records inside an activity: participants, agenda, budget, documents, checklist, objectives. */
export function registerPlanRoutes(app: ZodApp, ctx: AppContext): void {
  registerItemRoutes(app, ctx, {
    segment: "participants",
    what: "a participant (a member of the initiative, with a role)",
    who: "facilitators",
    action: "activity.manage",
    createBody: addParticipantSchema,
    updateBody: updateParticipantSchema,
    createResponse: participantSchema,
    updateResponse: participantSchema,
    removeResponse: okSchema,
    create: addParticipant,
    update: changeParticipantRole,
    remove: async (c, auth, id) => {
      await removeParticipant(c, auth, id);
      return ok;
    },
  });
  registerItemRoutes(app, ctx, {
    segment: "agenda-items",
    what: "an agenda item",
    who: planners,
    action: "activity.plan",
    createBody: createAgendaItemSchema,
    updateBody: updateAgendaItemSchema,
    createResponse: agendaItemSchema,
    updateResponse: agendaItemSchema,
    removeResponse: okSchema,
    create: addAgendaItem,
    update: updateAgendaItem,
    remove: async (c, auth, id) => {
      await removePlanItem(c, auth, "activity_agenda_items", id);
      return ok;
    },
  });
  registerItemRoutes(app, ctx, {
    segment: "budget-lines",
    what: "a budget line (amount in minor units, ISO 4217 currency)",
    who: "facilitators",
    action: "activity.manage",
    createBody: createBudgetLineSchema,
    updateBody: updateBudgetLineSchema,
    createResponse: budgetLineSchema,
    updateResponse: budgetLineSchema,
    removeResponse: okSchema,
    create: addBudgetLine,
    update: updateBudgetLine,
    remove: async (c, auth, id) => {
      await removePlanItem(c, auth, "activity_budget_lines", id);
      return ok;
    },
  });
  registerItemRoutes(app, ctx, {
    segment: "documents",
    what: "a document: a link or a note (no file upload yet)",
    who: planners,
    action: "activity.plan",
    createBody: createDocumentSchema,
    updateBody: updateDocumentSchema,
    createResponse: documentSchema,
    updateResponse: documentSchema,
    removeResponse: okSchema,
    create: addDocument,
    update: updateDocument,
    remove: async (c, auth, id) => {
      await removePlanItem(c, auth, "activity_documents", id);
      return ok;
    },
  });
  registerItemRoutes(app, ctx, {
    segment: "checklist-items",
    what: "a logistics task (owner, due date, status)",
    who: planners,
    action: "activity.plan",
    createBody: createChecklistItemSchema,
    updateBody: updateChecklistItemSchema,
    createResponse: checklistItemSchema,
    updateResponse: checklistItemSchema,
    removeResponse: okSchema,
    create: addChecklistItem,
    update: updateChecklistItem,
    remove: async (c, auth, id) => {
      await removeChecklistItem(c, auth, id);
      return ok;
    },
  });
  registerItemRoutes(app, ctx, {
    segment: "objectives",
    what: "a learning objective, with the advisor's advice on it and on the set",
    who: planners,
    action: "activity.plan",
    createBody: createObjectiveSchema,
    updateBody: updateObjectiveSchema,
    createResponse: objectiveChangeSchema,
    updateResponse: objectiveChangeSchema,
    removeResponse: objectiveSetSchema,
    create: addObjective,
    update: updateObjective,
    remove: removeObjective,
  });
}
