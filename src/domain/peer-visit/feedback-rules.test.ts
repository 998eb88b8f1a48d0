import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type FeedbackHintCode, hasConcreteReference, hintFeedback } from "./feedback-rules";

type Case = [text: string, expected: FeedbackHintCode[]];

const J = "judgmental_language";
const V = "too_vague";
const P = "prescriptive";
const A = "about_person_not_practice";
const N = "not_changeable";

const englishCases: Case[] = [
  ["The waiting time at the building permit desk was 45 minutes on Tuesday morning.", []],
  ["Your reception is terrible.", [J]],
  ["Excellent work!", [J, V]],
  [
    "The excellent checklist at the reception desk cut repeat visits, according to the staff we met.",
    [],
  ],
  ["You should publish the budget online.", [P]],
  ["You are too slow.", [V, A]],
  ["Things could be better.", [V]],
  ["The rainy season makes the road to the landfill impassable for two months.", [N]],
  ["National law sets the fee for a trading licence, so the council cannot lower it.", [N]],
  ["In the complaints register we saw 120 open cases older than six months.", []],
  ["This process is a mess.", [J]],
  ["It was useless and a waste of time.", [J, V]],
  ["The staff at the Kibera office explained each step of the application clearly.", []],
  ["You must stop printing every invoice.", [P]],
  ["You need to hire more people.", [V, P]],
  ["The mayor is great.", [J, V]],
  ["Great presentation because it showed the cost per household for each ward.", []],
  ["Nobody reads the minutes of the ward committee meetings; three members told us so.", []],
  ["He is not interested in the project.", [V, A]],
  ["The weather was hot.", [V, N]],
  ["We noticed that the online portal asks for the same ID number on pages 2 and 4.", []],
  [
    "In our municipality we publish the agenda a week before each council meeting; it might be worth a look.",
    [],
  ],
  ["You're doing a wrong thing with the waste fees.", [J, A]],
  ["Stupid idea.", [J, V]],
  ["The inflation makes the budget hard to plan, which is outside your control.", [N]],
  [
    "The budget spreadsheet has no version history, so two officers overwrote each other's figures in March.",
    [],
  ],
  ["You should have consulted the residents before moving the market.", [P]],
  ["Your attitude towards citizens is unprofessional.", [J, V, A]],
  ["Amazing!", [J, V]],
  [
    "The central government decides teacher salaries, so that is not something the school board can change.",
    [N],
  ],
  ["Residents we met at the Gikomba market did not know where to report a blocked drain.", []],
];

const swedishCases: Case[] = [
  ["Väntetiden vid bygglovsdisken var 45 minuter i tisdags.", []],
  ["Er reception är dålig.", [J]],
  ["Fantastiskt jobbat!", [J, V]],
  ["Den utmärkta checklistan i receptionen har minskat antalet återbesök, enligt personalen.", []],
  ["Ni borde publicera budgeten på webben.", [P]],
  ["Ni är för långsamma.", [V, A]],
  ["Det kunde vara bättre.", [V]],
  ["Under regnperioden går vägen till deponin inte att köra på under två månader.", [N]],
  ["Avgiften för handelstillstånd styrs av nationell lag, så kommunen kan inte sänka den.", [N]],
  ["I klagomålsregistret såg vi 120 öppna ärenden som var äldre än sex månader.", []],
  ["Den här processen är ett enda kaos.", [J]],
  ["Det var värdelöst och slöseri med tid.", [J, V]],
  ["Personalen på kontoret i Kibera förklarade varje steg i ansökan tydligt.", []],
  ["Ni måste sluta skriva ut varje faktura.", [P]],
  ["Ni behöver anställa fler.", [V, P]],
  ["Kommunstyrelsens ordförande är suverän.", [J]],
  ["Bra presentation eftersom den visade kostnaden per hushåll i varje stadsdel.", []],
  [
    "Ingen läser protokollen från stadsdelsnämndens möten; tre ledamöter berättade det för oss.",
    [],
  ],
  ["Han är inte intresserad av projektet.", [V, A]],
  ["Vädret var varmt.", [V, N]],
  ["Vi såg att e-tjänsten frågar efter samma personnummer på sidan 2 och sidan 4.", []],
  [
    "Hos oss skickas dagordningen ut en vecka före varje nämndmöte; det kanske är värt att titta på.",
    [],
  ],
  ["Du gör fel med avfallstaxan.", [J]],
  ["Dum idé.", [J, V]],
  ["Inflationen gör budgeten svår att planera, och det ligger utanför er kontroll.", [N]],
  [
    "Budgetens kalkylblad saknar versionshistorik, så två handläggare skrev över varandras siffror i mars.",
    [],
  ],
  ["Ni borde ha frågat de boende innan torget flyttades.", [P]],
  ["Er attityd mot medborgarna är oprofessionell.", [J, V, A]],
  ["Toppen!", [J, V]],
  ["Regeringen bestämmer lärarlönerna, så det är inget skolans styrelse kan ändra.", [N]],
  ["Därför måste ni ändra blanketten.", [P]],
];

