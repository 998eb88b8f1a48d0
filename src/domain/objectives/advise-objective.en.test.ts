import { describe, expect, it } from "vitest";
import { adviseObjective } from "./advise-objective";
import type { AdviceCode } from "./objective-types";

type Row = [text: string, codes: AdviceCode[]];

const good: Row[] = [
  [
    "After the study visit, the project team are able to identify the key components of gender mainstreaming.",
    [],
  ],
  [
    "After the steering group's international visit, politicians are able to define their role and responsibilities as a steering group.",
    [],
  ],
  [
    "After the peer visit to Kisumu, the waste management officers are able to compare household waste collection routes in both municipalities.",
    [],
  ],
  [
    "By the end of the workshop, participants will be able to draft a citizen dialogue plan for the new school district.",
    [],
  ],
  [
    "After the study tour, budget officers are able to assess the strengths and weaknesses of medium-term expenditure frameworks.",
    [],
  ],
  [
    "Following the seminar, the finance team can propose three changes to the municipal budget calendar.",
    [],
  ],
  [
    "After the work shadowing, the climate coordinator is able to describe how the host municipality runs its climate action plan.",
    [],
  ],
  [
    "After the international visit, councillors are able to explain the difference between political and administrative responsibilities in local planning.",
    [],
  ],
  [
    "At the end of the exchange, the project group are able to list the local Global Goals targets their municipality has adopted.",
    [],
  ],
  [
    "After the lessons-learnt workshop, the project team are able to formulate two concrete changes to their waste fee structure.",
    [],
  ],
  [
    "After the peer assessment, both partner teams are able to give feedback on each other's problem definition and project goals.",
    [],
  ],
  [
    "After the delegation visit, the mayors are able to recommend a model for regular citizen dialogue in council decisions.",
    [],
  ],
  [
    "After the visit to the pilot area, the technical staff are able to analyse the costs of separate collection of organic waste.",
    [],
  ],
  [
    "After the conference, participants are able to justify the choice of indicators for monitoring gender equality in municipal services.",
    [],
  ],
  [
    "After the study visit in Uppsala, the youth council coordinators are able to design a consultation process for young residents.",
    [],
  ],
  [
    "On completion of the online session, the budget officers are able to calculate the gender impact of next year's investment budget.",
    [],
  ],
  [
    "After the reverse visit, the host team are able to prioritise the recommendations made by the visiting champions.",
    [],
  ],
  [
    "Participants will, after the study visit, be able to compare the two municipalities' approaches to citizen budgets.",
    [],
  ],
  [
    "After the study visit to Kisumu County the waste team are able to map the informal collection points.",
    [],
  ],
  [
    "After the exchange, councillors are able to explain how the two councils set priorities and allocate funds to districts.",
    [],
  ],
];

const missingStem: Row[] = [
  [
    "The project team are able to identify the main barriers to women's participation in local planning.",
    ["missing_stem"],
  ],
  [
    "Participants will be able to compare participatory budgeting rules in Sweden and Kenya.",
    ["missing_stem"],
  ],
  ["Municipal planners can draft a localised action plan for Global Goal 11.", ["missing_stem"]],
  [
    "Budget officers identify the steps of the annual budget process that involve elected representatives.",
    ["missing_stem"],
  ],
];

const missingAudience: Row[] = [
  [
    "After the study visit, are able to identify key components of gender mainstreaming.",
    ["missing_audience"],
  ],
  [
    "After the peer visit, identify three improvements to the host's waste sorting information campaign.",
    ["missing_audience"],
  ],
  [
    "By the end of the seminar, be able to explain the municipal budget cycle to newly elected councillors.",
    ["missing_audience"],
  ],
  [
    "Compare the complaint-handling procedures of the two municipalities.",
    ["missing_stem", "missing_audience"],
  ],
];

const unobservable: Row[] = [
  [
    "After the study visit, the project team will understand the waste hierarchy.",
    ["unobservable_verb"],
  ],
  [
    "After the visit, participants know about gender budgeting in Swedish municipalities.",
    ["unobservable_verb"],
  ],
  [
    "After the international visit, politicians are able to learn about citizen dialogue methods used in Botkyrka.",
    ["unobservable_verb"],
  ],
  [
    "After the workshop, the steering group will be aware of the risks of elite capture in participatory budgeting.",
    ["unobservable_verb"],
  ],
  [
    "After the study tour, the environment officers will be familiar with landfill gas monitoring routines.",
    ["unobservable_verb"],
  ],
  [
    "After the peer visit, the finance department will appreciate the value of multi-year budgeting.",
    ["unobservable_verb"],
  ],
  [
    "After the seminar, participants gain an understanding of how the Global Goals can be localised in municipal plans.",
    ["unobservable_verb"],
  ],
  [
    "After the delegation visit, the ministers will have a better understanding of decentralised service delivery.",
    ["unobservable_verb"],
  ],
  [
    "After the visit, the staff will understand things.",
    ["unobservable_verb", "too_vague_content"],
  ],
];

