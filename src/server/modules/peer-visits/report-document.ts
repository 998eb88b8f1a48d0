import type { PeerVisitReport } from "../../../shared/contracts/peer-visit-report";
import { formatReportDate, getReportTexts, type ReportTexts } from "./report-texts";

/** One block of the report, the same for the HTML and the PDF rendering. */
export type ReportBlock =
  | { kind: "heading"; text: string }
  | { kind: "subheading"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "small"; text: string };

/** The report as a title and blocks, with every label in the report's language. */
export type ReportDocument = { lang: string; title: string; blocks: ReportBlock[] };

function describeVisit(report: PeerVisitReport, t: ReportTexts): ReportBlock[] {
  const date = (d: string) => formatReportDate(d, report.lang);
  return [
    { kind: "paragraph", text: report.activityTitle },
    {
      kind: "small",
      text: report.reportSharing === "initiative" ? t.shared : t.confidential,
    },
    {
      kind: "paragraph",
      text: t.dates({ from: date(report.visitStartsOn), to: date(report.visitEndsOn) }),
    },
    ...(report.hostOrganisationName
      ? [{ kind: "paragraph" as const, text: `${t.host}: ${report.hostOrganisationName}` }]
      : []),
    { kind: "paragraph", text: `${t.phase}: ${t.phases[report.phase]}` },
    { kind: "heading", text: t.area },
    { kind: "paragraph", text: report.areaToImprove || "—" },
  ];
}

function describePeople(report: PeerVisitReport, t: ReportTexts): ReportBlock[] {
  const items = report.people.map((p) => {
    const roles = p.roles.map((r) => t.roles[r]).join(", ");
    return `${p.displayName}${p.organisationName ? ` (${p.organisationName})` : ""}: ${roles}`;
  });
  const readiness = report.readiness.map((entry) => {
    const rating = entry.rating === null ? t.notRated : t.ratings[entry.rating as 1 | 2 | 3 | 4];
    return `${t.criteria[entry.criterion]}: ${rating}${entry.comment ? `. ${entry.comment}` : ""}`;
  });
  return [
    { kind: "heading", text: t.people },
    { kind: "list", items },
    { kind: "heading", text: t.readiness },
    { kind: "list", items: readiness },
  ];
}

function describeUnderstanding(report: PeerVisitReport, t: ReportTexts): ReportBlock[] {
  const agreed = report.commonUnderstanding;
  const head: ReportBlock = { kind: "heading", text: t.understanding };
  if (!agreed) return [head, { kind: "paragraph", text: t.noUnderstanding }];
  return [
    head,
    { kind: "subheading", text: t.strengths },
    { kind: "list", items: agreed.agreedStrengths },
    { kind: "subheading", text: t.weaknesses },
    { kind: "list", items: agreed.agreedWeaknesses },
    ...(agreed.note
      ? [
          { kind: "subheading" as const, text: t.note },
          { kind: "paragraph" as const, text: agreed.note },
        ]
      : []),
  ];
}

function describeActions(report: PeerVisitReport, t: ReportTexts): ReportBlock[] {
  const head: ReportBlock = { kind: "heading", text: t.actions };
  if (report.improvementActions.length === 0)
    return [head, { kind: "paragraph", text: t.noActions }];
  return [
    head,
    ...report.improvementActions.flatMap((action): ReportBlock[] => {
      const facts = [
        `${t.owner}: ${action.ownerName}`,
        action.dueOn ? `${t.due}: ${formatReportDate(action.dueOn, report.lang)}` : null,
        t.statuses[action.status],
      ].filter((f): f is string => f !== null);
      return [
        { kind: "subheading", text: action.title },
        { kind: "paragraph", text: facts.join(" · ") },
        ...(action.basedOn
          ? [{ kind: "small" as const, text: `${t.basedOn}: ${action.basedOn}` }]
          : []),
        ...(action.progressNote
          ? [{ kind: "paragraph" as const, text: `${t.progress}: ${action.progressNote}` }]
          : []),
      ];
    }),
  ];
}

/** Lays the report out as blocks in its language (`report.lang`). */
export function buildReportDocument(report: PeerVisitReport): ReportDocument {
  const t = getReportTexts(report.lang);
  return {
    lang: report.lang,
    title: t.title,
    blocks: [
      ...describeVisit(report, t),
      ...describePeople(report, t),
      ...describeUnderstanding(report, t),
      ...describeActions(report, t),
      {
        kind: "small",
        text: t.generated({ on: formatReportDate(report.generatedAt, report.lang) }),
      },
    ],
  };
}
