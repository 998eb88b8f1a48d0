import type {
  ImprovementActionStatus,
  PeerVisitPhase,
} from "../../../domain/peer-visit/phase-gates";
import type { VisitRole } from "../../../domain/peer-visit/visit-actor";
import type { UiLocale } from "../../../shared/contracts/common";
import type { ReadinessCriterion } from "../../../shared/contracts/peer-visits";

/** Every text of the peer visit report (HTML and PDF), in one language. Our own wording. */
export type ReportTexts = {
  title: string;
  confidential: string;
  shared: string;
  dates: (p: { from: string; to: string }) => string;
  host: string;
  phase: string;
  area: string;
  people: string;
  readiness: string;
  notRated: string;
  understanding: string;
  strengths: string;
  weaknesses: string;
  noUnderstanding: string;
  note: string;
  actions: string;
  noActions: string;
  owner: string;
  due: string;
  basedOn: string;
  progress: string;
  generated: (p: { on: string }) => string;
  roles: Record<VisitRole, string>;
  phases: Record<PeerVisitPhase, string>;
  criteria: Record<ReadinessCriterion, string>;
  ratings: Record<1 | 2 | 3 | 4, string>;
  statuses: Record<ImprovementActionStatus, string>;
};

const en: ReportTexts = {
  title: "Peer visit report",
  confidential: "Confidential: for the host, the moderator and the facilitators of the initiative.",
  shared: "Shared by the host with every member of the initiative.",
  dates: ({ from, to }) => (from === to ? `Visit on ${from}` : `Visit from ${from} to ${to}`),
  host: "Host organisation",
  phase: "Where the visit stands",
  area: "Area the host asked feedback on",
  people: "Who took part",
  readiness: "The host's readiness self-assessment",
  notRated: "not rated",
  understanding: "Common understanding agreed in the feedback session",
  strengths: "Strengths",
  weaknesses: "Weaknesses",
  noUnderstanding: "The feedback session has not recorded a common understanding yet.",
  note: "Note from the session",
  actions: "Improvement actions",
  noActions: "No improvement actions planned yet.",
  owner: "Owner",
  due: "Due",
  basedOn: "Answers",
  progress: "Progress",
  generated: ({ on }) => `Produced by Kollega on ${on}.`,
  roles: {
    facilitator: "facilitator",
    host: "host",
    moderator: "moderator",
    visiting_peer: "visiting peer",
    other: "expert",
  },
  phases: {
    preparation: "Preparation",
    visit: "Visit",
    feedback: "Feedback",
    follow_up: "Follow-up",
    closed: "Closed",
  },
  criteria: {
    leadership_commitment: "Leadership commitment",
    staff_capacity: "Staff capacity",
    resources: "Resources",
    evidence_and_data: "Evidence and data",
    stakeholder_involvement: "Involvement of stakeholders",
    openness_to_change: "Openness to change",
  },
  ratings: { 1: "not in place", 2: "beginning", 3: "largely in place", 4: "fully in place" },
  statuses: { planned: "planned", in_progress: "under way", done: "done", dropped: "dropped" },
};

const sv: ReportTexts = {
  title: "Rapport från kollegabesöket",
  confidential: "Konfidentiell: för värden, moderatorn och initiativets facilitatorer.",
  shared: "Delad av värden med alla medlemmar i initiativet.",
  dates: ({ from, to }) => (from === to ? `Besök ${from}` : `Besök ${from} till ${to}`),
  host: "Värdorganisation",
  phase: "Var besöket står",
  area: "Område som värden bad om återkoppling på",
  people: "Deltagare",
  readiness: "Värdens självskattning av organisationens beredskap",
  notRated: "ej bedömd",
  understanding: "Gemensam förståelse från återkopplingsmötet",
  strengths: "Styrkor",
  weaknesses: "Svagheter",
  noUnderstanding: "Återkopplingsmötet har ännu inte dokumenterat någon gemensam förståelse.",
  note: "Anteckning från mötet",
  actions: "Förbättringsåtgärder",
  noActions: "Inga förbättringsåtgärder planerade ännu.",
  owner: "Ansvarig",
  due: "Klart senast",
  basedOn: "Svarar på",
  progress: "Lägesrapport",
  generated: ({ on }) => `Framtagen i Kollega ${on}.`,
  roles: {
    facilitator: "facilitator",
    host: "värd",
    moderator: "moderator",
    visiting_peer: "besökande kollega",
    other: "expert",
  },
  phases: {
    preparation: "Förberedelse",
    visit: "Besök",
    feedback: "Återkoppling",
    follow_up: "Uppföljning",
    closed: "Avslutat",
  },
  criteria: {
    leadership_commitment: "Ledningens engagemang",
    staff_capacity: "Personalens kapacitet",
    resources: "Resurser",
    evidence_and_data: "Underlag och data",
    stakeholder_involvement: "Intressenternas delaktighet",
    openness_to_change: "Öppenhet för förändring",
  },
  ratings: { 1: "saknas", 2: "påbörjad", 3: "till stor del på plats", 4: "helt på plats" },
  statuses: { planned: "planerad", in_progress: "pågår", done: "klar", dropped: "avförd" },
};

