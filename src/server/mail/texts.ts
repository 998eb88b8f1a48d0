import type { UiLocale } from "../../shared/contracts/common";

type MailTexts = {
  invitationSubject: (p: { initiative: string }) => string;
  invitationBody: (p: {
    inviter: string;
    initiative: string;
    role: string;
    link: string;
    message: string;
    expires: string;
  }) => string;
  resetSubject: () => string;
  resetBody: (p: { link: string }) => string;
  intakeReminderSubject: (p: { initiative: string }) => string;
  intakeReminderBody: (p: {
    name: string;
    initiative: string;
    link: string;
    due: string;
  }) => string;
  matchReadySubject: (p: { initiative: string }) => string;
  matchReadyBody: (p: { name: string; initiative: string; link: string }) => string;
  /** Published matches left this peer without one; `link` is the survey when they never answered. */
  matchNoneSubject: (p: { initiative: string }) => string;
  matchNoneBody: (p: {
    name: string;
    initiative: string;
    link: string;
    hasAnswered: boolean;
  }) => string;
  roles: Record<string, string>;
};

const en: MailTexts = {
  invitationSubject: ({ initiative }) => `You are invited to join "${initiative}" on Kollega`,
  invitationBody: (p) =>
    [
      `${p.inviter} invites you to take part in "${p.initiative}" as ${p.role}.`,
      p.message ? `\nTheir note:\n${p.message}\n` : "",
      "Open this link to accept (it is personal, please do not forward it):",
      p.link,
      "",
      `The link works until ${p.expires}.`,
    ].join("\n"),
  resetSubject: () => "Reset your Kollega password",
  resetBody: ({ link }) =>
    [
      "Someone asked to reset the password of your Kollega account.",
      "If it was you, open this link within one hour to choose a new password:",
      link,
      "",
      "If it was not you, ignore this mail; your password stays as it is.",
    ].join("\n"),
  intakeReminderSubject: ({ initiative }) => `A few questions before "${initiative}" starts`,
  intakeReminderBody: (p) =>
    [
      `Hello ${p.name},`,
      "",
      `To bring together people who can learn from each other in "${p.initiative}", the facilitators ask every peer what they are working on: the challenges you face now, what you can offer and what you want to learn.`,
      p.due
        ? `Please answer by ${p.due}. It takes about ten minutes:`
        : "It takes about ten minutes:",
      p.link,
    ].join("\n"),
  matchReadySubject: ({ initiative }) => `Your peer match in "${initiative}" is ready`,
  matchReadyBody: (p) =>
    [
      `Hello ${p.name},`,
      "",
      `The facilitators of "${p.initiative}" have matched you with peers who face similar challenges.`,
      "See who they are and why you were matched, then accept or decline:",
      p.link,
    ].join("\n"),
  matchNoneSubject: ({ initiative }) => `No peer match for you in "${initiative}" this time`,
  matchNoneBody: (p) =>
    [
      `Hello ${p.name},`,
      "",
      `The facilitators of "${p.initiative}" have published the peer matches. This time you have not been matched with anyone.`,
      p.hasAnswered
        ? "The facilitators know why and will be in touch about what comes next. You can follow your match here:"
        : "You had not answered the intake survey, so the matching could not include you. Answer it and the facilitators can include you in the next round:",
      p.link,
    ].join("\n"),
  roles: {
    facilitator: "facilitator",
    peer: "peer",
    authoriser: "authoriser",
    moderator: "moderator",
    observer: "observer",
  },
};

