import type { AuthorizedInitiativeId } from "../src/server/auth/access-gate";
import type { AppContext } from "../src/server/context";
import { createActivity } from "../src/server/modules/activities/activity-service";
import { addDays, todayUtc } from "../src/server/modules/activities/schedule";
import { type CreateActivity, createActivitySchema } from "../src/shared/contracts/activities";
import type { ParticipantRole } from "../src/shared/contracts/activity-items";

/** An ISO date `days` from today (UTC). */
export function daysFromToday(days: number): string {
  return addDays(todayUtc(), days);
}

/**
 * Plans an activity in an initiative as its facilitator (default: a peer visit in Nairobi
 * four months ahead), with the given participants.
 */
export async function buildActivity(
  ctx: AppContext,
  initiativeId: string,
  facilitatorId: string,
  overrides: Partial<CreateActivity> = {},
  participants: { personId: string; role: ParticipantRole }[] = [],
) {
  const auth = {
    id: initiativeId as AuthorizedInitiativeId,
    role: "facilitator" as const,
    actor: { personId: facilitatorId, systemRole: "facilitator" as const },
  };
  const input = createActivitySchema.parse({
    formatKey: "peer_visit",
    title: "Peer visit to Ziwani",
    startsOn: daysFromToday(120),
    startTime: "09:00",
    endTime: "16:00",
    timeZone: "Africa/Nairobi",
    address: "Ziwani Municipal Council, Lake Road",
    ...overrides,
  });
  return createActivity(ctx, auth, input, { participants });
}

/** The demo initiative's id, read as its facilitator. */
export async function demoInitiativeId(t: {
  login: (email: string) => Promise<string>;
  call: (c: { method: "GET"; url: string; cookie?: string }) => Promise<{ body: unknown }>;
}): Promise<string> {
  const cookie = await t.login("facilitator@demo.kollega.test");
  const list = await t.call({ method: "GET", url: "/api/initiatives", cookie });
  const id = (list.body as { items: { id: string; name: string }[] }).items.find((i) =>
    i.name.startsWith("Sjöby"),
  )?.id;
  if (!id) throw new Error("no demo initiative");
  return id;
}
