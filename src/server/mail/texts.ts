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
