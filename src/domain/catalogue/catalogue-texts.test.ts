import { describe, expect, it } from "vitest";
import enCatalogue from "../../web/i18n/locales/en/catalogue.json";
import enObjectives from "../../web/i18n/locales/en/objectives.json";
import svCatalogue from "../../web/i18n/locales/sv/catalogue.json";
import svObjectives from "../../web/i18n/locales/sv/objectives.json";
import { adviseObjective, adviseObjectiveSet } from "../objectives/advise-objective";
import { buildObjective } from "../objectives/build-objective";
import {
  type Advice,
  adviceCodes,
  adviceMessageKey,
  adviceSeverityKey,
  objectivePartLabelKey,
  objectivePartNames,
} from "../objectives/objective-types";
import {
  activityFormats,
  getActivityFormat,
  sourceGuideNameKey,
  sourceGuides,
  themeTextKeys,
} from "./formats";
import { generateChecklist, ownerRoles, ownerRoleTextKey } from "./logistics-checklist";
import {
  type ActivityPlan,
  checkActivityPlan,
  planWarningCodes,
  planWarningTextKey,
} from "./plan-warnings";
import { reflectionQuestions } from "./reflection-questions";

type Tree = { [key: string]: string | Tree };
const locales = {
  en: { catalogue: enCatalogue as Tree, objectives: enObjectives as Tree },
  sv: { catalogue: svCatalogue as Tree, objectives: svObjectives as Tree },
};
type Lang = keyof typeof locales;
type Namespace = keyof (typeof locales)["en"];

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

/** The texts a key resolves to: itself, or its plural forms. */
function resolve(lang: Lang, fullKey: string): string[] {
  const [namespace, path] = fullKey.split(":") as [Namespace, string];
  const texts = flatten(locales[lang][namespace]);
  const plain = texts.get(path);
  if (plain !== undefined) return [plain];
  const one = texts.get(`${path}_one`);
  const other = texts.get(`${path}_other`);
  return one !== undefined && other !== undefined ? [one, other] : [];
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? "");
}

function staticKeys(): string[] {
  const contexts = [true, false].flatMap((isHighLevelDelegation) =>
    [true, false].map((isInternational) => ({
      isHighLevelDelegation,
      isInternational,
      startsOn: "2026-09-01",
      today: "2026-01-01",
    })),
  );
  return [
    ...activityFormats.flatMap((format) => Object.values(format.texts)),
    ...activityFormats.flatMap((format) =>
      format.themes.flatMap((theme) => Object.values(themeTextKeys(theme))),
    ),
    ...activityFormats.map((format) => sourceGuideNameKey(format.source)),
    ...activityFormats.flatMap((format) =>
      contexts.flatMap((context) => generateChecklist(format, context).map((item) => item.textKey)),
    ),
    ...activityFormats.flatMap((format) =>
      generateChecklist(format, contexts[0]!).map((item) =>
        ownerRoleTextKey(item.defaultOwnerRole),
      ),
    ),
    ...ownerRoles.map(ownerRoleTextKey),
    ...reflectionQuestions.flatMap((question) => [question.questionKey, question.hintKey]),
    ...adviceCodes.map(adviceMessageKey),
    ...(["info", "warning"] as const).map(adviceSeverityKey),
    ...objectivePartNames.map(objectivePartLabelKey),
  ];
}

/** Advice of every code, produced by the advisor itself, so its params are the real ones. */
function sampleAdvice(): Advice[] {
  const texts = [
    "",
    "Compare the complaint-handling procedures of the two municipalities.",
    "After the study visit, the project team are able to the main principles of gender budgeting.",
    "After the visit, participants will understand the waste fee model and be able to explain it to the council.",
    "After the seminar, participants can compare.",
    "After the workshop, participants are able to discuss ideas.",
  ];
  const set = adviseObjectiveSet(["Identify risks.", "Compare fees.", "Draft a plan."]);
  return [...texts.flatMap((text) => adviseObjective(text).advice), ...set.advice];
}