function codesOf(text: string, lang: "en" | "sv"): FeedbackHintCode[] {
  return hintFeedback(text, lang).map((hint) => hint.code);
}

describe("hintFeedback in English", () => {
  it("has at least 25 realistic cases", () => {
    expect(englishCases.length).toBeGreaterThanOrEqual(25);
  });
  it.each(englishCases)("%s", (text, expected) => {
    expect(codesOf(text, "en")).toEqual(expected);
  });
});

describe("hintFeedback in Swedish", () => {
  it("has at least 25 realistic cases", () => {
    expect(swedishCases.length).toBeGreaterThanOrEqual(25);
  });
  it.each(swedishCases)("%s", (text, expected) => {
    expect(codesOf(text, "sv")).toEqual(expected);
  });
});

describe("hint params", () => {
  it("names the matched words, each once, joined for the message", () => {
    const [hint] = hintFeedback("Terrible, just terrible and useless.", "en");
    expect(hint).toEqual({
      code: J,
      matches: ["terrible", "useless"],
      params: { words: "terrible, useless", count: 2 },
    });
  });

  it("reports both directive phrases of one sentence", () => {
    const hint = hintFeedback("You should have asked the ward office first.", "en").find(
      (h) => h.code === P,
    );
    expect(hint?.matches).toEqual(["you should", "should have"]);
  });

  it("gives too_vague the draft's word count", () => {
    const hint = hintFeedback("Could be better overall", "en").find((h) => h.code === V);
    expect(hint?.params).toEqual({ words: "", count: 4 });
  });

  it("reports Swedish compounds and inflections as typed", () => {
    const hint = hintFeedback("Under regnperioden står vädret i vägen.", "sv").find(
      (h) => h.code === N,
    );
    expect(hint?.matches).toEqual(["regnperioden", "vädret"]);
  });

  it("accepts curly apostrophes", () => {
    expect(codesOf("You\u2019re never on time for the 9 o'clock meeting.", "en")).toEqual([A]);
  });
});

describe("hintFeedback edge cases", () => {
  it("gives nothing for a blank draft", () => {
    expect(hintFeedback("", "en")).toEqual([]);
    expect(hintFeedback("  \n ", "sv")).toEqual([]);
  });

  it("treats praise backed by an example as descriptive", () => {
    expect(codesOf("Excellent, for example the queue tickets.", "en")).toEqual([]);
    expect(codesOf("Excellent work with the community.", "en")).toEqual([J, V]);
  });

  it("does not count a capitalised first word or 'I' as a named place", () => {
    expect(hasConcreteReference("Residents liked it.", "en")).toBe(false);
    expect(hasConcreteReference("I think I liked it.", "en")).toBe(false);
    expect(hasConcreteReference("We liked what we saw in Mombasa.", "en")).toBe(true);
  });

  it("flags a concrete but very short draft as too vague", () => {
    expect(codesOf("Form 7.", "en")).toEqual([V]);
  });

  it("is deterministic and never throws on any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom("en", "sv"), (text, lang) => {
        const first = hintFeedback(text, lang as "en" | "sv");
        expect(hintFeedback(text, lang as "en" | "sv")).toEqual(first);
        const codes = first.map((hint) => hint.code);
        expect(new Set(codes).size).toBe(codes.length);
      }),
    );
  });
});