const sv: MailTexts = {
  invitationSubject: ({ initiative }) => `Du är inbjuden till "${initiative}" i Kollega`,
  invitationBody: (p) =>
    [
      `${p.inviter} bjuder in dig att delta i "${p.initiative}" som ${p.role}.`,
      p.message ? `\nHälsning:\n${p.message}\n` : "",
      "Öppna länken för att tacka ja (den är personlig, skicka den inte vidare):",
      p.link,
      "",
      `Länken gäller till ${p.expires}.`,
    ].join("\n"),
  resetSubject: () => "Återställ ditt lösenord i Kollega",
  resetBody: ({ link }) =>
    [
      "Någon har bett om att få återställa lösenordet till ditt Kollega-konto.",
      "Om det var du, öppna länken inom en timme och välj ett nytt lösenord:",
      link,
      "",
      "Om det inte var du kan du bortse från detta mejl; lösenordet ändras inte.",
    ].join("\n"),
  intakeReminderSubject: ({ initiative }) => `Några frågor inför "${initiative}"`,
  intakeReminderBody: (p) =>
    [
      `Hej ${p.name},`,
      "",
      `För att para ihop personer som kan lära av varandra i "${p.initiative}" ber processledarna alla kollegor berätta vad de arbetar med: vilka utmaningar du har just nu, vad du kan bidra med och vad du vill lära dig.`,
      p.due
        ? `Svara senast ${p.due}. Det tar ungefär tio minuter:`
        : "Det tar ungefär tio minuter:",
      p.link,
    ].join("\n"),
  matchReadySubject: ({ initiative }) => `Din matchning i "${initiative}" är klar`,
  matchReadyBody: (p) =>
    [
      `Hej ${p.name},`,
      "",
      `Processledarna i "${p.initiative}" har matchat dig med kollegor som har liknande utmaningar.`,
      "Se vilka de är och varför ni matchades, och tacka sedan ja eller nej:",
      p.link,
    ].join("\n"),
  matchNoneSubject: ({ initiative }) => `Ingen matchning för dig i "${initiative}" den här gången`,
  matchNoneBody: (p) =>
    [
      `Hej ${p.name},`,
      "",
      `Processledarna i "${p.initiative}" har publicerat matchningen. Den här gången har du inte matchats med någon.`,
      p.hasAnswered
        ? "Processledarna vet varför och hör av sig om hur ni går vidare. Här kan du följa din matchning:"
        : "Du hade inte svarat på enkäten, så du kunde inte ingå i matchningen. Svara på den så kan processledarna ta med dig nästa gång:",
      p.link,
    ].join("\n"),
  roles: {
    facilitator: "processledare",
    peer: "kollega",
    authoriser: "uppdragsgivare",
    moderator: "moderator",
    observer: "observatör",
  },
};

const fr: MailTexts = {
  invitationSubject: ({ initiative }) => `Invitation à rejoindre « ${initiative} » sur Kollega`,
  invitationBody: (p) =>
    [
      `${p.inviter} vous invite à participer à « ${p.initiative} » en tant que ${p.role}.`,
      p.message ? `\nSon message :\n${p.message}\n` : "",
      "Ouvrez ce lien pour accepter (il est personnel, merci de ne pas le transférer) :",
      p.link,
      "",
      `Le lien est valable jusqu'au ${p.expires}.`,
    ].join("\n"),
  resetSubject: () => "Réinitialiser votre mot de passe Kollega",
  resetBody: ({ link }) =>
    [
      "Une réinitialisation du mot de passe de votre compte Kollega a été demandée.",
      "Si c'est vous, ouvrez ce lien dans l'heure pour choisir un nouveau mot de passe :",
      link,
      "",
      "Sinon, ignorez ce message ; votre mot de passe ne change pas.",
    ].join("\n"),
  intakeReminderSubject: ({ initiative }) => `Quelques questions avant « ${initiative} »`,
  intakeReminderBody: (p) =>
    [
      `Bonjour ${p.name},`,
      "",
      `Pour réunir des personnes qui peuvent apprendre les unes des autres dans « ${p.initiative} », l'équipe d'animation demande à chaque pair sur quoi il ou elle travaille : vos défis actuels, ce que vous pouvez apporter et ce que vous souhaitez apprendre.`,
      p.due
        ? `Merci de répondre avant le ${p.due}. Cela prend une dizaine de minutes :`
        : "Cela prend une dizaine de minutes :",
      p.link,
    ].join("\n"),
  matchReadySubject: ({ initiative }) => `Votre binôme dans « ${initiative} » est prêt`,
  matchReadyBody: (p) =>
    [
      `Bonjour ${p.name},`,
      "",
      `L'équipe d'animation de « ${p.initiative} » vous a associé·e à des pairs qui font face à des défis proches des vôtres.`,
      "Découvrez qui ils sont et pourquoi, puis acceptez ou déclinez :",
      p.link,
    ].join("\n"),
  matchNoneSubject: ({ initiative }) => `Pas de binôme pour vous dans « ${initiative} » cette fois`,
  matchNoneBody: (p) =>
    [
      `Bonjour ${p.name},`,
      "",
      `L'équipe d'animation de « ${p.initiative} » a publié les binômes. Cette fois, vous n'avez été associé·e à personne.`,
      p.hasAnswered
        ? "L'équipe d'animation en connaît la raison et reviendra vers vous pour la suite. Vous pouvez suivre votre situation ici :"
        : "Vous n'aviez pas répondu au questionnaire d'accueil ; la mise en relation n'a donc pas pu vous inclure. Répondez-y et l'équipe pourra vous inclure au prochain tour :",
      p.link,
    ].join("\n"),
  roles: {
    facilitator: "facilitateur·rice",
    peer: "pair",
    authoriser: "mandant·e",
    moderator: "modérateur·rice",
    observer: "observateur·rice",
  },
};