function sampleWarnings() {
  const base: ActivityPlan = {
    participantCount: 5,
    durationDays: 2,
    objectives: [],
    startsOn: "2026-01-10",
    preparationStartsOn: "2026-01-01",
    place: null,
    venue: "Room 4",
  };
  return [
    ...checkActivityPlan(base, getActivityFormat("work_shadowing")),
    ...checkActivityPlan(
      { ...base, participantCount: 1, durationDays: 1, objectives: ["a", "b", "c"] },
      getActivityFormat("study_tour"),
    ),
    ...checkActivityPlan({ ...base, startsOn: "2025-12-01" }, getActivityFormat("online_session")),
    ...checkActivityPlan({ ...base, venue: null }, getActivityFormat("seminar")),
  ];
}

describe("catalogue and objective texts", () => {
  it.each(["en", "sv"] as const)("has every key the domain produces in %s", (lang) => {
    const missing = [...new Set(staticKeys())].filter((key) => resolve(lang, key).length === 0);
    expect(missing).toEqual([]);
  });

  it("samples every advice code and every plan warning code", () => {
    expect(new Set(sampleAdvice().map((advice) => advice.code))).toEqual(new Set(adviceCodes));
    expect(new Set(sampleWarnings().map((warning) => warning.code))).toEqual(
      new Set(planWarningCodes),
    );
  });

  it.each(["en", "sv"] as const)("only uses placeholders the domain fills in (%s)", (lang) => {
    const produced = [
      ...sampleAdvice().map((advice) => ({
        key: adviceMessageKey(advice.code),
        params: advice.params,
      })),
      ...sampleWarnings().map((warning) => ({
        key: planWarningTextKey(warning.code),
        params: warning.params,
      })),
    ];
    for (const { key, params } of produced) {
      const texts = resolve(lang, key);
      expect(texts.length, key).toBeGreaterThan(0);
      for (const text of texts) {
        for (const name of placeholders(text))
          expect(Object.keys(params), `${key}: {{${name}}}`).toContain(name);
      }
    }
  });

  it("gives plural forms to every plan warning counted in weeks, days or people", () => {
    for (const warning of sampleWarnings()) {
      if (warning.params.count === undefined || warning.code === "too_many_objectives") continue;
      for (const lang of ["en", "sv"] as const)
        expect(resolve(lang, planWarningTextKey(warning.code))).toHaveLength(2);
    }
  });

  it("has the same keys and placeholders in English and Swedish", () => {
    for (const namespace of ["catalogue", "objectives"] as const) {
      const en = flatten(locales.en[namespace]);
      const sv = flatten(locales.sv[namespace]);
      expect([...sv.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [key, text] of en) {
        expect(placeholders(sv.get(key) ?? "").sort(), key).toEqual(placeholders(text).sort());
        expect(text.trim(), key).not.toBe("");
      }
    }
  });

  it("names both source guides", () => {
    for (const source of Object.keys(sourceGuides) as (keyof typeof sourceGuides)[]) {
      for (const lang of ["en", "sv"] as const)
        expect(resolve(lang, sourceGuideNameKey(source))).toHaveLength(1);
    }
  });

  it.each(["en", "sv"] as const)(
    "gives every format a stem phrase the advisor recognises (%s)",
    (lang) => {
      const [audience, behaviour, content] =
        lang === "en"
          ? ["the project team", "compare", "the waste fee models of both municipalities"]
          : ["projektgruppen", "jämföra", "avgiftsmodellerna för avfall i båda kommunerna"];
      for (const format of activityFormats) {
        const [stem = ""] = resolve(lang, format.texts.objectiveStem);
        const sentence = buildObjective({ stem, audience, behaviour, content, lang });
        const result = adviseObjective(sentence);
        expect(result.parts.stem, sentence).toBe(stem);
        expect(result.parts.audience, sentence).toBe(audience);
        expect(result.advice, sentence).toEqual([]);
      }
    },
  );
});