const missingBehaviour: Row[] = [
  [
    "After the study visit, the project team are able to the main principles of gender-responsive budgeting.",
    ["missing_behaviour"],
  ],
  [
    "After the peer visit: better cooperation between the waste department and the council.",
    ["missing_audience", "missing_behaviour"],
  ],
  [
    "After the study visit, the planning team: new tools for citizen dialogue in housing projects.",
    ["missing_behaviour"],
  ],
  [
    "Improved knowledge of gender mainstreaming among the project team after the visit.",
    ["missing_stem", "missing_audience", "missing_behaviour"],
  ],
];

const missingContent: Row[] = [
  ["After the study visit, the project team are able to identify.", ["missing_content"]],
  ["After the seminar, participants can compare.", ["missing_content"]],
  ["After the peer visit, the host municipality is able to propose.", ["missing_content"]],
  ["After the visit, the project team are able to", ["missing_behaviour", "missing_content"]],
];

const vague: Row[] = [
  [
    "After the study visit, the project team are able to identify good practices.",
    ["too_vague_content"],
  ],
  ["After the workshop, participants are able to discuss ideas.", ["too_vague_content"]],
  ["After the visit, the councillors are able to compare experiences.", ["too_vague_content"]],
  ["After the conference, the finance team are able to draft a budget.", ["too_vague_content"]],
];

const compound: Row[] = [
  [
    "After the workshop, the finance team are able to identify and compare three models for participatory budgeting.",
    ["compound_objective"],
  ],
  [
    "After the study visit, the project team are able to describe the host's sorting system and propose a pilot for the central market.",
    ["compound_objective"],
  ],
  [
    "After the peer visit, the steering group can assess the current complaint procedure and draft a plan to shorten response times.",
    ["compound_objective"],
  ],
  [
    "After the study visit, the gender focal points are able to list the tools used in Botkyrka and explain how each is applied.",
    ["compound_objective"],
  ],
  [
    "After the visit, participants will understand the waste fee model and be able to explain it to the council.",
    ["unobservable_verb", "compound_objective"],
  ],
];

const empty: Row[] = [
  ["", ["empty_objective"]],
  ["   ", ["empty_objective"]],
];

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

describe("adviseObjective in English", () => {
  for (const [name, rows] of Object.entries(tables)) {
    it.each(rows)(`${name}: %s`, (text, codes) => {
      const result = adviseObjective(text);
      expect(result.advice.map((advice) => advice.code)).toEqual(codes);
      if (text.trim() !== "") expect(result.parts.lang).toBe("en");
    });
  }

  it("has at least 40 written objectives", () => {
    const written = Object.values(tables)
      .flat()
      .filter(([text]) => text.trim() !== "");
    expect(written.length).toBeGreaterThanOrEqual(40);
  });

  it("marks a missing stem as info and everything else as a warning", () => {
    const { advice } = adviseObjective(
      "Compare the complaint-handling procedures of the two municipalities.",
    );
    expect(advice).toEqual([
      { code: "missing_stem", severity: "info", params: {} },
      { code: "missing_audience", severity: "warning", params: {} },
    ]);
  });

  it("suggests observable verbs cued by the content", () => {
    const risks = adviseObjective(
      "After the workshop, the steering group will be aware of the risks of elite capture in participatory budgeting.",
    );
    expect(risks.advice[0]?.params).toEqual({
      verb: "be aware of",
      suggestions: ["identify", "assess", "list", "describe"],
    });
    const hierarchy = adviseObjective(
      "After the study visit, the project team will understand the waste hierarchy.",
    );
    expect(hierarchy.advice[0]?.params).toEqual({
      verb: "understand",
      suggestions: ["explain", "describe", "compare", "exemplify"],
    });
    const differences = adviseObjective(
      "After the visit, councillors will know the differences between the two planning laws.",
    );
    expect(differences.advice[0]?.params.suggestions).toEqual([
      "compare",
      "identify",
      "list",
      "describe",
    ]);
  });

  it("names both verbs of a compound objective", () => {
    const { advice } = adviseObjective(
      "After the workshop, the finance team are able to identify and compare three models for participatory budgeting.",
    );
    expect(advice[0]?.params).toEqual({
      verbs: ["identify", "compare"],
      first: "identify",
      second: "compare",
    });
  });

  it("follows a language hint even when the text looks English", () => {
    expect(
      adviseObjective("After the visit, participants can compare fees.", "sv").parts.lang,
    ).toBe("sv");
  });
});
