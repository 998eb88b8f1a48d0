import type { FeedbackLanguage } from "./text-terms";

/** Splits a list written as text: by "|" when it has phrases, else by whitespace. */
function splitList(text: string): string[] {
  const separator = text.includes("|") ? "|" : /\s+/;
  return text
    .split(separator)
    .map((entry) => entry.trim().replace(/\s+/g, " "))
    .filter((entry) => entry.length > 0);
}

/**
 * The word lists behind the feedback hints, per language. Deliberately modest: a hint is a
 * nudge to re-read a sentence, never a block, so the lists favour words that are nearly always
 * a sign of the problem over broad patterns that would nag on good feedback.
 *
 * `...Words` match as typed (every inflected form is listed); `...Nouns` also match with plural
 * and definite endings and, in Swedish, as the tail of a compound; `...Phrases` match as whole
 * words in a row. All entries are lower-case.
 */
export interface FeedbackLexicon {
  /** Verdicts that judge instead of describing. */
  judgmentalWords: readonly string[];
  /** Praise that is a verdict too unless something concrete backs it. */
  praiseWords: readonly string[];
  /** Words that show the praise rests on something ("because", "for example"). */
  evidencePhrases: readonly string[];
  /** Documents, processes, places and units: naming one makes feedback specific. */
  concreteNouns: readonly string[];
  /** Number words and calendar words that pin feedback to a count or a time. */
  concreteWords: readonly string[];
  /** Directives: telling the receiver what to do instead of sharing what was seen. */
  prescriptivePhrases: readonly string[];
  /** Statements about the person rather than the practice. */
  personPhrases: readonly string[];
  /** Things a local government cannot change (nouns, with endings). */
  unchangeableNouns: readonly string[];
  /** Things a local government cannot change (phrases). */
  unchangeablePhrases: readonly string[];
}

const english: FeedbackLexicon = {
  judgmentalWords: splitList(`
    terrible awful horrible bad worse worst stupid useless wrong pathetic ridiculous incompetent
    lazy hopeless worthless disaster disastrous mess messy chaotic shameful unacceptable
    embarrassing sloppy lousy rubbish unprofessional
  `),
  praiseWords: splitList(`
    excellent amazing perfect brilliant fantastic wonderful great outstanding superb impressive
    awesome best
  `),
  evidencePhrases: splitList(`
    because | for example | for instance | since | e g | such as
  `),
  concreteNouns: splitList(`
    report form template register registry plan budget minutes agenda policy procedure process
    routine checklist meeting desk office counter reception website portal system database
    application permit invoice tender procurement contract page section chapter step department
    unit committee council board school clinic hospital library hall site map dashboard
    spreadsheet survey guideline manual handbook archive queue email letter phone hotline app
    workshop presentation slide strategy timeline schedule software ledger file folder signature
    stamp bylaw ordinance ward market station depot training interview statistics indicator ticket
    fee tariff tax licence license
  `),
  concreteWords: splitList(`
    two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred
    half twice dozen percent monday tuesday wednesday thursday friday saturday sunday january
    february march april june july august september october november december yesterday
  `),
  prescriptivePhrases: splitList(`
    you should | you shouldn't | you must | you mustn't | you need to | you have to | you ought to
    | you'd better | you had better | make sure you | my advice is | i advise you | you'll need to
    | you will need to | should have
  `),
  personPhrases: splitList(`
    you are | you're | you were | you seem | you seemed | you look | you always | you never | he
    is | he's | she is | she's | you people | your attitude
  `),
  unchangeableNouns: splitList(`
    weather rain rainfall snow heatwave drought geography constitution parliament inflation
  `),
  unchangeablePhrases: splitList(`
    rainy season | national law | national laws | national legislation | central government |
    national government | exchange rate | world market
  `),
};

const swedish: FeedbackLexicon = {
  judgmentalWords: splitList(`
    dålig dåligt dåliga sämre sämst hemsk hemskt hemska värdelös värdelöst värdelösa fel dum dumt
    dumma korkad korkat korkade usel uselt usla urusel katastrof katastrofal katastrofalt
    katastrofala kass kasst kassa oacceptabel oacceptabelt oacceptabla pinsam pinsamt pinsamma
    slarvig slarvigt slarviga lat lata inkompetent inkompetenta kaos kaotisk kaotiskt kaotiska
    hopplös hopplöst hopplösa skräp bedrövlig bedrövligt bedrövliga oprofessionell oprofessionellt
    oprofessionella
  `),
  praiseWords: splitList(`
    utmärkt utmärkta fantastisk fantastiskt fantastiska perfekt perfekta jättebra toppen suverän
    suveränt suveräna lysande underbar underbart underbara strålande enastående imponerande bäst
    bästa superbra grym grymt grymma
  `),
  evidencePhrases: splitList(`
    eftersom | till exempel | t ex | bland annat | därför att | som när
  `),
  concreteNouns: splitList(`
    rapport blankett mall register plan budget protokoll dagordning policy rutin process
    checklista möte kontor disk reception webbplats hemsida portal system ansökan tillstånd
    bygglov faktura upphandling avtal sida avsnitt kapitel steg förvaltning avdelning enhet nämnd
    fullmäktige styrelse skola vårdcentral bibliotek sal karta kalkylblad enkät riktlinje handbok
    arkiv kö e-post mejl brev telefon app workshop presentation strategi tidplan schema ärende
    diarium underskrift stämpel föreskrift stadsdel torg station utbildning intervju statistik
    indikator mottagning kontaktcenter taxa avgift
  `),
  concreteWords: splitList(`
    två tre fyra fem sju åtta nio tio elva tolv tjugo trettio hundra hälften halva dubbelt procent
    måndag tisdag onsdag torsdag fredag lördag söndag måndags tisdags onsdags torsdags fredags
    januari februari mars april maj juni juli augusti september oktober november december igår
  `),
  prescriptivePhrases: splitList(`
    ni borde | ni bör | ni måste | ni ska | ni skall | ni behöver | ni får inte | du ska | du
    skall | du borde | du bör | du måste | du behöver | du får inte | borde ni | bör ni | måste ni
    | behöver ni | borde du | bör du | måste du | man borde | man bör | man måste | se till att |
    mitt råd är
  `),
  personPhrases: splitList(`
    ni är | du är | ni var | du var | ni verkar | du verkar | han är | hon är | er attityd | din
    attityd
  `),
  unchangeableNouns: splitList(`
    väder vädret regn regnperiod snö värmebölja geografi grundlag riksdag regering inflation
    växelkurs världsmarknad
  `),
  unchangeablePhrases: splitList(`
    nationell lag | nationella lagar | nationell lagstiftning | nationella lagstiftningen
  `),
};

/** The lexicon for one language. */
export function getFeedbackLexicon(lang: FeedbackLanguage): FeedbackLexicon {
  return lang === "sv" ? swedish : english;
}
