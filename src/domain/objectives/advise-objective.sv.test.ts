import { describe, expect, it } from "vitest";
import { adviseObjective } from "./advise-objective";
import type { AdviceCode } from "./objective-types";

type Row = [text: string, codes: AdviceCode[]];

const good: Row[] = [
  [
    "Efter studiebesöket ska projektgruppen kunna identifiera de viktigaste delarna av jämställdhetsintegrering.",
    [],
  ],
  [
    "Efter styrgruppens internationella besök ska politikerna kunna definiera sin roll och sitt ansvar som styrgrupp.",
    [],
  ],
  [
    "Efter det kollegiala besöket i Kisumu ska avfallshandläggarna kunna jämföra insamlingsrutterna för hushållsavfall i båda kommunerna.",
    [],
  ],
  [
    "Efter workshopen ska deltagarna kunna ta fram en plan för medborgardialog inför det nya skolområdet.",
    [],
  ],
  [
    "Efter studieresan ska budgethandläggarna kunna bedöma styrkor och svagheter i flerårig budgetering.",
    [],
  ],
  ["Efter seminariet kan ekonomerna föreslå tre förändringar i kommunens budgetkalender.", []],
  [
    "Efter jobbskuggningen ska klimatsamordnaren kunna beskriva hur värdkommunen driver sin klimathandlingsplan.",
    [],
  ],
  [
    "Efter det internationella besöket ska de förtroendevalda kunna förklara skillnaden mellan politiskt och administrativt ansvar i den fysiska planeringen.",
    [],
  ],
  [
    "Vid slutet av utbytet ska projektgruppen kunna räkna upp de lokala målen i Agenda 2030 som kommunen har antagit.",
    [],
  ],
  [
    "Efter lärdomsworkshopen ska projektgruppen kunna formulera två konkreta ändringar i avfallstaxan.",
    [],
  ],
  [
    "Efter den kollegiala bedömningen ska båda partnergrupperna kunna ge återkoppling på varandras problemformulering och projektmål.",
    [],
  ],
  [
    "Efter delegationsbesöket ska kommunstyrelsens ordförande kunna rekommendera en modell för regelbunden medborgardialog.",
    [],
  ],
  [
    "Efter besöket i pilotområdet ska teknikerna kunna analysera kostnaderna för separat insamling av matavfall.",
    [],
  ],
  [
    "Efter konferensen ska deltagarna kunna motivera valet av indikatorer för att följa upp jämställdhet i kommunal service.",
    [],
  ],
  [
    "Efter motbesöket ska värdgruppen kunna prioritera de rekommendationer som de besökande förebilderna lämnade.",
    [],
  ],
  [
    "Efter studiebesöket kommer deltagarna att kunna utforma en samrådsprocess för unga invånare.",
    [],
  ],
  ["Projektgruppen ska efter studiebesöket kunna jämföra avfallstaxorna i de två kommunerna.", []],
  [
    "Efter studiebesöket, ska projektgruppen kunna kartlägga de informella insamlingsplatserna i Kisumu.",
    [],
  ],
  [
    "Efter utbytet ska de förtroendevalda kunna förklara hur de två kommunerna prioriterar och fördelar medel till stadsdelarna.",
    [],
  ],
  ["Efter besöket jämför deltagarna avgiftsmodellerna för hushållsavfall i Visby och Kisumu.", []],
];

const missingStem: Row[] = [
  [
    "Projektgruppen ska kunna identifiera de främsta hindren för kvinnors deltagande i den lokala planeringen.",
    ["missing_stem"],
  ],
  [
    "Deltagarna kommer att kunna jämföra reglerna för medborgarbudget i Sverige och Kenya.",
    ["missing_stem"],
  ],
  [
    "Kommunens planerare ska kunna ta fram en lokal handlingsplan för mål 11 i Agenda 2030.",
    ["missing_stem"],
  ],
  [
    "Budgethandläggarna identifierar de steg i budgetprocessen där de förtroendevalda deltar.",
    ["missing_stem"],
  ],
];

const missingAudience: Row[] = [
  [
    "Efter studiebesöket ska kunna identifiera de viktigaste delarna av jämställdhetsintegrering.",
    ["missing_audience"],
  ],
  [
    "Efter det kollegiala besöket: identifiera tre förbättringar av värdkommunens informationskampanj om sortering.",
    ["missing_audience"],
  ],
  [
    "Vid slutet av seminariet kunna förklara kommunens budgetcykel för nyvalda ledamöter.",
    ["missing_audience"],
  ],
  ["Jämföra klagomålshanteringen i de två kommunerna.", ["missing_stem", "missing_audience"]],
];