const fr: ReportTexts = {
  title: "Rapport de visite entre pairs",
  confidential: "Confidentiel : pour l'hôte, le modérateur et les facilitateurs de l'initiative.",
  shared: "Partagé par l'hôte avec tous les membres de l'initiative.",
  dates: ({ from, to }) => (from === to ? `Visite le ${from}` : `Visite du ${from} au ${to}`),
  host: "Organisation hôte",
  phase: "Où en est la visite",
  area: "Domaine sur lequel l'hôte a demandé un retour",
  people: "Participants",
  readiness: "Auto-évaluation de l'hôte : préparation de l'organisation",
  notRated: "non évalué",
  understanding: "Compréhension commune convenue lors de la séance de retour",
  strengths: "Points forts",
  weaknesses: "Points faibles",
  noUnderstanding: "La séance de retour n'a pas encore consigné de compréhension commune.",
  note: "Note de la séance",
  actions: "Actions d'amélioration",
  noActions: "Aucune action d'amélioration prévue pour l'instant.",
  owner: "Responsable",
  due: "Échéance",
  basedOn: "Répond à",
  progress: "Avancement",
  generated: ({ on }) => `Produit par Kollega le ${on}.`,
  roles: {
    facilitator: "facilitateur",
    host: "hôte",
    moderator: "modérateur",
    visiting_peer: "pair visiteur",
    other: "expert",
  },
  phases: {
    preparation: "Préparation",
    visit: "Visite",
    feedback: "Retour",
    follow_up: "Suivi",
    closed: "Clôturée",
  },
  criteria: {
    leadership_commitment: "Engagement de la direction",
    staff_capacity: "Capacités du personnel",
    resources: "Ressources",
    evidence_and_data: "Données et éléments probants",
    stakeholder_involvement: "Implication des parties prenantes",
    openness_to_change: "Ouverture au changement",
  },
  ratings: { 1: "absent", 2: "amorcé", 3: "largement en place", 4: "pleinement en place" },
  statuses: { planned: "prévue", in_progress: "en cours", done: "réalisée", dropped: "abandonnée" },
};

const es: ReportTexts = {
  title: "Informe de la visita entre pares",
  confidential:
    "Confidencial: para el anfitrión, el moderador y los facilitadores de la iniciativa.",
  shared: "Compartido por el anfitrión con todos los miembros de la iniciativa.",
  dates: ({ from, to }) => (from === to ? `Visita el ${from}` : `Visita del ${from} al ${to}`),
  host: "Organización anfitriona",
  phase: "Estado de la visita",
  area: "Ámbito sobre el que el anfitrión pidió retroalimentación",
  people: "Participantes",
  readiness: "Autoevaluación del anfitrión: preparación de la organización",
  notRated: "sin valorar",
  understanding: "Entendimiento común acordado en la sesión de retroalimentación",
  strengths: "Fortalezas",
  weaknesses: "Debilidades",
  noUnderstanding: "La sesión de retroalimentación aún no ha registrado un entendimiento común.",
  note: "Nota de la sesión",
  actions: "Acciones de mejora",
  noActions: "Aún no hay acciones de mejora previstas.",
  owner: "Responsable",
  due: "Plazo",
  basedOn: "Responde a",
  progress: "Avance",
  generated: ({ on }) => `Generado por Kollega el ${on}.`,
  roles: {
    facilitator: "facilitador",
    host: "anfitrión",
    moderator: "moderador",
    visiting_peer: "par visitante",
    other: "experto",
  },
  phases: {
    preparation: "Preparación",
    visit: "Visita",
    feedback: "Retroalimentación",
    follow_up: "Seguimiento",
    closed: "Cerrada",
  },
  criteria: {
    leadership_commitment: "Compromiso de la dirección",
    staff_capacity: "Capacidad del personal",
    resources: "Recursos",
    evidence_and_data: "Datos y evidencias",
    stakeholder_involvement: "Participación de las partes interesadas",
    openness_to_change: "Apertura al cambio",
  },
  ratings: {
    1: "inexistente",
    2: "incipiente",
    3: "en gran parte implantado",
    4: "plenamente implantado",
  },
  statuses: { planned: "prevista", in_progress: "en curso", done: "hecha", dropped: "descartada" },
};

const byLocale: Record<UiLocale, ReportTexts> = { en, sv, fr, es };

/** The report's texts in `locale` (every UI language has them). */
export function getReportTexts(locale: UiLocale): ReportTexts {
  return byLocale[locale];
}

/** A `YYYY-MM-DD` date written out in `locale`, e.g. "3 March 2027" / "3 mars 2027". */
export function formatReportDate(isoDate: string, locale: UiLocale): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  // English the British way (day month year), as the web app writes dates.
  const tag = locale === "en" ? "en-GB" : locale;
  return new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" }).format(date);
}
