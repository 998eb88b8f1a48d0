import type { TextLanguage } from "./matching-peer";
import { stripDiacritics } from "./stemmers";

const english = `a about above after again against all also am an and any are as at be because been
before being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is it its
itself just me more most my myself no nor not now of off on once only or other our ours ourselves
out over own same she should so some such than that the their theirs them themselves then there
these they this those through to too under until up very was we were what when where which while
who whom why will with would you your yours yourself yourselves us many much need needs want how
our get make way like`;

const swedish = `och i att det som en på är av för med till den har de inte om ett han men var jag
sig från vi så kan man när år säger hon under också efter eller nu sin där vid mot ska skulle kommer
ut får finns vara hade alla andra mycket än här då sedan över bara in blir upp även vad få två vill
ha många hur mer går sina dem ni dig mig oss vår våra vårt er era ert deras hans hennes dess denna
detta dessa vilken vilka vilket inom utan genom mellan samt både varje sådan sådana själv bli blev
varit vilket kunna måste behöver behov`;

const french = `au aux avec ce ces dans de des du elle en et eux il ils je la le les leur leurs lui
ma mais me même mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se ses son sur ta
te tes toi ton tu un une vos votre vous c d j l à m n s t y été être avoir ai as avons avez ont
était étaient est sont sera seront fait faire comme plus moins très tout tous toute toutes cette
cet aussi donc car entre sans sous chez leurs quand comment dont ainsi afin lors selon besoin
notamment peut peuvent doit doivent`;

const spanish = `de la que el en y a los del se las por un para con no una su al lo como más pero
sus le ya o este sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde
todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mí antes algunos qué unos
yo otro otras otra él tanto esa estos mucho quienes nada muchos cual poco ella estar estas algunas
algo nosotros mi mis tú te ti tu tus ellas nuestra nuestro nuestros nuestras vosotros es son ser
fue han ha está están hacer cómo cada mientras según necesita necesitamos puede pueden debe deben`;

/**
 * French and Spanish answers are often typed without accents, so those lists also hold the
 * unaccented form; Swedish å/ä/ö are letters of their own and are kept apart.
 */
function toSet(words: string, isAccentOptional = false): ReadonlySet<string> {
  const list = words.split(/\s+/u).filter((w) => w.length > 0);
  return new Set(isAccentOptional ? [...list, ...list.map(stripDiacritics)] : list);
}

const stopWordSets: Readonly<Record<TextLanguage, ReadonlySet<string>>> = {
  en: toSet(english),
  sv: toSet(swedish),
  fr: toSet(french, true),
  es: toSet(spanish, true),
};

/**
 * Is this lower-cased word too common in `lang` to say anything about a challenge?
 * The lists are short and our own: function words plus a few survey fillers ("need", "behov").
 */
export function isStopWord(word: string, lang: TextLanguage): boolean {
  return stopWordSets[lang].has(word);
}
