import type { MemberRole } from "../../shared/contracts/initiatives";
import { hashPassword } from "../auth/password";
import type { AppContext } from "../context";
import { createInitiative } from "../modules/initiatives/service";
import { addMembership } from "../modules/members/service";
import { createOrganisation } from "../modules/organisations/service";
import {
  countPeople,
  createPersonAccount,
  findAccountByEmail,
  updatePerson,
} from "../modules/people/service";
import { seedDemoActivities } from "./activity-seed";
import { seedDemoIntake } from "./intake-seed";
import { seedDemoPeerVisit } from "./peer-visit-seed";

/** The password of every demo account. */
export const DEMO_PASSWORD = "kollega-demo";

type DemoPerson = {
  key: string;
  name: string;
  org: string | null;
  position: string;
  level: "political" | "managerial" | "technical" | null;
  field: string;
  years: number | null;
  languages: string[];
  locale: "en" | "sv";
  role: MemberRole | null;
  systemRole?: "admin" | "facilitator";
};

const organisations = [
  {
    key: "sjoby",
    name: "Sjöby kommun",
    country: "SE",
    level: "municipal",
    kind: "government_body",
  },
  {
    key: "ziwani",
    name: "Ziwani Municipal Council",
    country: "KE",
    level: "municipal",
    kind: "government_body",
  },
  {
    key: "centre",
    name: "Centre for Municipal Partnerships",
    country: "SE",
    level: "national",
    kind: "association",
  },
  {
    key: "college",
    name: "Ziwani University College",
    country: "KE",
    level: "other",
    kind: "university",
  },
  { key: "shores", name: "Clean Shores Network", country: "KE", level: "other", kind: "ngo" },
] as const;

const people: DemoPerson[] = [
  {
    key: "facilitator",
    name: "Maria Holm",
    org: "centre",
    position: "Programme officer",
    level: "technical",
    field: "International partnerships",
    years: 11,
    languages: ["sv", "en"],
    locale: "en",
    role: "facilitator",
    systemRole: "facilitator",
  },
  {
    key: "admin",
    name: "Kollega Admin",
    org: null,
    position: "System administrator",
    level: null,
    field: "",
    years: null,
    languages: ["en"],
    locale: "en",
    role: null,
    systemRole: "admin",
  },
  {
    key: "erik.lindqvist",
    name: "Erik Lindqvist",
    org: "sjoby",
    position: "Head of waste management",
    level: "managerial",
    field: "Solid waste management",
    years: 12,
    languages: ["sv", "en"],
    locale: "sv",
    role: "peer",
  },
  {
    key: "amina.otieno",
    name: "Amina Otieno",
    org: "ziwani",
    position: "Head of environment department",
    level: "managerial",
    field: "Environmental management",
    years: 9,
    languages: ["sw", "en"],
    locale: "en",
    role: "peer",
  },
  {
    key: "johan.berg",
    name: "Johan Berg",
    org: "sjoby",
    position: "Recycling engineer",
    level: "technical",
    field: "Recycling and circular economy",
    years: 6,
    languages: ["sv", "en"],
    locale: "sv",
    role: "peer",
  },
  {
    key: "grace.wanjiru",
    name: "Grace Wanjiru",
    org: "ziwani",
    position: "Public health officer",
    level: "technical",
    field: "Public health and sanitation",
    years: 4,
    languages: ["sw", "en"],
    locale: "en",
    role: "peer",
  },
  {
    key: "peter.mwangi",
    name: "Peter Mwangi",
    org: "ziwani",
    position: "Chair, environment committee",
    level: "political",
    field: "Local politics",
    years: 7,
    languages: ["sw", "en"],
    locale: "en",
    role: "peer",
  },
  {
    key: "karin.sundberg",
    name: "Karin Sundberg",
    org: "sjoby",
    position: "Councillor, technical committee",
    level: "political",
    field: "Local politics",
    years: 10,
    languages: ["sv", "en"],
    locale: "sv",
    role: "peer",
  },
  {
    key: "halima.achieng",
    name: "Halima Achieng",
    org: "ziwani",
    position: "Municipal manager",
    level: "managerial",
    field: "Public administration",
    years: 15,
    languages: ["sw", "en"],
    locale: "en",
    role: "authoriser",
  },
  {
    key: "lars.ek",
    name: "Lars Ek",
    org: "centre",
    position: "Senior adviser",
    level: "technical",
    field: "Organisational development",
    years: 20,
    languages: ["sv", "en", "fr"],
    locale: "sv",
    role: "moderator",
  },
];

/** The demo's e-mail address for a person key. */
export function demoEmail(key: string): string {
  return `${key}@demo.kollega.test`;
}

/**
 * Seeds a realistic demo on an empty database: a Swedish and an East African municipality in a
 * waste-management partnership, with a facilitator, peers from both, an authoriser, a moderator
 * and an admin. Does nothing when anyone already has an account. Returns the sign-ins made.
 */
export async function seedDemo(ctx: AppContext): Promise<string[]> {
  if ((await countPeople(ctx)) > 0) return [];
  const orgIds = new Map<string, string>();
  for (const o of organisations) {
    const created = await createOrganisation(ctx, {
      name: o.name,
      country: o.country,
      level: o.level,
      kind: o.kind,
    });
    orgIds.set(o.key, created.id);
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const personIds = new Map<string, string>();
  for (const p of people) {
    const id = await createPersonAccount(ctx.db, {
      email: demoEmail(p.key),
      displayName: p.name,
      passwordHash,
      locale: p.locale,
      systemRole: p.systemRole ?? "member",
    });
    personIds.set(p.key, id);
    await updatePerson(ctx, id, {
      version: 1,
      organisationId: p.org ? (orgIds.get(p.org) ?? null) : null,
      position: p.position,
      level: p.level,
      field: p.field,
      yearsOfService: p.years,
      languages: p.languages,
    });
  }
  const facilitatorId = personIds.get("facilitator") ?? "";
  const initiative = await createInitiative(ctx, facilitatorId, {
    name: "Sjöby–Ziwani partnership on solid waste management",
    kind: "partnership",
    reformArea: "Solid waste management",
    focalSector: "Environment and public health",
    startsOn: "2026-09-01",
    endsOn: "2028-06-30",
    scoping: {
      goals:
        "Cut uncollected household waste in Ziwani's informal settlements by half by 2028; raise Sjöby's recycling rate for food waste.",
      means:
        "Paired peers across both councils, a peer visit each year, a shared action plan for source separation.",
      knowledgeGaps:
        "Ziwani: planning collection routes and paying for them; Sjöby: engaging residents who do not sort.",
      whoLearnsWhat:
        "Waste managers learn route planning and tariff design from each other; councillors learn how to build public support for fees.",
    },
  });
  await ctx.db.transaction().execute(async (trx) => {
    for (const p of people) {
      if (!p.role || p.key === "facilitator") continue;
      await addMembership(trx, initiative.id, personIds.get(p.key) ?? "", p.role);
    }
  });
  await seedDemoIntake(ctx, initiative.id, facilitatorId, personIds);
  const seedIds = {
    person: (key: string) => personIds.get(key) ?? "",
    org: (key: string) => orgIds.get(key) ?? "",
  };
  await seedDemoActivities(ctx, initiative.id, seedIds);
  await seedDemoPeerVisit(ctx, initiative.id, seedIds);
  const found = await findAccountByEmail(ctx.db, demoEmail("facilitator"));
  if (!found) throw new Error("demo seed failed to create the facilitator");
  return people.map((p) => `${demoEmail(p.key)} / ${DEMO_PASSWORD} (${p.systemRole ?? p.role})`);
}
