import { expect, type Page } from "@playwright/test";
import type { SurveyAnswers } from "./survey-answers";

/** The survey form's labels in the two languages the journey's peers use. */
const labels = {
  en: {
    challenge: (n: number) => `Challenge ${n}`,
    text: "The challenge in your own words",
    tags: /^Reform areas/,
    add: "Add another challenge",
    offers: "What you can offer others",
    wants: "What you want to learn",
    currentInitiative: "Your current task or policy initiative",
    languages: "Languages you can work in",
    answerLanguage: "Language your answers are written in",
    champion: /I have made a practice work/,
    submit: "Send your answers",
    saved: "Your answers have been saved.",
    languageNames: { en: "English", sv: "Swedish", sw: "Swahili" } as Record<string, string>,
  },
  sv: {
    challenge: (n: number) => `Utmaning ${n}`,
    text: "Utmaningen med dina egna ord",
    tags: /^Reformområden/,
    add: "Lägg till en utmaning",
    offers: "Det här kan du bidra med",
    wants: "Det här vill du lära dig",
    currentInitiative: "Din nuvarande uppgift eller ditt pågående initiativ",
    languages: "Språk du kan arbeta på",
    answerLanguage: "Språk som dina svar är skrivna på",
    champion: /Jag har fått ett arbetssätt att fungera/,
    submit: "Skicka dina svar",
    saved: "Dina svar har sparats.",
    languageNames: { en: "Engelska", sv: "Svenska", sw: "Swahili" } as Record<string, string>,
  },
} as const;

/** Reform-area tags as the form shows them (the defaults are translated; added ones are not). */
const tagLabels: Record<string, { en: string; sv: string }> = {
  "waste-collection": { en: "Waste collection", sv: "Avfallsinsamling" },
  "data-and-monitoring": { en: "Data and monitoring", sv: "Data och uppföljning" },
  "tariffs-and-fees": { en: "Tariffs and fees", sv: "Taxor och avgifter" },
  recycling: { en: "Recycling and reuse", sv: "Återvinning och återbruk" },
  "citizen-engagement": { en: "Citizen engagement", sv: "Medborgardialog" },
  "political-leadership": {
    en: "Political leadership and council work",
    sv: "Politiskt ledarskap och fullmäktigearbete",
  },
  "urban-planning": {
    en: "Urban planning and informal settlements",
    sv: "Stadsplanering och informella bosättningar",
  },
  "public-health": { en: "Public health and sanitation", sv: "Folkhälsa och sanitet" },
  budgeting: { en: "Budgeting", sv: "Budget" },
  "sorting-at-source": { en: "Sorting at source", sv: "Sorting at source" },
};

/** A peer's intake survey page, in English or Swedish. */
export class SurveyPage {
  private readonly l: (typeof labels)["en"] | (typeof labels)["sv"];

  constructor(
    readonly page: Page,
    readonly lang: "en" | "sv",
  ) {
    this.l = labels[lang];
  }

  /** Opens the survey of an initiative. */
  async goto(initiativeId: string): Promise<void> {
    await this.page.goto(`/initiatives/${initiativeId}/intake`);
    await expect(this.page.getByRole("button", { name: this.l.submit })).toBeVisible();
  }

  /** Sends the form as it is (to see its errors). */
  async submit(): Promise<void> {
    await this.page.getByRole("button", { name: this.l.submit }).click();
  }

  /** Types the answers in and sends them; waits for the confirmation. */
  async answer(answers: SurveyAnswers): Promise<void> {
    const { page, l } = this;
    for (const [i, challenge] of answers.challenges.entries()) {
      if (i > 0) await page.getByRole("button", { name: l.add }).click();
      const row = page.getByRole("group", { name: l.challenge(i + 1), exact: true });
      await row.getByLabel(l.text).fill(challenge.text);
      const tags = row.getByRole("group", { name: l.tags });
      for (const key of challenge.tags) {
        await tags.getByLabel(tagLabels[key]?.[this.lang] ?? key, { exact: true }).check();
      }
    }
    await page.getByLabel(l.offers).fill(answers.offers);
    await page.getByLabel(l.wants).fill(answers.wants);
    await page.getByLabel(l.currentInitiative).fill(answers.currentInitiative);
    const languages = page.getByRole("group", { name: l.languages });
    for (const code of answers.languages) {
      await languages.getByLabel(l.languageNames[code] ?? code, { exact: true }).check();
    }
    await page
      .getByLabel(l.answerLanguage)
      .selectOption({ label: l.languageNames[answers.answerLanguage] ?? "" });
    if (answers.isChampion) await page.getByLabel(l.champion).check();
    await this.submit();
    await expect(page.getByRole("status").filter({ hasText: l.saved })).toBeVisible();
  }
}
