import { createActivitySchema } from "../../shared/contracts/activities";
import { createShowcaseSchema } from "../../shared/contracts/showcases";
import type { AuthorizedActivity, AuthorizedInitiative } from "../auth/access-gate";
import type { AppContext } from "../context";
import { createActivity } from "../modules/activities/activity-service";
import { updateChecklistItem } from "../modules/activities/checklist-service";
import { addObjective } from "../modules/activities/objective-service";
import { addAgendaItem, addBudgetLine } from "../modules/activities/plan-item-service";
import { addDays, todayUtc } from "../modules/activities/schedule";
import { createShowcase } from "../modules/activities/showcase-service";

const objectives = [
  "After the peer visit, Ziwani's waste management team are able to compare Sjöby's collection routes with their own route plan.",
  "After the peer visit, the visiting councillors are able to propose a tariff model for household waste collection in Ziwani.",
];

async function seedShowcase(auth: AuthorizedInitiative, ctx: AppContext, ids: SeedIds) {
  return createShowcase(
    ctx,
    auth,
    createShowcaseSchema.parse({
      title: "Food-waste collection in paper bags",
      practice:
        "Every household gets a kitchen caddy and paper bags; food waste is collected every second week in a separate compartment of the same truck and digested into biogas.",
      organisationId: ids.org("sjoby"),
      place: "Sjöby",
      results:
        "Food waste went from 12% to 41% of collected household waste in three years; the biogas runs the town's buses.",
      costNote:
        "Caddies and bags for 9,000 households, a two-compartment truck, one information officer for a year.",
      costAmountMinor: 420_000_000,
      costCurrency: "SEK",
      championPersonId: ids.person("johan.berg"),
      contact: "Johan Berg, recycling engineer, shows the route and the biogas plant.",
    }),
  );
}

/** Lookups of the demo's ids by key. */
export type SeedIds = { person: (key: string) => string; org: (key: string) => string };

function createVisit(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  ids: SeedIds,
  showcaseId: string,
) {
  const startsOn = addDays(todayUtc(), 60);
  return createActivity(
    ctx,
    auth,
    createActivitySchema.parse({
      formatKey: "peer_visit",
      title: "Peer visit: Ziwani's waste team in Sjöby",
      description:
        "Ziwani's waste managers and councillors see Sjöby's separate collection of food waste and give feedback on Sjöby's plan to reach residents who do not sort.",
      startsOn,
      endsOn: addDays(startsOn, 1),
      startTime: "09:00",
      endTime: "16:00",
      timeZone: "Europe/Stockholm",
      hostOrganisationId: ids.org("sjoby"),
      address: "Sjöby kommunhus, Storgatan 1",
      topics: ["food-waste collection", "collection routes", "waste tariffs"],
      levels: ["political", "managerial", "technical"],
      isHighLevel: false,
    }),
    {
      showcaseId,
      participants: [
        { personId: ids.person("erik.lindqvist"), role: "host" },
        { personId: ids.person("johan.berg"), role: "host" },
        { personId: ids.person("amina.otieno"), role: "visiting_peer" },
        { personId: ids.person("grace.wanjiru"), role: "visiting_peer" },
        { personId: ids.person("peter.mwangi"), role: "visiting_peer" },
        { personId: ids.person("lars.ek"), role: "moderator" },
      ],
    },
  );
}

async function planVisit(ctx: AppContext, auth: AuthorizedActivity, startsOn: string) {
  for (const text of objectives) await addObjective(ctx, auth, { text, lang: "en" });
  const agenda = [
    [startsOn, "09:00", null, "Welcome; Sjöby presents its plan and self-assessment"],
    [startsOn, "10:30", null, "On the food-waste route with a collection crew"],
    [startsOn, "14:00", null, "The biogas plant"],
    [addDays(startsOn, 1), "09:00", "12:00", "Moderated feedback session"],
  ] as const;
  for (const [position, [dayOn, startTime, endTime, title]] of agenda.entries()) {
    await addAgendaItem(ctx, auth, { title, notes: "", dayOn, startTime, endTime, position });
  }
  await addBudgetLine(ctx, auth, {
    label: "Flights Kisumu–Stockholm, 3 people",
    amountMinor: 4_350_000,
    currency: "SEK",
  });
  await addBudgetLine(ctx, auth, {
    label: "Hotel, 3 rooms × 3 nights",
    amountMinor: 1_080_000,
    currency: "SEK",
  });
}

/**
 * The demo's planning: Sjöby's food-waste collection as a showcase, and a peer visit from
 * Ziwani to Sjöby to see it, two months ahead, with two good objectives, an agenda, a budget
 * and a checklist partly done with one task (the budget approval) overdue.
 */
export async function seedDemoActivities(
  ctx: AppContext,
  initiativeId: string,
  ids: SeedIds,
): Promise<void> {
  const auth = {
    id: initiativeId,
    role: "facilitator",
    actor: { personId: ids.person("facilitator"), systemRole: "facilitator" },
  } as AuthorizedInitiative;
  const showcase = await seedShowcase(auth, ctx, ids);
  const visit = await createVisit(ctx, auth, ids, showcase.id);
  const activityAuth = { ...auth, activityId: visit.id, participant: null } as AuthorizedActivity;
  await planVisit(ctx, activityAuth, visit.startsOn);
  const done = new Set(["venue_booked", "invitations_sent", "travel_booked"]);
  for (const item of visit.checklist) {
    if (item.key === null || !done.has(item.key)) continue;
    await updateChecklistItem(ctx, activityAuth, item.id, {
      status: "done",
      version: item.version,
    });
  }
}