const unobservable: Row[] = [
  ["Efter studiebesöket ska projektgruppen förstå avfallshierarkin.", ["unobservable_verb"]],
  [
    "Efter besöket känner deltagarna till hur jämställdhetsbudgetering fungerar i svenska kommuner.",
    ["unobservable_verb"],
  ],
  [
    "Efter det internationella besöket ska politikerna lära sig om metoder för medborgardialog i Botkyrka.",
    ["unobservable_verb"],
  ],
  [
    "Efter workshopen ska styrgruppen vara medveten om riskerna med elitinflytande i medborgarbudgetar.",
    ["unobservable_verb"],
  ],
  [
    "Efter studieresan ska miljöhandläggarna ha kunskap om rutiner för övervakning av deponigas.",
    ["unobservable_verb"],
  ],
  [
    "Efter det kollegiala besöket ska ekonomiavdelningen få insikt i fördelarna med flerårsbudgetering.",
    ["unobservable_verb"],
  ],
  [
    "Efter seminariet får deltagarna en förståelse för hur de globala målen kan lokaliseras i kommunala planer.",
    ["unobservable_verb"],
  ],
  [
    "Efter delegationsbesöket ska ministrarna få en bättre förståelse för decentraliserad service.",
    ["unobservable_verb"],
  ],
  [
    "Efter besöket ska personalen veta mer om sortering.",
    ["unobservable_verb", "too_vague_content"],
  ],
];

const missingBehaviour: Row[] = [
  [
    "Efter studiebesöket ska projektgruppen kunna de grundläggande principerna för jämställdhetsbudgetering.",
    ["missing_behaviour"],
  ],
  [
    "Efter det kollegiala besöket: bättre samarbete mellan avfallsavdelningen och kommunfullmäktige.",
    ["missing_audience", "missing_behaviour"],
  ],
  [
    "Efter studiebesöket ska planeringsgruppen nya verktyg för medborgardialog i bostadsprojekt.",
    ["missing_behaviour"],
  ],
  [
    "Ökad kunskap om jämställdhetsintegrering hos projektgruppen efter besöket.",
    ["missing_stem", "missing_audience", "missing_behaviour"],
  ],
];

const missingContent: Row[] = [
  ["Efter studiebesöket ska projektgruppen kunna identifiera.", ["missing_content"]],
  ["Efter seminariet kan deltagarna jämföra.", ["missing_content"]],
  ["Efter det kollegiala besöket ska värdkommunen kunna föreslå.", ["missing_content"]],
  ["Efter besöket ska projektgruppen kunna", ["missing_behaviour", "missing_content"]],
];

const vague: Row[] = [
  ["Efter studiebesöket ska projektgruppen kunna identifiera goda exempel.", ["too_vague_content"]],
  ["Efter workshopen ska deltagarna kunna diskutera idéer.", ["too_vague_content"]],
  ["Efter besöket ska ledamöterna kunna jämföra erfarenheter.", ["too_vague_content"]],
  ["Efter konferensen ska ekonomigruppen kunna ta fram en budget.", ["too_vague_content"]],
];

const compound: Row[] = [
  [
    "Efter workshopen ska ekonomigruppen kunna identifiera och jämföra tre modeller för medborgarbudget.",
    ["compound_objective"],
  ],
  [
    "Efter studiebesöket ska projektgruppen kunna beskriva värdkommunens sorteringssystem och föreslå ett pilotprojekt för centrala marknaden.",
    ["compound_objective"],
  ],
  [
    "Efter det kollegiala besöket ska styrgruppen kunna bedöma dagens klagomålsrutin samt ta fram en plan för kortare svarstider.",
    ["compound_objective"],
  ],
  [
    "Efter studiebesöket ska jämställdhetssamordnarna kunna räkna upp verktygen som används i Botkyrka och förklara hur vart och ett tillämpas.",
    ["compound_objective"],
  ],
  [
    "Efter besöket ska deltagarna förstå avgiftsmodellen och kunna förklara den för fullmäktige.",
    ["unobservable_verb", "compound_objective"],
  ],
];

const empty: Row[] = [["", ["empty_objective"]]];

const tables: Record<string, Row[]> = {
  good,
  missingStem,
  missingAudience,
  unobservable,
  missingBehaviour,
  missingContent,
  vague,
  compound,
  empty,
};

describe("adviseObjective in Swedish", () => {
  for (const [name, rows] of Object.entries(tables)) {
    it.each(rows)(`${name}: %s`, (text, codes) => {
      const result = adviseObjective(text, text === "" ? "sv" : undefined);
      expect(result.advice.map((advice) => advice.code)).toEqual(codes);
      expect(result.parts.lang).toBe("sv");
    });
  }

  it("has at least 40 written objectives", () => {
    const written = Object.values(tables)
      .flat()
      .filter(([text]) => text.trim() !== "");
    expect(written.length).toBeGreaterThanOrEqual(40);
  });

  it("suggests Swedish observable verbs cued by the content", () => {
    const risks = adviseObjective(
      "Efter workshopen ska styrgruppen vara medveten om riskerna med elitinflytande i medborgarbudgetar.",
    );
    expect(risks.advice[0]?.params).toEqual({
      verb: "vara medveten om",
      suggestions: ["identifiera", "bedöma", "räkna upp", "beskriva"],
    });
    const how = adviseObjective(
      "Efter besöket känner deltagarna till hur jämställdhetsbudgetering fungerar i svenska kommuner.",
    );
    expect(how.advice[0]?.params).toEqual({
      verb: "känna till",
      suggestions: ["förklara", "beskriva", "identifiera", "räkna upp"],
    });
  });

  it("names both verbs of a compound objective", () => {
    const { advice } = adviseObjective(
      "Efter det kollegiala besöket ska styrgruppen kunna bedöma dagens klagomålsrutin samt ta fram en plan för kortare svarstider.",
    );
    expect(advice[0]?.params).toEqual({
      verbs: ["bedöma", "ta fram"],
      first: "bedöma",
      second: "ta fram",
    });
  });
});
