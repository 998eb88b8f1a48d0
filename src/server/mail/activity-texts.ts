import type { ChecklistItemKey } from "../../domain/catalogue/logistics-checklist";
import type { UiLocale } from "../../shared/contracts/common";

/** The facts of an activity invitation, already formatted (dates ISO, times local + zone). */
export type InvitationFacts = {
  name: string;
  activity: string;
  initiative: string;
  role: string;
  when: string;
  where: string;
  agenda: string[];
  link: string;
};

/** Overdue tasks of one initiative, for the daily reminder. */
export type OverdueGroup = {
  initiative: string;
  link: string;
  items: { label: string; activity: string; due: string }[];
};

type ActivityMailTexts = {
  invitationSubject: (p: { activity: string; when: string }) => string;
  invitationBody: (p: InvitationFacts) => string;
  reminderSubject: (p: { count: number }) => string;
  reminderBody: (p: { name: string; groups: OverdueGroup[] }) => string;
  participantRoles: Record<string, string>;
  checklistItems: Record<ChecklistItemKey, string>;
  /** Label of the learning objectives in a calendar event's description. */
  calendarObjectives: string;
};

type Words = {
  hello: string;
  invited: (p: InvitationFacts) => string;
  when: string;
  where: string;
  agenda: string;
  answer: string;
  overdueIntro: string;
  inInitiative: (initiative: string) => string;
  due: string;
  fix: string;
};

function invitationBody(w: Words) {
  return (p: InvitationFacts) =>
    [
      `${w.hello} ${p.name},`,
      "",
      w.invited(p),
      "",
      `${w.when}: ${p.when}`,
      `${w.where}: ${p.where}`,
      ...(p.agenda.length > 0 ? ["", `${w.agenda}:`, ...p.agenda.map((line) => `- ${line}`)] : []),
      "",
      w.answer,
      p.link,
    ].join("\n");
}

function reminderBody(w: Words) {
  return (p: { name: string; groups: OverdueGroup[] }) =>
    [
      `${w.hello} ${p.name},`,
      "",
      w.overdueIntro,
      ...p.groups.flatMap((g) => [
        "",
        w.inInitiative(g.initiative),
        ...g.items.map((i) => `- ${i.label} (${i.activity}), ${w.due} ${i.due}`),
        `${w.fix} ${g.link}`,
      ]),
    ].join("\n");
}

const enWords: Words = {
  hello: "Hello",
  invited: (p) => `You are invited to "${p.activity}" in "${p.initiative}" as ${p.role}.`,
  when: "When",
  where: "Where",
  agenda: "Agenda",
  answer: "Please let us know whether you will come. This link is personal, do not forward it:",
  overdueIntro: "These tasks are yours and past their due date:",
  inInitiative: (i) => `In "${i}":`,
  due: "due",
  fix: "Mark them done or agree a new date here:",
};

const en: ActivityMailTexts = {
  invitationSubject: ({ activity, when }) => `Invitation: "${activity}", ${when}`,
  invitationBody: invitationBody(enWords),
  reminderSubject: ({ count }) =>
    count === 1 ? "One overdue task in Kollega" : `${count} overdue tasks in Kollega`,
  reminderBody: reminderBody(enWords),
  participantRoles: {
    host: "host",
    visiting_peer: "visiting peer",
    moderator: "moderator",
    expert: "expert",
  },
  checklistItems: {
    budget_approved: "Budget approved",
    venue_booked: "Venue booked",
    visas_applied: "Visa applications submitted",
    invitations_sent: "Invitations sent with the agenda",
    travel_booked: "Travel and accommodation booked",
    confirmations_received: "Participants have confirmed",
    appointments_confirmed: "Meetings with key people confirmed",
    embassies_informed: "Embassies informed",
    media_informed: "Media informed",
    insurance_arranged: "Travel insurance arranged",
    briefing_material_sent: "Briefing material sent to participants",
    link_tested: "Meeting link tested",
  },
  calendarObjectives: "Learning objectives",
};

const svWords: Words = {
  hello: "Hej",
  invited: (p) => `Du är inbjuden till "${p.activity}" i "${p.initiative}" som ${p.role}.`,
  when: "När",
  where: "Var",
  agenda: "Program",
  answer: "Meddela gärna om du kommer. Länken är personlig, skicka den inte vidare:",
  overdueIntro: "De här uppgifterna är dina och har passerat sitt datum:",
  inInitiative: (i) => `I "${i}":`,
  due: "senast",
  fix: "Markera dem som klara eller kom överens om ett nytt datum här:",
};