const es: MailTexts = {
  invitationSubject: ({ initiative }) => `Invitación a «${initiative}» en Kollega`,
  invitationBody: (p) =>
    [
      `${p.inviter} le invita a participar en «${p.initiative}» como ${p.role}.`,
      p.message ? `\nSu mensaje:\n${p.message}\n` : "",
      "Abra este enlace para aceptar (es personal, no lo reenvíe):",
      p.link,
      "",
      `El enlace es válido hasta el ${p.expires}.`,
    ].join("\n"),
  resetSubject: () => "Restablecer su contraseña de Kollega",
  resetBody: ({ link }) =>
    [
      "Se ha solicitado restablecer la contraseña de su cuenta de Kollega.",
      "Si fue usted, abra este enlace en menos de una hora para elegir una nueva contraseña:",
      link,
      "",
      "Si no fue usted, ignore este mensaje; su contraseña no cambia.",
    ].join("\n"),
  intakeReminderSubject: ({ initiative }) => `Unas preguntas antes de «${initiative}»`,
  intakeReminderBody: (p) =>
    [
      `Hola, ${p.name}:`,
      "",
      `Para reunir a personas que puedan aprender unas de otras en «${p.initiative}», el equipo facilitador pregunta a cada par en qué trabaja: los retos que afronta ahora, lo que puede ofrecer y lo que quiere aprender.`,
      p.due ? `Responda antes del ${p.due}. Son unos diez minutos:` : "Son unos diez minutos:",
      p.link,
    ].join("\n"),
  matchReadySubject: ({ initiative }) => `Su emparejamiento en «${initiative}» está listo`,
  matchReadyBody: (p) =>
    [
      `Hola, ${p.name}:`,
      "",
      `El equipo facilitador de «${p.initiative}» le ha emparejado con pares que afrontan retos parecidos.`,
      "Vea quiénes son y por qué, y después acepte o decline:",
      p.link,
    ].join("\n"),
  matchNoneSubject: ({ initiative }) => `Esta vez no tiene emparejamiento en «${initiative}»`,
  matchNoneBody: (p) =>
    [
      `Hola, ${p.name}:`,
      "",
      `El equipo facilitador de «${p.initiative}» ha publicado los emparejamientos. Esta vez no se le ha emparejado con nadie.`,
      p.hasAnswered
        ? "El equipo facilitador conoce el motivo y se pondrá en contacto con usted sobre los próximos pasos. Puede seguir su emparejamiento aquí:"
        : "No había respondido a la encuesta inicial, así que el emparejamiento no pudo incluirle. Respóndala y el equipo podrá tenerle en cuenta en la próxima ronda:",
      p.link,
    ].join("\n"),
  roles: {
    facilitator: "facilitador/a",
    peer: "par",
    authoriser: "mandante",
    moderator: "moderador/a",
    observer: "observador/a",
  },
};

const byLocale: Record<UiLocale, MailTexts> = { en, sv, fr, es };

/** The mail texts in a locale (English when unknown). */
export function mailTexts(locale: string): MailTexts {
  return byLocale[locale as UiLocale] ?? en;
}