const sv: ActivityMailTexts = {
  invitationSubject: ({ activity, when }) => `Inbjudan: "${activity}", ${when}`,
  invitationBody: invitationBody(svWords),
  reminderSubject: ({ count }) =>
    count === 1 ? "En försenad uppgift i Kollega" : `${count} försenade uppgifter i Kollega`,
  reminderBody: reminderBody(svWords),
  participantRoles: {
    host: "värd",
    visiting_peer: "besökande kollega",
    moderator: "moderator",
    expert: "expert",
  },
  checklistItems: {
    budget_approved: "Budgeten är godkänd",
    venue_booked: "Lokalen är bokad",
    visas_applied: "Visumansökningarna är inlämnade",
    invitations_sent: "Inbjudan med program är skickad",
    travel_booked: "Resor och boende är bokade",
    confirmations_received: "Deltagarna har bekräftat",
    appointments_confirmed: "Möten med nyckelpersoner är bekräftade",
    embassies_informed: "Ambassaderna är informerade",
    media_informed: "Medierna är informerade",
    insurance_arranged: "Reseförsäkringen är ordnad",
    briefing_material_sent: "Förberedande material är skickat till deltagarna",
    link_tested: "Möteslänken är testad",
  },
  calendarObjectives: "Lärandemål",
};

const frWords: Words = {
  hello: "Bonjour",
  invited: (p) =>
    `Vous êtes invité·e à « ${p.activity} » dans « ${p.initiative} » en tant que ${p.role}.`,
  when: "Quand",
  where: "Où",
  agenda: "Programme",
  answer: "Merci de nous dire si vous venez. Ce lien est personnel, ne le transférez pas :",
  overdueIntro: "Ces tâches vous sont confiées et leur échéance est passée :",
  inInitiative: (i) => `Dans « ${i} » :`,
  due: "échéance",
  fix: "Marquez-les comme faites ou convenez d'une nouvelle date ici :",
};

const fr: ActivityMailTexts = {
  invitationSubject: ({ activity, when }) => `Invitation : « ${activity} », ${when}`,
  invitationBody: invitationBody(frWords),
  reminderSubject: ({ count }) =>
    count === 1 ? "Une tâche en retard dans Kollega" : `${count} tâches en retard dans Kollega`,
  reminderBody: reminderBody(frWords),
  participantRoles: {
    host: "hôte",
    visiting_peer: "pair en visite",
    moderator: "modérateur·rice",
    expert: "expert·e",
  },
  checklistItems: {
    budget_approved: "Budget approuvé",
    venue_booked: "Salle réservée",
    visas_applied: "Demandes de visa déposées",
    invitations_sent: "Invitations envoyées avec le programme",
    travel_booked: "Voyages et hébergement réservés",
    confirmations_received: "Participation confirmée par chacun",
    appointments_confirmed: "Rendez-vous avec les personnes clés confirmés",
    embassies_informed: "Ambassades informées",
    media_informed: "Médias informés",
    insurance_arranged: "Assurance voyage souscrite",
    briefing_material_sent: "Documents préparatoires envoyés aux participants",
    link_tested: "Lien de réunion testé",
  },
  calendarObjectives: "Objectifs d'apprentissage",
};

const esWords: Words = {
  hello: "Hola",
  invited: (p) => `Le invitamos a «${p.activity}» en «${p.initiative}» como ${p.role}.`,
  when: "Cuándo",
  where: "Dónde",
  agenda: "Programa",
  answer: "Díganos si podrá asistir. Este enlace es personal, no lo reenvíe:",
  overdueIntro: "Estas tareas le corresponden y ya pasó su fecha límite:",
  inInitiative: (i) => `En «${i}»:`,
  due: "fecha límite",
  fix: "Márquelas como hechas o acuerde una nueva fecha aquí:",
};

const es: ActivityMailTexts = {
  invitationSubject: ({ activity, when }) => `Invitación: «${activity}», ${when}`,
  invitationBody: invitationBody(esWords),
  reminderSubject: ({ count }) =>
    count === 1 ? "Una tarea atrasada en Kollega" : `${count} tareas atrasadas en Kollega`,
  reminderBody: reminderBody(esWords),
  participantRoles: {
    host: "anfitrión/a",
    visiting_peer: "par visitante",
    moderator: "moderador/a",
    expert: "experto/a",
  },
  checklistItems: {
    budget_approved: "Presupuesto aprobado",
    venue_booked: "Sala reservada",
    visas_applied: "Solicitudes de visado presentadas",
    invitations_sent: "Invitaciones enviadas con el programa",
    travel_booked: "Viajes y alojamiento reservados",
    confirmations_received: "Los participantes han confirmado",
    appointments_confirmed: "Reuniones con personas clave confirmadas",
    embassies_informed: "Embajadas informadas",
    media_informed: "Medios informados",
    insurance_arranged: "Seguro de viaje contratado",
    briefing_material_sent: "Material informativo enviado a los participantes",
    link_tested: "Enlace de la reunión probado",
  },
  calendarObjectives: "Objetivos de aprendizaje",
};

const byLocale: Record<UiLocale, ActivityMailTexts> = { en, sv, fr, es };

/**
 * Texts of the activity mails (invitations with RSVP link, overdue-task reminders) and of
 * calendar exports, in a locale (English when unknown). Kept beside texts.ts so each file
 * stays small; the wording is ours.
 */
export function activityMailTexts(locale: string): ActivityMailTexts {
  return byLocale[locale as UiLocale] ?? en;
}
