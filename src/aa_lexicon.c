/*
 * aa_lexicon.c — every word list the engine uses, in one place.
 *
 * Lists are plain data: add a word to the right list and every rule that
 * asks for that class sees it.  Look-ups go through one case-insensitive
 * hash table built on first use (aa_lexicon_init); a word may carry several
 * classes.  Multi-word entries ("White House") are looked up as phrases with
 * single spaces.
 *
 * Lists:
 *   REPORT_VERBS     speech and writing verbs, every inflection spelled out
 *                    (REPORT_ING their participles, DISPUTE_CUES the phrasal
 *                    ones that dispute what follows, also denial verbs)
 *                    (belief and perception verbs such as "thinks", "shows"
 *                    are deliberately absent: they do not report speech)
 *   TITLES           titles and role nouns that precede or describe a name
 *   PARTIES          a party's adjective before a name ("Republican Donald Trump")
 *   OFFICE_ADJECTIVES  an office's adjective, which names no one ("Vice
 *                    Presidential")
 *   HONORIFICS       Mr, Mrs, Dr ... (gendered where they are)
 *   FIRST_NAMES_*    common given names, for he/she agreement
 *   ORG_WORDS        words that make a capitalised phrase an organisation
 *   COUNTRIES        country names and their aliases -> canonical name
 *   METONYMS         capitals and seats of power -> the country they stand for
 *   DENIAL_* and friends  the denial rules' verbs, claim nouns, falsity labels,
 *                    formulas, suppressors and grant objects (regular-expression
 *                    fragments), and their hint words; JUDGING_LABELS
 *                    (VF_JUDGING_LABEL), the falsity labels that may judge
 *                    anything ("crazy")
 *   ELISIONS, BE_FORMS, NAME_CONNECTORS, ATTRIBUTIVE_ADVERBS, ROLE_MODIFIERS,
 *   QUESTION_OPENERS, COLON_LABELS  small word classes the mark pairing,
 *                    denial, name, question and "Name: ..." rules consult
 *   SENTENCE_OPENERS, CLAUSE_OPENERS, RELATIVE_PRONOUNS, SUBORDINATORS,
 *   COORDINATORS, IRREGULAR_PAST, LY_NOT_ADVERBS, MEANS_OF_SPEECH, SPEECH_PARTICIPANTS
 *                    what the subject walks need to know of a word ("Back in
 *                    1999,", "while", "whom", "after", "sought", "family",
 *                    "by telephone", "I")
 *   TITLE_CASE_MINOR the words a Title Case headline capitalises that name
 *                    no one ("Is", "Who", "Reportedly")
 *   QUOTATION_ONLY   cues that introduce quotations and report no clause
 *                    ("went on", "shot back")
 *   CONDITIONALS     if, unless, wish ...: what follows in the clause is
 *                    no denial
 *   ADMISSION_CUES   admit, concede, agree ...: what they report is granted
 *   ADDRESSEES       him, reporters, the crowd ...: told to, before the clause
 *   ADDRESSEE_VERBS, RESPOND_VERBS, CALL_VERBS, SPEECH_NOUNS_TO/ABOUT/ON/THAT,
 *   PARTICIPLE_OBJECT_VERBS, CLAUSE_ONLY_CUES  told, assured ...: their
 *                    object is whom they speak to; respond, reply: "to" and
 *                    what is responded to; call: whom and what they are
 *                    called; claim, promise: a noun whose owner speaks;
 *                    left, found: their object says the participle after
 *                    it; maintain: reports a clause, never a noun phrase
 *   ACCESS_ADJECTIVES close, familiar ...: "a source close to the
 *                    campaign", a speaker described by what it knows
 *   NOUN_DETERMINERS each, every ...: a cue word after one is a noun
 *   NOUN_ADJECTIVES  final, larger ...: between an article and a cue word,
 *                    they make it a noun ("the final say")
 *   FINDING_VERBS    shows, found ...: no speech, but the verb that ends a
 *                    phrase before it ("A poll shows 68% of voters say")
 *   GERUND_PREPOSITIONS about, despite ...: "about Sanders vowing", the name
 *                    between one and a participle says it
 *   IMAGE_NOUNS      photo, picture ...: posted, but not said
 *   COMPANY_NOUNS    company, firm ...: "the company" is the business the
 *                    article named last
 *   BUSINESS_WORDS   Inc, Group, Bank, Apple ...: a name with one is a
 *                    business's (aa_lex_business_word)
 *   GENERATIONS      Jr., Sr., III ...: after a surname, which is the name's
 *                    last word for matching (aa_lex_generation_word)
 *   ROLE_ALIASES     judge -> justice, boss -> manager ...: a description's
 *                    word for an office a role names otherwise
 *                    (aa_lex_role_alias)
 *   COMPASS_WORDS    north, western ...: "north London" is a place, no role
 *   PERSON_EPITHETS  man, star, singer ...: "the big man said" is the
 *                    person the sentence before opened with
 *   NATIONALITY_NOUNS Dane, Spaniard ...: "said the Dane" is the person the
 *                    sentence before opened with
 *   KIN_MALE, KIN_FEMALE son, wife ...: "her son, Chidi Okafor" is a relative
 *                    of the one the article is about, of that gender; the
 *                    surname alone stands for that one
 *   INDEFINITE_OBJECTS nothing, everything ...: "Nothing the president
 *                    said", a cue in the relative clause after one reports
 *                    nothing of its own
 *   RAISING_VERBS    seems, appeared ...: "seems to be saying", stepped
 *                    over between the subject and its cue
 *   ASPECT_VERBS     began, kept ...: "kept asking her", the participle
 *                    after one is said by the verb's subject
 *   LIGHT_VERBS      make, made ...: "his friends make jokes about", the
 *                    verb's subject speaks through the noun after it
 *   HYPHEN_SUFFIXES  area, based, born ...: "Texas-based Matt Mackowiak",
 *                    an adjective before a name, no part of it
 *   OFFICES          minister, senator ...: a description in one is no
 *                    holder of another
 *   DOMAIN_WORDS     Affairs, Manpower ...: where a title's domain ends
 *   ORG_KIND_NOUNS   group, charity ...: before an organisation's name, its
 *                    kind ("advocacy group One Nation")
 *   CORPORATE_SUFFIXES Inc., Ltd ...: a company's legal form after its comma
 *   POST_NOMINALS    SAN, QC, OBE ...: letters after a name and its comma,
 *                    an aside like an age
 *   CONTEST_OBJECTS  title, city ...: what "defended" takes in a contest or
 *                    a war, no words of anyone's
 *                    (lists the engine walks for a cue word: no mark is
 *                    free)
 *   CONTROL_VERBS    led, prompted, urged ... "for": their object says the
 *                    infinitive cue after it
 *   CLAIM_ONLY_CUES  retract, shot down ...: a cue only before a claim it takes back or rejects
 *   NOT_CUES         "pledged delegates": a cue word as the adjective of a noun
 *   GERUND_BLOCKERS  without, from ...: a reporting gerund after them reports
 *                    nothing
 *   MEDIA_WORDS      news, agency, Times, Reuters ...: a speaker that is a news
 *                    medium, the reporting source of a statement it relays
 *   PREPOSITIONAL_CUES  cues that are no verb: "according to"
 *   and the function-word classes the phrase walker needs.
 *
 * The 32 word classes are all taken: a list that only a rule or two consult
 * is a mark (aa_lex_mark, 32 bits) instead, set by lex_mark_list.
 */
#include <string.h>

#include "aa_internal.h"
#include "aa_swar.h"

/* ---------------------------------------------------------------- the lists */

static const char *const REPORT_VERBS[] = {
	/* phrasal cues first: the pattern takes the first alternative that matches */
	"called for", "calls for", "call for", "called on", "calls on", "call on",
	"pointed out", "points out", "point out", "went on to say",
	/* a particle that is the verb's: "called out his rival", "laid out his vision" (DISPUTE_CUES: "brushed off") */
	"called out", "calls out", "call out", "tweeted out", "blasted out",
	"laid out", "lays out", "lay out", "spelled out", "spells out", "spell out",
	/* (before "shrugged", a cue of quotations: "shrugged off the attacks" reports what it dismisses) */
	"shrugged off", "shrugs off", "shrug off",
	"cast doubt on", "casts doubt on", "cast doubts on", "cast doubt over", "casts doubt over",
	"raised doubts about", "raises doubts about", "raise doubts about",
	/* the topic a speaker takes up ("talking about" and "talk about" are as often no report: left out) */
	"spoke about", "spoken about", "talked about", "talks about",
	"wrote about", "written about", "writes about", "writing about", "tweeted about", "tweets about",
	"tweeting about", "joked about", "jokes about", "joking about", "bragged about", "brags about",
	"bragging about", "boasted about", "boasts about", "complained about", "complains about",
	"railed against", "rails against", "railed at", "railed about", "griped about", "grumbled about",
	"ranted about", "raved about", "gushed about", "marveled at", "marvelled at",
	"commented on", "comment on", "commenting on",
	"made no mention of", "makes no mention of", "make no mention of", "made no comment on", "makes no comment on",
	"issued a statement", "issues a statement", "issued the following statement",
	"released a statement", "releases a statement", "released the following statement",
	"say", "says", "said", "tell", "tells", "told", "add", "adds", "added",
	"state", "states", "stated", "note", "notes", "noted", "explain", "explains", "explained",
	"declare", "declares", "declared", "announce", "announces", "announced",
	"claim", "claims", "claimed", "insist", "insists", "insisted", "argue", "argues", "argued",
	"warn", "warns", "warned", "ask", "asks", "asked", "answer", "answers", "answered",
	"reply", "replies", "replied", "respond", "responds", "responded",
	"write", "writes", "wrote", "tweet", "tweets", "tweeted", "recall", "recalls", "recalled",
	"acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted",
	"confirm", "confirms", "confirmed", "deny", "denies", "denied",
	"suggest", "suggests", "suggested", "urge", "urges", "urged",
	"predict", "predicts", "predicted", "promise", "promises", "promised",
	"vow", "vows", "vowed", "pledge", "pledges", "pledged", "threaten", "threatens", "threatened",
	"complain", "complains", "complained", "concede", "concedes", "conceded",
	"contend", "contends", "contended", "assert", "asserts", "asserted",
	"maintain", "maintains", "maintained", "stress", "stresses", "stressed",
	"emphasize", "emphasizes", "emphasized", "emphasise", "emphasises", "emphasised",
	"indicate", "indicates", "indicated", "report", "reports", "reported",
	"quip", "quips", "quipped", "joke", "jokes", "joked", "boast", "boasts", "boasted",
	"charge", "charges", "charged", "allege", "alleges", "alleged",
	"counter", "counters", "countered", "retort", "retorts", "retorted",
	"conclude", "concludes", "concluded", "observe", "observes", "observed",
	"remark", "remarks", "remarked", "mention", "mentions", "mentioned",
	"comment", "comments", "commented", "testify", "testifies", "testified",
	"exclaim", "exclaims", "exclaimed", "shout", "shouts", "shouted", "chant", "chants", "chanted",
	"lament", "laments", "lamented", "caution", "cautions", "cautioned",
	"affirm", "affirms", "affirmed", "reiterate", "reiterates", "reiterated",
	"repeat", "repeats", "repeated", "reveal", "reveals", "revealed", "disclose", "discloses", "disclosed",
	"call", "calls", "called", "describe", "describes", "described", "branded",
	"agree", "agrees", "agreed", "disagree", "disagrees", "disagreed",
	"continue", "continues", "continued", "begin", "begins", "began",
	"proclaim", "proclaims", "proclaimed", "demand", "demands", "demanded",
	"counsel", "advise", "advises", "advised", "assure", "assures", "assured",
	"blast", "blasts", "blasted", "slam", "slams", "slammed", "criticize", "criticizes", "criticized",
	"accuse", "accuses", "accused", "blame", "blames", "blamed",
	"criticise", "criticises", "criticised", "praise", "praises", "praised",
	"rebuff", "rebuffs", "rebuffed", "debunk", "debunks",
	"debunked", "disavow", "disavows", "disavowed", "repudiate", "repudiates", "repudiated",
	"refute", "refutes", "refuted", "reject", "rejects", "rejected", "dismiss", "dismisses", "dismissed",
	"retract", "retracts", "retracted", "rubbished", "rubbishes",
	"dispute", "disputes", "disputed", "rebut", "rebuts", "rebutted",
	"recount", "recounts", "recounted", "muse", "mused",
	"scoff", "scoffed", "sneer", "sneered", "snap", "snapped", "shrug", "shrugged",
	"plead", "pleads", "pleaded", "pled", "beg", "begs", "begged", "request", "requests", "requested",
	"order", "orders", "ordered", "instruct", "instructs", "instructed", "inform", "informs", "informed",
	"acknowledge", "clarify", "clarifies", "clarified", "specify", "specified",
	"summarize", "summarized", "summarise", "summarised", "elaborate", "elaborated",
	"whisper", "whispered", "yell", "yelled", "scream", "screamed", "cry", "cried",
	"posted",				/* not "post", "posts": The Post, a post */
	/* speech that is an aside or a guess: "interjected: ...", "opined that", "hinted that" */
	"interject", "interjects", "interjected", "opine", "opines", "opined", "surmise", "surmises",
	"surmised", "speculate", "speculates", "speculated", "hint", "hints", "hinted",
	/* the manner of saying: "“...,” he deadpanned.", "Trump groused that ...", "Kasich bemoaned ..." */
	"sniped", "griped", "grumbled", "groused", "blurted", "stammered", "marveled", "marvelled", "teased",
	"taunted", "scolded", "chided", "admonished", "crowed", "gushed", "raved", "ranted", "railed",
	"seethed", "snarled", "growled", "murmured", "muttered", "mumbled", "deadpanned", "implored",
	"queried", "inquired", "texted", "emailed",
	"posit", "posits", "posited", "theorize", "theorizes", "theorized", "theorise", "theorised",
	"reasoned", "decry", "decries", "decried", "bemoan", "bemoans", "bemoaned",
	/* judgements passed in words: "condemned the strike as ...", "defended the decision" */
	"condemn", "condemns", "condemned", "defend", "defends", "defended", "hail", "hails", "hailed",
	"applaud", "applauds", "applauded", "lambast", "lambasts", "lambasted", "lambaste", "lambastes",
	"mock", "mocks", "mocked", "chastise", "chastises", "chastised",
	"confide", "confides", "confided", "brag", "brags", "bragged", "concur", "concurs", "concurred",
	"insinuate", "insinuates", "insinuated", "profess", "professes", "professed", "conjectured",
	"enthuse", "enthuses", "enthused", "exhort", "exhorts", "exhorted",
	/* (cues of quotations only are QUOTATION_ONLY's) */
	/* phrasal, last (no shorter cue begins them); also see DISPUTE_CUES */
	"push back against", "rule out",
	NULL
};

static const char *const REPORT_ING[] = {
	/* phrasal cues first, as above: "calling" would otherwise end "calling for" */
	"calling for", "calling on", "pointing out",
	"calling out", "tweeting out", "blasting out", "laying out", "spelling out", "shrugging off",
	"saying", "telling", "adding", "stating", "noting", "explaining", "declaring", "announcing",
	"condemning", "defending", "hailing", "applauding", "lambasting", "mocking", "chastising",
	"claiming", "insisting", "arguing", "warning", "asking", "answering", "replying", "responding",
	"writing", "tweeting", "recalling", "acknowledging", "admitting", "confirming", "denying",
	"suggesting", "urging", "predicting", "promising", "vowing", "pledging", "threatening",
	"complaining", "conceding", "contending", "asserting", "maintaining", "stressing",
	"emphasizing", "emphasising", "indicating", "reporting", "quipping", "joking", "boasting",
	"charging", "alleging", "countering", "retorting", "concluding", "observing", "remarking",
	"mentioning", "commenting", "testifying", "exclaiming", "shouting", "chanting", "lamenting",
	"cautioning", "affirming", "reiterating", "repeating", "revealing", "disclosing",
	"calling", "branding", "describing", "agreeing", "continuing", "proclaiming", "demanding", "assuring",
	"blasting", "slamming", "criticizing", "criticising", "accusing", "blaming", "praising", "refuting", "rejecting",
	"dismissing", "disputing", "rebutting", "recounting", "pleading", "informing", "rubbishing",
	"clarifying", "offering", "posting", "interjecting", "speculating", "hinting",
	"ruling out",			/* phrasal, last (as above) */
	NULL
};

/*
 * Cues that introduce quotations only ("“...,” Trump went on, as if ...",
 * "“...,” Trump shot back."): "As the day went on, ..." and "The police shot
 * back at the gunman" report nothing, nor does "read the report".  A cue
 * list of its own (CUE_LISTS: the pattern finds them, the lexicon gives
 * them LX_REPORT_VERB and LM_QUOTATION_ONLY); the single words were chosen
 * from quotations in the development texts.  "went on" is also INTRO_ONLY,
 * which keeps it to a comma, a colon or the end of a quotation ("Rubio
 * fired back forcefully: “...”" needs the adverb; "hit back at" disputes:
 * DISPUTE_CUES).
 */
static const char *const QUOTATION_ONLY[] = {
	/* answering back, going on: "Trump shot back,", "Fallon fired back:", "“...,” Trump went on" */
	"went on", "goes on", "fired back", "fires back", "shot back", "shoots back",
	/* "“...,” the statement read.", "“...,” Oliver barked." */
	"read", "reads", "barked", "mocked", "mocks", "retaliated", "remembered", "fumed", "gloated",
	/* sounds and interruptions: "“...,” he sighed.", "“...!” the crowd roared." */
	"sighed", "thundered", "bellowed", "roared", "hollered", "shrieked", "persisted", "interrupted",
	"sputtered", "hissed", "beamed",
	/* "As Professor Foner put it: ''...''", "“...,” as she put it on Wednesday" */
	"put it", "puts it",
	NULL
};

/*
 * Phrasal cues that dispute what follows: cues of reported speech, and with
 * a claim-type object denials (the phrases of DENIAL_VERBS_WITH_CLAIM).  One
 * list for both, so that they cannot drift apart; after REPORT_VERBS and
 * REPORT_ING in the cue pattern, as no shorter cue begins them.
 */
static const char *const DISPUTE_CUES[] = {
	"shot down", "shoots down", "shoot down", "pushed back against", "pushes back against",
	"pushed back on", "pushes back on", "brushed off", "brushes off", "brushed aside", "brushes aside",
	"waved off", "waves off", "laughed off", "laughs off", "took issue with", "takes issue with",
	"take issue with", "hit back at", "hits back at", "ruled out", "rules out", "scoffed at", "scoffs at",
	"poured cold water on", "pours cold water on",
	"distanced itself from", "distanced himself from", "distanced herself from", "distanced themselves from",
	"distances itself from", "distances himself from", "distances herself from",
	NULL
};

static const char *const DISPUTE_CUES_ING[] = {
	"pushing back against", "pushing back on", "brushing off", "brushing aside", "waving off",
	"laughing off", "taking issue with", "hitting back at", "scoffing at", "pouring cold water on",
	"distancing itself from", "distancing himself from", "distancing herself from", "distancing themselves from",
	NULL
};

/*
 * Every list of cues, in the order the cue pattern tries them (a phrase
 * before the verb it opens with: "scoffed at" before "scoffed"); the
 * dispute cues alone.
 */
static const char *const *const CUE_LISTS[] = {
	DISPUTE_CUES, DISPUTE_CUES_ING, REPORT_VERBS, QUOTATION_ONLY, REPORT_ING, NULL
};
static const char *const *const DISPUTE_LISTS[] = {DISPUTE_CUES, DISPUTE_CUES_ING, NULL};

static const char *const TITLES[] = {
	"president", "vice", "president-elect", "secretary", "minister", "prime", "premier", "chancellor",
	"senator", "sen.", "representative", "rep.", "congressman", "congresswoman", "governor", "gov.",
	"lt.", "mayor", "chairman", "chairwoman", "chair", "chairperson", "ceo", "cfo", "coo", "chief",
	"executive", "director", "spokesman", "spokeswoman", "spokesperson", "ambassador", "attorney",
	"general", "gen.", "judge", "justice", "commissioner", "leader", "speaker", "adviser", "advisor",
	"aide", "officer", "manager", "professor", "prof.", "pastor", "bishop", "pope", "king", "queen",
	"prince", "princess", "captain", "capt.", "col.", "sgt.", "admiral", "commander", "analyst",
	"colonel", "brigadier", "corporal", "reverend", "lieutenant-colonel", "lieutenant-general", "major-general",
	"vice-president", "vice-chancellor", "vice-chairman", "vice-chair", "vice-admiral",
	"secretary-general", "director-general", "attorney-general", "solicitor-general", "governor-general",
	"surgeon-general",
	"co-anchor", "co-host", "moderator", "co-moderator", "co-chair", "co-chairman", "co-chairwoman", "front-runner",
	"strategist", "pollster", "candidate", "nominee", "founder", "co-founder", "diplomat", "envoy",
	"coach", "editor", "correspondent", "economist", "historian", "lawyer", "counsel", "treasurer",
	"sheriff", "superintendent", "dean", "rabbi", "imam", "cardinal", "archbishop", "head", "boss",
	"partner", "emir", "sheikh", "sultan", "marshal", "delegate", "assemblyman", "assemblywoman",
	"councilman", "councilwoman", "councillor", "councilor", "mp", "mep", "official", "deputy",
	/* members of the Dáil, Holyrood, Stormont, Queen's Park and Quebec's National Assembly */
	"td", "msp", "mla", "mpp", "mna",
	"acting", "former", "spokesmen", "press", "operative", "consultant", "activist", "host",
	"anchor", "columnist", "reporter", "author", "owner", "member", "staffer", "strategist",
	"organizer", "organiser", "whip", "majority", "minority", "dr.", "mr.", "mrs.", "ms.",
	"rev.", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "prof", "supervisor", "administrator",
	/* British abbreviations, with or without their period ("Cllr James Porter", "Det Supt Jane Hill") */
	"cllr", "cllr.", "det", "det.", "supt", "supt.", "insp", "insp.", "cmdr", "cmdr.",
	"prosecutor", "inspector", "auditor", "comptroller", "clerk", "publicist", "lawmaker", "legislator",
	"researcher", "scientist", "negotiator", "investigator", "pundit", "commentator", "mediator",
	/* offices of counties, courts and police, and the professions news names people by */
	"recorder", "assessor", "registrar", "coroner", "alderman", "alderwoman", "selectman", "constable",
	"magistrate", "ombudsman", "provost", "warden", "chaplain", "trustee", "solicitor", "barrister",
	"lieutenant", "sergeant", "detective", "trooper", "teacher", "nurse", "physician", "surgeon",
	"comedian", "actor", "actress", "rapper", "businessman", "businesswoman", "billionaire",
	"entrepreneur", "filmmaker", "producer", "novelist", "journalist", "broadcaster", "musician",
	"philanthropist", "investor", "magnate", "mogul", "tycoon", "evangelist", "preacher", "astronaut",
	"banker", "doctor", "engineer", "architect", "designer", "footballer", "striker",
	"midfielder", "goalkeeper", "referee",
	/* the descriptions local news puts before a name ("longtime resident Margaret Hill") */
	"resident", "homeowner", "neighbor", "neighbour", "volunteer", "retiree", "survivor", "protester",
	"farmer",
	/* a contest's other side, before a name as a title is ("Democratic rival Bernie Sanders") */
	"rival",
	NULL
};

/* Cue words that are nouns as often as verbs ("his home state", "the report"). */
static const char *const NOUN_VERBS[] = {
	"state", "states", "report", "reports", "claim", "claims", "call", "calls", "comment",
	"comments", "answer", "answers", "reply", "replies", "note", "notes", "charge", "charges",
	"counter", "order", "orders", "request", "requests", "demand", "demands", "promise",
	"promises", "remark", "remarks", "mention", "mentions", "tweet", "tweets", "stress",
	"repeat", "post", "posts", "pledge", "pledges", "vow", "vows", "warn", "plead", "caution",
	"continue", "continues", "order", "cry", "shout", "joke", "jokes", "boast", "quip",
	"praise", "dispute", "disputes", "reject", "counsel", "begin", "agree", "hint", "hints",
	"blame",
	NULL
};

/* Cue words that report speech only when they introduce it: "He continued, “...”". */
static const char *const INTRO_ONLY[] = {
	"continue", "continues", "continued", "continuing", "begin", "begins", "began", "repeat",
	"repeats", "repeated", "order", "orders", "ordered", "went on", "goes on",
	/* "he posted: “...”", not "posted a loss", "posted bail" */
	"posted", "posting",
	NULL
};

/*
 * Words without which no content rule of aa_denial.c can fire: negations and
 * the first word of every falsity label and no-involvement formula (keep in
 * step with FALSITY_LABELS and NO_INVOLVEMENT below).  The falsity hints
 * below are denial hints too and are not repeated here.  The word scan
 * records where they stand, and the denial patterns run only on statements
 * that hold one.  Words ending in n't count as negations without being listed.
 */
static const char *const DENIAL_HINTS[] = {
	"never", "neither", "nor", "nothing", "none", "falsely", "truth", "reject", "rejects", "plead",
	"pleads", "pleaded", "protest", "protests", "protested", "evidence", "deny", "denies",
	"denied", "denying", "denial", "denials", "real", "debunk", "debunks", "debunked", "innocent",
	"bribe", "bribes", "kickback", "kickbacks", "safe", "alive", "unharmed", "such",
	/* the verbs of a speaker's own denial ("I refute", "we dismiss"; "reject" and "deny" are above) */
	"refute", "dismiss", "dispute", "rebut", "repudiate", "disavow",
	/* "disagrees with the allegations" (NO_INVOLVEMENT) */
	"disagree", "disagrees", "disagreed",
	NULL
};

/*
 * The first words of FALSITY_LABELS: where a claim may be called false (the
 * label patterns are tried only where one starts).  A word before n't is
 * listed as the scan sees it ("isn" for "isn't real").
 */
static const char *const FALSITY_HINTS[] = {
	"baseless", "groundless", "unfounded", "unsubstantiated", "without", "false", "falsehood",
	"falsehoods", "untrue", "not", "inaccurate", "misleading", "bogus", "fake", "fabricated",
	"fabrication", "fabrications", "made", "trumped", "nonsense", "absurd", "ridiculous",
	"preposterous", "lies", "lie", "lying", "slander", "slanderous", "smear", "smears", "libel",
	"libelous", "defamatory", "calumny", "propaganda", "disinformation", "hoax", "conspiracy",
	"witch", "politically", "no", "categorically", "mistaken", "completely", "totally", "simply",
	"flat", "wrong", "crazy", "laughable", "faked", "staged", "doctored", "photoshopped",
	"exaggerated", "erroneous", "isn", "rubbish", "hoaxer", "hoaxes", "a", "doubt", "doubts", "bs", "b.s",
	"bullshit", "garbage", "baloney", "hogwash", "malarkey", "fiction", "fairy", "hit", "hatchet", "stitch",
	NULL
};

/*
 * Falsity labels that may judge anything, not only a claim: "called them
 * crazy" is no denial, "called them lies" is (VF_JUDGING_LABEL).
 */
static const char *const JUDGING_LABELS[] = {
	"crazy", "ridiculous", "absurd", "laughable", "wrong", "mistaken", "exaggerated", "erroneous",
	"misleading", "inaccurate", "garbage", "fiction",
	NULL
};

/* Falsity labels that call a claim false on their own (the debunk rule needs no claim noun with them). */
static const char *const STRONG_FALSITY[] = {
	"hoax", "fake", "faked", "false", "untrue", "not true", "not real", "bogus", "fabricated",
	"debunked", "rubbish", "doctored", "hoaxer",
	NULL
};

/* Words an apostrophe shortens: 'em, 'til, 'cause, rock 'n' roll (the mark is no quotation mark). */
static const char *const ELISIONS[] = {
	"em", "til", "cause", "tis", "twas", "bout", "round", "n", "ol", "ya",
	NULL
};

/* Forms of "be" (and "get") that make "denied" passive: "was denied bail". */
static const char *const BE_FORMS[] = {
	"was", "were", "been", "being", "be", "is", "are", "get", "got",
	NULL
};

/* Lower-case words that may stand inside a name: "Bank of America", "bin Laden". */
static const char *const NAME_CONNECTORS[] = {
	"of", "de", "van", "von", "al", "bin", "la", "le", "du", "da", "del", "der", "den", "ten", "ter",
	"dos", "das", "di",
	NULL
};

/* Lower-case words that may open a title before a name: "former President Bill Clinton". */
static const char *const ROLE_MODIFIERS[] = {
	"former", "retired", "then", "longtime", "veteran", "acting", "managing", "outgoing", "incoming", "late",
	"current", "fellow", "interim", "first", "onetime", "one-time", "erstwhile", "ex", "future", "incumbent",
	/* (a title too, but no role alone: "Rival Hillary Clinton") */
	"rival",
	NULL
};

/* Adverbs that turn the cue after them into an adjective: "the widely reported attack". */
static const char *const ATTRIBUTIVE_ADVERBS[] = {"widely", NULL};

/* Words that open the question after "Asked" / "when asked": "Asked whether ...", "asked about ...". */
static const char *const QUESTION_OPENERS[] = {
	"whether", "if", "what", "why", "how", "who", "whom", "which", "when", "where", "about",
	NULL
};

/*
 * Verbs whose object is whom they speak to, not what they report: "told",
 * "assured his hometown's residents that", "informed my husband that",
 * "reminded voters that" (a "that" after their object opens the clause).
 */
static const char *const ADDRESSEE_VERBS[] = {
	"tell", "tells", "told", "telling", "assure", "assures", "assured", "assuring", "inform", "informs",
	"informed", "informing", "remind", "reminds", "reminded", "reminding", "warn", "warns", "warned",
	"warning", "notify", "notifies", "notified", "convince", "convinced", "persuade", "persuaded",
	"promise", "promises", "promised", "advise", "advises", "advised", "urge", "urges", "urged",
	"emailed", "texted",
	NULL
};

/* Responding: "did not respond to a request for comment" reports what follows "to". */
static const char *const RESPOND_VERBS[] = {
	"respond", "responds", "responded", "responding", "reply", "replies", "replied", "replying",
	NULL
};

/* Calling someone something: "called him divisive", "call Pfizer unpatriotic". */
static const char *const CALL_VERBS[] = {"call", "calls", "called", "calling", "branded", "branding", NULL};

/*
 * Verbs whose object says the participle after it, as after "with": "have
 * left 62 percent of voters saying ...", "found most Republicans saying ...".
 */
static const char *const PARTICIPLE_OBJECT_VERBS[] = {
	"left", "leave", "leaves", "leaving", "found", "find", "finds", "finding", NULL
};

/*
 * Cues that report a clause only: with a noun phrase for their object they
 * keep something, not say it ("maintained that the server was secure", not
 * "maintained his double-digit lead").
 */
static const char *const CLAUSE_ONLY_CUES[] = {"maintain", "maintains", "maintained", "maintaining", NULL};

/*
 * Adjectives that describe an unnamed source by its access: the
 * preposition after them and its object stay in the speaker's phrase
 * ("said a source close to the campaign", "a person familiar with the
 * talks").
 */
static const char *const ACCESS_ADJECTIVES[] = {"close", "familiar", "privy", "knowledgeable", NULL};

/*
 * Determiners of nouns only, never a subject by themselves as "many",
 * "some" or "another" are ("many claim", "Another notes"): a cue word that
 * is also a noun is one after them ("in each state", "every report").
 */
static const char *const NOUN_DETERMINERS[] = {"each", "every", "any", NULL};

/*
 * What a poll or a study does, in the forms that are no noun ("show" is one:
 * "talk show host"): not speech, but the verb before the subject of a cue
 * ("The poll finds Trump faring better", "A poll shows 68% of voters say").
 */
static const char *const FINDING_VERBS[] = {"shows", "showed", "finds", "found", NULL};

/*
 * Prepositions whose object, a name, is the subject of a participle right
 * after it ("vented about Sanders vowing", "despite Lebanon insisting");
 * not "on" or "to", whose name is more often a medium or an addressee ("on
 * Facebook writing", "a letter to Zucker asking"), nor "of" or "from",
 * whose name is as often part of a longer phrase ("47 percent of Cuban
 * Americans saying", "the American Federation of Teachers calling", "the
 * former senator from Pennsylvania saying"), nor "with" (with_subject).
 */
static const char *const GERUND_PREPOSITIONS[] = {"about", "despite", "amid", "over", NULL};

/*
 * Adjectives that are never nouns themselves: after an article, the cue word
 * they precede is a noun ("have the final say", "a larger say", "the latest
 * report"), not the verb of a subject such as "the women say".
 */
static const char *const NOUN_ADJECTIVES[] = {
	"final", "last", "latest", "larger", "bigger", "greater", "equal", "initial", "original", "formal",
	"earlier", "previous", "recent", "decisive", "meaningful", "direct", NULL
};

/* Pronouns that a relative clause without "that" may follow: "Nothing the president said “will assuage ...”". */
static const char *const INDEFINITE_OBJECTS[] = {
	"nothing", "something", "everything", "anything", NULL
};

/* Verbs that lend their subject to the infinitive after them: "The young woman seems to be saying". */
static const char *const RAISING_VERBS[] = {
	"seem", "seems", "seemed", "appear", "appears", "appeared", NULL
};

/* Verbs whose participle object is their subject's act: "Sen. Ron Johnson kept asking her why", "have begun urging". */
static const char *const ASPECT_VERBS[] = {
	"begin", "begins", "began", "begun", "start", "starts", "started", "keep", "keeps", "kept", "continue",
	"continues", "continued", "stop", "stops", "stopped", "resumed", "quit", NULL
};

/* Verbs that make a plural noun of speech their act: "his friends make jokes about", "he made comments". */
static const char *const LIGHT_VERBS[] = {"make", "makes", "made", "making", NULL};

/*
 * Words that make a name before their hyphen an adjective of place, origin
 * or backer before another name: "Los Angeles-area Sanders supporters",
 * "South Korean-born Monte Haines", "Koch-backed Concerned Veterans".
 */
static const char *const HYPHEN_SUFFIXES[] = {
	"area", "based", "born", "backed", "led", "funded", "era", "owned", "run", "sponsored", "affiliated",
	"allied", "aligned", "leaning", "bred", "raised", "centric", "focused", NULL
};

/*
 * Nouns that, after "the", stand for a business the article named, whatever
 * its name ("Apple denied the report ... the company said"); other
 * organisations' nouns ("the committee") need their own word in the name.
 */
static const char *const COMPANY_NOUNS[] = {
	"company", "firm", "corporation", "conglomerate", "retailer", "carmaker", "automaker", "airline",
	"lender", "insurer", "startup", "chipmaker", "manufacturer", "broadcaster", "publisher", NULL
};

/*
 * Nouns of an organisation's kind, which stand before its name as a title
 * stands before a person's ("advocacy group Transient Workers Count Too",
 * "think tank Chatham House", "rights watchdog Ofcom"): after a capitalised
 * word and before a name, no verb.  COMPANY_NOUNS count too.
 */
static const char *const ORG_KIND_NOUNS[] = {
	"group", "charity", "organisation", "organization", "watchdog", "tank", "body", "coalition",
	"network", "union", "association", "agency", "regulator", "outlet", "newspaper", "nonprofit",
	"non-profit", "alliance", "federation", "institute", "foundation", "website", "magazine", NULL
};

/*
 * Words for one office that a role names one way and a later description
 * another ("Mr Justice Lane ... the judge said", "manager Pep Guardiola ...
 * the City boss"): each word, then one it may stand for.
 */
static const char *const ROLE_ALIASES[][2] = {
	{"judge", "justice"}, {"boss", "manager"}, {"boss", "chief"}, {"boss", "head"}, {"manager", "boss"},
	{NULL, NULL}
};

/* After a surname, a generation: "Roy Williams Jr." is "Williams" when named again. */
static const char *const GENERATIONS[] = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", NULL};

/*
 * Words of an organisation's name that make it a business, which "the
 * company" may stand for (not "NAACP", "Democrats", "Labor Department").
 */
static const char *const BUSINESS_WORDS[] = {
	"inc", "inc.", "corp", "corp.", "co.", "ltd", "ltd.", "llc", "plc", "company", "group", "holdings",
	"partners", "industries", "airlines", "airways", "motors", "systems", "technologies", "bank",
	"corporation", "pictures", "studios", "entertainment", "services", "apple", "google", "facebook",
	"twitter", "microsoft", "amazon", "sony", NULL
};

/*
 * Nouns of a person that are no titles (nor names: "Singer", "Guard"; nor
 * "man" or "woman", as often someone new: "a combat veteran ... the man"),
 * which after "the" stand for the person the sentence before opened with:
 * "Anthony Davis added 24 points. The big star said ...", "the singer".
 */
static const char *const PERSON_EPITHETS[] = {
	"star", "singer", "forward", "guard", "center", "centre", "rookie", "veteran", "legend",
	"youngster", "teenager", "newcomer", "champion", "quarterback", "pitcher", "outfielder",
	"playmaker", "superstar", NULL
};

/*
 * Nouns of a person's nationality, which after "the" stand for the person
 * the sentence before opened with, as sports and foreign news write ("Thomas
 * Frank was delighted. “...,” said the Dane").  Capitalised in the text.
 */
static const char *const NATIONALITY_NOUNS[] = {
	"dane", "spaniard", "frenchman", "frenchwoman", "englishman", "englishwoman", "scot", "scotsman",
	"welshman", "irishman", "dutchman", "swede", "norwegian", "finn", "german", "italian", "portuguese",
	"brazilian", "argentine", "argentinian", "uruguayan", "colombian", "chilean", "mexican", "canadian",
	"american", "australian", "briton", "russian", "ukrainian", "pole", "serb", "croat", "belgian",
	"austrian", "greek", "swiss", "japanese", "korean", "nigerian", "ghanaian", "kenyan", "senegalese",
	"egyptian", "moroccan", "cameroonian", "ivorian", "jamaican", "kiwi", "aussie",
	"serbian", "croatian", "slovenian", "slovak", "czech", "hungarian", "romanian", "bulgarian", "turk",
	"israeli", "iranian", "iraqi", "syrian", "algerian", "tunisian", "indian", "pakistani", "filipino",
	"indonesian", "venezuelan", "peruvian", "ecuadorian", "scotswoman", "irishwoman", "welshwoman",
	"dutchwoman", "icelander", "estonian",
	NULL
};

/*
 * Letters after a name that give a rank or an honour, set off by commas
 * ("Femi Falana, SAN, called"): like an age, no role and no name.
 */
static const char *const POST_NOMINALS[] = {
	"san", "qc", "kc", "obe", "mbe", "cbe", "kbe", "dbe", "frs", "phd", "mni", "ofr", "con", "gcfr",
	NULL
};

/*
 * What is defended in a contest or a war ("defended his title", "defended
 * the city"): "defended" then reports no words, as it does before
 * "his remarks" or "the decision".
 */
static const char *const CONTEST_OBJECTS[] = {
	"title", "titles", "crown", "championship", "belt", "trophy", "cup", "lead", "goal", "net",
	"city", "town", "village", "border", "borders", "territory", "line", "lines",
	"base", "bases", "homeland", "capital", "stronghold", "seat", "seats", "turf", "home", "country",
	NULL
};

/*
 * The legal forms a company's name ends in after a comma ("Acme Robotics,
 * Inc. announced"): the comma is inside the name.
 */
static const char *const CORPORATE_SUFFIXES[] = {
	"inc", "inc.", "corp", "corp.", "ltd", "ltd.", "llc", "llp", "plc", "co.", "l.p.", "gmbh", "n.v.", "s.a.",
	NULL
};

/*
 * The last words of a title's domain ("Minister for Manpower", "Secretary
 * of Homeland Security", "Minister for Foreign Affairs"): after "of" or
 * "for" and a title, the name starts after the last of them when no known
 * first name marks where it starts ("Tan See Leng", "Jeh Johnson").
 */
static const char *const DOMAIN_WORDS[] = {
	"state", "affairs", "security", "health", "defence", "defense", "manpower", "finance", "education",
	"justice", "trade", "transport", "transportation", "environment", "energy", "labour", "labor",
	"interior", "housing", "agriculture", "commerce", "treasury", "industry", "development", "culture",
	"sport", "sports", "tourism", "communications", "information", "immigration", "elections", "welfare",
	"infrastructure", "planning", "employment", "resources", "works", "services", "care", "veterans",
	NULL
};

/*
 * Verbs of accusing: what they report lays fault on someone else, and a
 * negation inside it ("blamed the attack on a video while knowing the video
 * had no connection") is no denial of the speaker's.
 */
static const char *const ACCUSATION_VERBS[] = {
	"accuse", "accuses", "accused", "accusing", "blame", "blames", "blamed", "blaming", NULL
};

/*
 * Offices a person holds one of at a time, and whose holders a description
 * names by them ("the minister", "the Vermont senator"): a description in
 * one of them is no one whose role names another ("Union president Erin
 * Ariss ... The minister denied").  An abbreviation ("Sen.") is the office
 * it begins.
 */
static const char *const OFFICES[] = {
	"president", "minister", "senator", "sen.", "sen", "governor", "gov.", "gov", "mayor", "premier",
	"mp", "mep", "ambassador", "sheriff", "judge", "king", "queen", "pope",
	/*
	 * (not "secretary" or "chancellor", which a minister may be, nor a
	 * representative, who is a congressman too)
	 */
	NULL
};

/*
 * Nouns of family before a name ("her son, Chidi Okafor", "his wife Mary"):
 * by news style, a relative is named in full and the surname alone is the
 * person the article is about ("Dr Okafor" is the mother).
 */
static const char *const KIN_MALE[] = {
	"son", "husband", "father", "brother", "grandson", "grandfather", "nephew", "uncle", "widower",
	"stepson", "stepfather", NULL
};

static const char *const KIN_FEMALE[] = {
	"daughter", "wife", "mother", "sister", "granddaughter", "grandmother", "niece", "aunt", "widow",
	"stepdaughter", "stepmother", NULL
};

/* Words of direction that open a place's name in lower case: "of Harrow, north London,". */
static const char *const COMPASS_WORDS[] = {
	"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
	"north-west", "south-east", "south-west", "northern", "southern", "eastern", "western", "central",
	NULL
};

/* What one posts on a medium of speech without saying it: "posted a photo on Facebook". */
static const char *const IMAGE_NOUNS[] = {
	"photo", "photos", "photograph", "photographs", "picture", "pictures", "image", "images", "selfie",
	"selfies", "meme", "memes", "gif", "gifs", NULL
};

/*
 * Cue words that are also nouns of speech, whose owner is the speaker (only
 * NOUN_VERBS: the word scan finds them as cue words), by what may follow
 * them besides "that": SPEECH_NOUNS_TO an infinitive ("Rubio's claim to be
 * ...", "Trump's call to ban ..."), SPEECH_NOUNS_ABOUT a topic ("Trump's
 * remarks about ..."), SPEECH_NOUNS_THAT nothing else ("Sanders' charge
 * that ...").
 */
static const char *const SPEECH_NOUNS_TO[] = {
	"claim", "claims", "promise", "promises", "pledge", "pledges", "vow", "vows", "call", "calls", NULL
};
static const char *const SPEECH_NOUNS_ABOUT[] = {"remark", "remarks", "comment", "comments", NULL};
/* ... of them, those whose topic may follow "on" too ("his comments on Muslims"; "remarks on" is a place's) */
static const char *const SPEECH_NOUNS_ON[] = {"comment", "comments", NULL};
/* (also the nouns of a held position: "Obama repeated his contention that ..." makes "repeated" report) */
static const char *const SPEECH_NOUNS_THAT[] = {
	"charge", "charges", "contention", "argument", "assertion", "belief", "view", "position", "insistence",
	"complaint", "message", "warning", "point", NULL
};

/* Words that label a line with a colon without naming a speaker: "Update: ...", "Photo: ...". */
static const char *const COLON_LABELS[] = {
	"note", "update", "updated", "updates", "photo", "photos", "video", "watch", "read", "related",
	"correction", "editor", "editors", "source", "sources", "exclusive", "breaking", "opinion",
	"analysis", "warning", "disclaimer", "caption", "credit", "credits", "listen", "transcript",
	"subscribe", "advertisement", "tags", "topics", "also", "see", "more", "click", "follow", "share",
	"email", "by", "posted", "filed", "image", "images", "file", "graphic", "map", "chart", "live",
	"recommended", "previously", "background", "context", "fact", "check", "verdict", "rating",
	"summary", "highlights", "bottom", "line", "question", "answer", "claim", "ruling", "paid",
	"notice", "deaths", "rumor", "rumors", "rumour", "rumours", "contributing", "contributors",
	"reporting",
	/* headline hooks: "BOOM: ...", "Revealed: ..." */
	"boom", "revealed", "wow",
	NULL
};

/*
 * Words that open a sentence as an adverbial set off by a comma soon after,
 * not as its subject: "Back in 1999, Mr. Trump ...", "There, the chairman
 * ...", "Likewise, Trump ...".
 */
static const char *const SENTENCE_OPENERS[] = {
	"back", "there", "here", "likewise", "meanwhile", "however", "instead", "indeed",
	"nevertheless", "nonetheless", "moreover", "furthermore", "besides", "otherwise", "elsewhere",
	"overall", "thus", "hence", "therefore", "consequently", "accordingly", "notably", "anyway",
	"regardless", "yes", "no", "well", "perhaps", "still",
	NULL
};

/* Words in -ly that are no adverb: a walk must not step over them as one ("the family said"). */
static const char *const LY_NOT_ADVERBS[] = {
	"family", "rally", "supply", "assembly", "reply", "daily", "weekly", "monthly", "quarterly",
	"yearly", "silly", "lonely", "friendly", "elderly", "costly", "deadly",
	"lovely", "lively", "italy", "anomaly", "monopoly", "homily", "belly", "bully", "jelly", "folly",
	"tally", "gully", "hilly", "curly", "burly", "surly", "orderly", "worldly", "manly", "comely",
	"ghastly", "courtly", "stately", "timely", "shapely", "sickly", "prickly", "wrinkly", "bubbly",
	NULL
};

/*
 * Words that open a clause with a subject of its own ("..., while Mike
 * Huckabee ... said"), unlike "that" or "who", whose clause reports or
 * describes, and "and" or "as", which join names as often ("Syria and
 * Iraq", "known as ISIS").
 */
static const char *const CLAUSE_OPENERS[] = {
	"while", "whereas", "although", "though", "but",
	NULL
};

/*
 * Relative pronouns: their clause describes the name before it ("a
 * pollster who advised ...", "Trump, with whom he clashed ..."), so it
 * holds neither a role's words nor the subject of a participle after it.
 * Each is in CLAUSE_BREAKS as well: the rules ask this list only of those.
 */
static const char *const RELATIVE_PRONOUNS[] = {"who", "whom", "whose", "which", NULL};

/*
 * Coordinating words that open a sentence ("But she didn't stop there,
 * saying ..."): a subject walk steps over them, as over no adverbial.
 * Not "so" ("So far, ...").  Each is in CLAUSE_BREAKS as well.
 */
static const char *const COORDINATORS[] = {"and", "but", "yet", "or", "nor", NULL};

/*
 * Subordinating words: their clause hangs on the main one, so a participle
 * after it has the main clause's subject ("Bradley apologized for the
 * columns after they came out, saying ..." is said by Bradley).  Each is
 * in CLAUSE_BREAKS as well.
 */
static const char *const SUBORDINATORS[] = {
	"after", "before", "because", "if", "when", "although", "though", "since", "until",
	"unless", "once", "where", "whether", "what", "how", "why", "than",
	NULL
};

/*
 * Irregular past tenses, which a walk along a subject must stop at as it
 * stops at a word in -ed: "The Florida senator sought to calm ...".
 */
static const char *const IRREGULAR_PAST[] = {
	"sought", "took", "made", "went", "came", "gave", "began", "ran", "won", "lost", "sent", "held",
	"met", "left", "led", "kept", "got", "brought", "thought", "found", "stood", "woke", "spoke",
	"broke", "chose", "drove", "rose", "fell", "felt", "heard", "knew", "saw", "became", "built",
	"bought", "caught", "fought", "taught", "paid", "sat", "sold", "spent", "struck", "threw",
	"understood", "wore", "withdrew", "swore", "forgot", "hid", "shook", "stole", "sang", "drew",
	"grew", "flew", "ate", "drank", "hit", "quit", "did", "had", "was", "were", "said", "wrote", "told",
	/* the same in the present: a verb after a subject all the same ("The investigation undercut many") */
	"undercut", "cut", "put", "set", "let", "shut", "upset", "hurt",
	/* regular, but too short for the -ed test (a core of five bytes): "The nurse sued, claiming ..." */
	"sued", "used", "died", "lied", "tied", "owed", "eyed", "vied", "fled", "sped", "shed",
	NULL
};

/*
 * Words a Title Case headline capitalises that are never part of a name:
 * "Comcast Is Threatening ...", "Woman Who Claimed ...", "Tim Cook
 * Reportedly Reveals ...".  In such a headline they are read as lower case
 * (with the reporting verbs that are no nouns, by their class).  No given
 * name is listed ("Will", "May", "Don" stay capitalised).
 */
/*
 * Abbreviations that are also words ending a sentence: "shaking his head
 * no." and "he fell ill." end one, "No. 2" and "Mass." do not.  Written in
 * lower case they abbreviate only before a number.
 */
/* One-word answers: "46 percent of voters said yes", "the candidate said no." */
/* ("no." too: the answer before a period, which the word keeps as an abbreviation's, "No. I had no idea") */
static const char *const ANSWERS[] = {"yes", "no", "no.", NULL};

/*
 * Words that open a condition, a wish, a hope or a supposition: a falsity
 * label or a negation inside such a clause states nothing ("If you think
 * the moon landing was fake", "if he weren't in government", "I wish I
 * never did it", "I hope they are fake").
 */
static const char *const CONDITIONALS[] = {
	"if", "unless", "whether", "wish", "wished", "wishes", "hope", "hopes", "hoped", "hoping",
	"suppose", "supposing", "imagine", "assuming", "pretend", "pretending", "lest",
	NULL
};

/*
 * Cues that concede: what follows them is granted, not denied ("Carson
 * admitted that the course name ... was inaccurate", "agreed that she was
 * not in the Trump camp").
 */
static const char *const ADMISSION_CUES[] = {
	"admit", "admits", "admitted", "admitting", "acknowledge", "acknowledges", "acknowledged",
	"acknowledging", "concede", "concedes", "conceded", "conceding", "agree", "agrees", "agreed",
	"agreeing", "confess", "confesses", "confessed", "confessing",
	NULL
};

/*
 * A cue word and the noun it describes as an adjective: "Clinton leads
 * Sanders by 271 pledged delegates" reports nothing.  Participles in -ed
 * only: real_cue() looks a phrase up only after such a cue.
 */
static const char *const NOT_CUES[] = {"pledged delegates", "pledged delegate", NULL};

/*
 * Prepositions after which a reporting gerund reports nothing: "left
 * without saying", "barred from commenting".  After the others it reports:
 * "ended by saying “Too many.”", "before adding that ...", "criticized for
 * telling ...", "joined in calling for ...".
 */
static const char *const GERUND_BLOCKERS[] = {"without", "from", NULL};

/*
 * Words that make a speaker a news medium: "the state-run KCNA news agency",
 * "The New York Times", "Reuters", "BFM TV".  A medium that reports a
 * statement with a speaker of its own is its reporting source, not a
 * second speaker ("Pyongyang indicated ..., the KCNA news agency said").
 * Not "Bloomberg", a person as often.
 */
static const char *const MEDIA_WORDS[] = {
	"news", "agency", "newspaper", "paper", "magazine", "tabloid", "times", "post", "journal",
	"tribune", "herald", "gazette", "examiner", "globe", "sun", "telegraph", "guardian", "daily",
	"press", "wire", "reuters", "ap", "afp", "upi", "kcna", "xinhua", "tass", "yonhap", "cnn",
	"msnbc", "nbc", "abc", "cbs", "fox", "bbc", "npr", "pbs", "politico", "axios", "tv",
	"television", "radio", "network", "broadcaster", "outlet", "website", "reporter", "reporters",
	NULL
};

/*
 * Whom something is told, when no "that" follows: "told reporters the bill
 * was dead", "told him the ...", "told the crowd ..." (with GROUP_NOUNS and
 * named addressees, "told CNN ...", the clause starts after them).
 */
static const char *const ADDRESSEES[] = {
	"him", "her", "them", "me", "us", "reporters", "journalists", "crowd", "crowds", "audience",
	"audiences", "press", "listeners", "viewers", "attendees", "interviewers", "hosts", "readers",
	"followers", "rally-goers", "rallygoers", "congregation", "committee", "panel", "parliament",
	"lawmakers", "legislators", "senators", "jury", "jurors", "court", "investors", "analysts",
	"supporters", "voters", "students", "employees", "staff", "colleagues", "delegates", "council",
	"board", "commission", "judge", "legislature",
	NULL
};

/*
 * Verbs whose object is the subject of the infinitive after it: "led DNC
 * chairwoman Debbie Wasserman Schultz to announce her resignation",
 * "prompted Britain's Parliament to call a debate"; and "for" ("enough for
 * him to claim a moral victory").
 */
static const char *const CONTROL_VERBS[] = {
	"led", "lead", "leads", "leading", "drove", "drive", "drives", "driving", "prompted", "prompt",
	"prompts", "prompting", "allowed", "allow", "allows", "forced", "force", "forces", "forcing",
	"pushed", "push", "pushes", "pushing", "caused", "cause", "causes", "encouraged", "encourage",
	"encourages", "pressed", "pressing", "invited", "invite", "invites", "urged", "urge", "urges",
	"urging", "asked", "ask", "asks", "asking", "enabled", "enable", "enables", "spurred", "spurs",
	"inspired", "inspires", "compelled", "compels", "pressured", "pressuring", "persuaded",
	"persuade", "convinced", "convince", "challenged", "challenge", "challenges", "expected",
	"expect", "expects", "wanted", "want", "wants", "told", "tell", "tells", "telling", "for",
	NULL
};

static const char *const WORD_ABBREVIATIONS[] = {"no.", "ill.", "mass.", "wash.", "fig.", "est.", NULL};

static const char *const TITLE_CASE_MINOR[] = {
	"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "does", "did", "do",
	"would", "could", "should", "not", "to", "for", "in", "on", "at", "by", "with", "from", "into",
	"over", "after", "about", "despite", "amid", "as", "than", "that", "which", "who", "whose",
	"whom", "and", "but", "or", "nor", "if", "when", "while", "because", "it", "its", "he", "she",
	"they", "we", "his", "her", "their", "our", "reportedly", "allegedly", "likely", "also",
	"still", "now", "again", "finally", "officially", "just", "only", "really", "actually", "never",
	/* how a denial or a statement is made: "Trump Strongly Denies ..." names Trump */
	"strongly", "vehemently", "flatly", "firmly", "categorically", "emphatically", "adamantly",
	"repeatedly", "resoundingly", "angrily", "publicly", "privately", "openly", "formally", "sharply",
	"bluntly", "harshly", "strenuously", "vigorously", "fiercely", "forcefully", "furiously", "quietly",
	"quickly", "swiftly", "immediately", "personally", "directly", "formerly", "previously", "initially",
	NULL
};

/* The means of a statement after "by" ("said by telephone"): the verb stays active. */
static const char *const MEANS_OF_SPEECH[] = {
	"phone", "telephone", "cellphone", "email", "e-mail", "text", "video", "videolink", "satellite",
	"letter", "mail", "fax", "tweet", "teleconference", "videoconference", "radio", "webcam", "skype",
	/* also the occasions and places of saying: "denied it in a statement", "wrote on Twitter" */
	"statement", "interview", "post", "speech", "memo", "twitter", "facebook", "instagram",
	"telegram", "tiktok", "youtube", "linkedin", "weibo", "threads", "bluesky", "substack",
	NULL
};

/*
 * Cues that are no verb ("according to"): the cue pattern tries them first,
 * and their first words, alone and with the second, are phrase heads that
 * lead the word scan to it.
 */
static const char *const PREPOSITIONAL_CUES[] = {"according to", NULL};

/* Honorifics; gender is given by the lists below. */
static const char *const HONORIFICS_MALE[] = {"mr", "mr.", "sir", "lord", "mister", "alhaji", NULL};
static const char *const HONORIFICS_FEMALE[] = {"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "madam", "alhaja", "hajiya", NULL};
static const char *const HONORIFICS_OTHER[] = {"dr", "dr.", "rev", "rev.", "prof", "prof.", NULL};

static const char *const FIRST_NAMES_MALE[] = {
	"barack", "donald", "bernie", "bill", "george", "john", "michael", "james", "robert", "david",
	"richard", "joseph", "joe", "thomas", "charles", "chris", "christopher", "daniel", "matthew",
	"mark", "paul", "steven", "steve", "andrew", "kenneth", "kevin", "brian", "jeb", "ted", "marco",
	"rand", "ben", "mike", "mitch", "paul", "rick", "scott", "jim", "tim", "tom", "jeff", "jeffrey",
	"eric", "jon", "jonathan", "peter", "harry", "jack", "vladimir", "xi", "kim", "francois",
	"françois", "angela", "boris", "justin", "emmanuel", "nicolas", "tony", "gordon", "david",
	"reince", "sean", "newt", "mitt", "dick", "al", "lindsey", "rudy", "rudolph", "chuck", "john",
	"martin", "lynton", "frank", "fred", "gary", "greg", "henry", "howard", "jason", "larry",
	"louis", "luis", "carlos", "jose", "juan", "ahmed", "mohammed", "muhammad", "omar", "ali",
	"hassan", "ivan", "sergei", "dmitry", "benjamin", "bibi", "recep", "narendra", "shinzo",
	"vicente", "felipe", "raul", "fidel", "hugo", "nicolas", "jerry", "kevin", "roger", "ron",
	"ronald", "jimmy", "lyndon", "franklin", "abraham", "dwight", "gerald", "herbert", "warren",
	"woodrow", "calvin", "ian", "alan", "adam", "aaron", "patrick", "sam", "samuel", "stephen",
	"edward", "walter", "william", "willie", "andy", "alex", "alexander", "anthony", "arthur",
	"bob", "bobby", "bruce", "carl", "craig", "dan", "dennis", "doug", "douglas", "ed", "gavin",
	"glenn", "jamal", "jesse", "keith", "kyle", "lee", "matt", "nick", "phil", "philip", "ralph",
	"randy", "ray", "russell", "ryan", "stanley", "todd", "travis", "trey", "tyler", "victor",
	"wayne", "zach", "preet", "jared", "corey", "elijah", "kyev", "reid", "harold", "norman", "roy",
	/* given names in -ed, which would read as participles opening an adverbial ("Mohamed Salah, who ...") */
	"mohamed", "mohammad", "muhammed", "khaled", "saeed", "waleed", "rasheed", "hamed", "majed", "zayed",
	"gene", "brad", "vincent", "cyril", "sergio", "andres", "andrés", "alejandro", "javier", "diego", "pedro",
	"miguel", "jorge", "fernando", "ricardo", "emeka", "chidi", "kwame",
	NULL
};

static const char *const FIRST_NAMES_FEMALE[] = {
	"hillary", "michelle", "sarah", "nancy", "elizabeth", "mary", "patricia", "jennifer", "linda",
	"barbara", "susan", "jessica", "karen", "lisa", "betty", "margaret", "sandra", "ashley",
	"dorothy", "kimberly", "emily", "donna", "carly", "marine", "theresa", "teresa", "angela",
	"condoleezza", "madeleine", "hope", "kellyanne", "ivanka", "melania", "chelsea", "debbie",
	"dianne", "diane", "kamala", "amy", "kirsten", "tammy", "maxine", "nikki", "sheila", "huma",
	"cheryl", "loretta", "janet", "samantha", "valerie", "jill", "laura", "laurie", "ann", "anne",
	"anna", "hannah", "katie", "kate", "katherine", "catherine", "kathleen", "christine",
	"christina", "julia", "julie", "rachel", "rebecca", "ruth", "sharon", "shirley", "sophie",
	"stephanie", "susanna", "tina", "victoria", "virginia", "wendy", "yvonne", "zoe", "alice",
	"amanda", "andrea", "carol", "caroline", "claire", "dana", "deborah", "ellen", "emma", "erin",
	"gina", "grace", "heather", "helen", "irene", "jane", "jean", "joan", "joanne", "jody",
	"joy", "judith", "judy", "kelly", "kristen", "lauren", "lena", "lori", "lucy", "maria",
	"marie", "megan", "melissa", "monica", "natalie", "nicole", "pam", "pamela", "paula", "rose",
	"ruth", "sally", "sara", "susan", "tracy", "debbie", "donna", "kristin", "mia", "marsha",
	"elaine", "paige", "jen", "jenna", "brenda", "gwen", "nina", "olivia", "priscilla", "roberta",
	"gabriela", "isabel", "camila", "valentina", "fatima", "aisha", "amina", "ngozi",
	NULL
};

static const char *const PRONOUNS_MALE[] = {"he", "him", "his", NULL};
static const char *const PRONOUNS_FEMALE[] = {"she", "her", "hers", NULL};
static const char *const PRONOUNS_OTHER[] = {"they", "it", "we", "i", "you", "them", NULL};
/* Of those, the writer and the reader: outside quotations they stand for no one the article names. */
static const char *const SPEECH_PARTICIPANTS[] = {"i", "you", NULL};

static const char *const DETERMINERS[] = {
	"the", "a", "an", "this", "these", "those", "some", "many", "several", "most", "few",
	"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "all", "both", "each", "every",
	"any", "other",
	"another", "his", "her", "their", "its", "our", "my", "your", "such", "one", "various",
	"numerous", "more", "dozens", "hundreds", "thousands", "neither", "either",
	NULL
};

/* Articles and possessives: a cue word right after one is a noun or adjective ("the reported attack"). */
static const char *const ARTICLES[] = {
	"the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your",
	NULL
};

static const char *const CLAUSE_BREAKS[] = {
	"that", "and", "but", "because", "if", "when", "while", "although", "though", "as", "since",
	"which", "who", "whom", "whose", "where", "whether", "or", "so", "than", "until", "unless",
	"what", "how", "why", "nor", "yet", "once", "after", "before", "whereas",
	NULL
};

static const char *const ADVERBS[] = {
	"also", "later", "then", "afterward", "afterwards", "again", "previously", "repeatedly", "recently", "frequently", "often",
	"still", "further", "similarly", "separately", "immediately", "quickly", "publicly", "privately",
	"reportedly", "allegedly", "flatly", "categorically", "strongly", "firmly", "vehemently",
	"adamantly", "simply", "finally", "earlier", "first", "last", "just", "already", "now", "even",
	"never", "once", "since", "soon", "sometimes", "initially", "subsequently", "openly", "bluntly",
	"angrily", "calmly",
	"sharply", "emphatically", "consistently", "always", "long", "not", "ultimately", "additionally",
	"specifically", "explicitly", "clearly", "only", "reportedly", "officially", "jokingly",
	"both", "each", "himself", "herself", "themselves", "nevertheless", "nonetheless", "instead",
	"twice",
	/* two words that stand as one adverb between a subject and its cue: "have in fact reported" */
	"in fact", "in turn", "at times", "at first", "in effect", "in private", "in public", "of course",
	"in particular", "for years", "for months", "for weeks", "for decades", "in person", "in writing",
	"on occasion", "by contrast", "in contrast", "in response", "in return",
	NULL
};

static const char *const AUXILIARIES[] = {
	"has", "have", "had", "would", "will", "was", "is", "were", "are", "be", "been", "did", "does",
	"do", "could", "should", "might", "may", "must", "can", "shall", "being", "having",
	/* negated, with either apostrophe: "Comey cannot say", "Trump couldn’t say" end no name */
	"cannot", "can't", "can\xE2\x80\x99t", "couldn't", "couldn\xE2\x80\x99t", "won't",
	"won\xE2\x80\x99t", "wouldn't", "wouldn\xE2\x80\x99t", "shouldn't", "shouldn\xE2\x80\x99t",
	"didn't", "didn\xE2\x80\x99t", "doesn't", "doesn\xE2\x80\x99t", "don't", "don\xE2\x80\x99t",
	"hasn't", "hasn\xE2\x80\x99t", "haven't", "haven\xE2\x80\x99t", "hadn't", "hadn\xE2\x80\x99t",
	"isn't", "isn\xE2\x80\x99t", "wasn't", "wasn\xE2\x80\x99t", "weren't", "weren\xE2\x80\x99t",
	"aren't", "aren\xE2\x80\x99t", "mustn't", "mustn\xE2\x80\x99t",
	NULL
};

static const char *const PREPOSITIONS[] = {
	"in", "on", "at", "to", "for", "from", "with", "during", "after", "before", "by", "about",
	"over", "under", "into", "through", "via", "like", "per", "amid", "since", "without",
	"outside", "inside", "near", "following", "ahead", "late", "early", "last", "this", "earlier",
	"beyond", "despite", "among", "amongst", "against", "across", "around", "behind", "below",
	"above", "within", "throughout", "upon", "toward", "towards", "onto", "unlike", "besides",
	"regarding", "concerning", "including", "except", "between", "along", "off", "out", "up", "down",
	"today", "yesterday", "tonight", "afterward", "afterwards", "then", "when", "while",
	NULL
};

static const char *const ORG_WORDS[] = {
	"party", "committee", "agency", "inc", "inc.", "corp", "corp.", "co.", "ltd", "company",
	"association", "council", "department", "ministry", "office", "bureau", "commission",
	"university", "institute", "foundation", "center", "centre", "group", "bank", "news", "times",
	"post", "journal", "press", "network", "campaign", "administration", "government", "court",
	"senate", "house", "congress", "parliament", "army", "force", "police", "service", "services",
	"pictures", "studios", "entertainment", "media", "union", "league", "federation",
	"organization", "organisation", "fund", "society", "club", "church", "board", "authority",
	"command", "embassy", "secretariat", "cabinet", "coalition", "alliance", "corporation", "watch",
	"holdings", "partners", "institution", "school", "college", "hospital", "airlines", "motors", "electric", "dynamics",
	/* football clubs ("Manchester United", "Tottenham Hotspur", "Blackburn Rovers") */
	"united", "fc", "afc", "rovers", "wanderers", "hotspur", "albion", "athletic",
	"magazine", "television", "radio", "channel", "tribune", "herald", "gazette", "daily",
	"review", "reuters", "fbi", "cia", "nsa", "kcna", "nato", "ap", "cnn", "bbc", "abc", "nbc",
	"cbs", "fox", "msnbc", "npr", "pbs", "afp", "UN", "eu", "dnc", "rnc", "gop", "sony",
	"pentagon", "interpol", "unicef", "WHO", "imf", "opec", "apple", "google", "facebook",
	"twitter", "microsoft", "amazon", "politico", "breitbart", "bloomberg", "axios", "reuters",
	"nyt", "wsj", "upi", "xinhua", "tass", "interfax", "yonhap", "kyodo", "al-jazeera",
	"hamas", "hezbollah", "taliban", "isis", "isil", "fifa", "nasa", "epa", "irs", "dhs", "doj",
	"justice", "state", "states", "forces", "ministry", "navy", "guard", "assembly", "nations",
	"republicans", "democrats", "industries", "airways", "systems", "technologies",
	/* research and investment firms whose analysts are quoted ("Deepwater Asset Management") */
	"management", "securities", "advisors", "advisers", "consulting", "strategies", "economics",
	"analytics", "investments", "associates", "directorate", "reserve",
	/* local governments: "Lee County" is no man called Lee */
	"county", "city", "district", "township", "borough", "parish", "province",
	NULL
};

/* Words after which a capitalised word is a date or time, not a speaker. */
static const char *const TIME_WORDS[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"yesterday", "today", "tonight", "tomorrow", "morning", "afternoon", "evening", "night",
	"week", "month", "year", "weekend", "past", "weeks", "months", "years", "days",
	"summer", "winter", "autumn",
	/* time zones after a clock time ("23:00 BST"): no organisation's acronym */
	"gmt", "bst", "utc", "cet", "cest", "eet", "edt", "est", "cdt", "cst", "mdt", "mst", "pdt", "pst",
	"aest", "aedt", "jst", "kst",
	NULL
};

/*
 * Adjectives of an office: after a title they start no name, and a name
 * run that ends in one registers no one ("his Vice Presidential
 * announcement").  Each ends in "al", which the rule tests first.
 */
static const char *const OFFICE_ADJECTIVES[] = {
	"presidential", "vice-presidential", "gubernatorial", "congressional", "senatorial", "ministerial",
	"judicial", "mayoral", "provincial",
	NULL
};

/* A party's adjective or noun before a person's name: "Republican Donald Trump", "Democrat Hillary Clinton". */
static const char *const PARTIES[] = {
	"republican", "democrat", "democratic", "libertarian", "gop", "independent", "conservative",
	"labour", "liberal", "tory",
	NULL
};

/*
 * "The State Department less than two weeks ago said": a span of time ago
 * between a subject and its cue, its unit (TIME_UNITS) after words that
 * measure it (TIME_MEASURES; and digits).
 */
static const char *const TIME_UNITS[] = {
	"minutes", "hours", "days", "weeks", "months", "years", "decades", "minute", "hour", "day",
	"week", "month", "year", "decade",
	NULL
};

static const char *const TIME_MEASURES[] = {
	"a", "an", "few", "several", "many", "some", "two", "three", "four", "five", "six", "seven",
	"eight", "nine", "ten", "than", "less", "more", "about", "nearly", "just", "only", "almost",
	"at", "least", "over", "roughly", "fewer",
	NULL
};

static const char *const MONTHS[] = {
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
	"sep.", "sept.", "oct.", "nov.", "dec.",
	NULL
};

/* Abbreviations whose period does not end a sentence (single capitals are handled in code). */
static const char *const ABBREVIATIONS[] = {
	"mr.", "mrs.", "ms.", "dr.", "st.", "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "sgt.",
	"capt.", "prof.", "jr.", "sr.", "inc.", "corp.", "co.", "ltd.", "u.s.", "u.k.", "u.n.",
	"jan.", "feb.", "mar.", "apr.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "no.",
	"vs.", "etc.", "rev.", "ft.", "mt.", "a.m.", "p.m.", "e.g.", "i.e.", "d.c.", "u.s.a.",
	"adm.", "cmdr.", "maj.", "pvt.", "supt.", "atty.", "assn.", "dept.", "est.", "fig.", "al.",
	"det.", "insp.", "cllr.",
	"calif.", "fla.", "mass.", "penn.", "wash.", "ariz.", "colo.", "conn.", "ill.", "mich.",
	"minn.", "tenn.", "tex.", "va.", "wis.", "ky.", "la.", "md.", "mo.", "nev.", "okla.", "ore.",
	"pa.", "ala.", "ark.", "del.", "ga.", "ind.", "kan.", "neb.", "mont.", "vt.", "wyo.", "n.y.",
	"n.j.", "n.c.", "n.h.", "n.m.", "n.d.", "s.c.", "s.d.", "r.i.", "w.va.",
	NULL
};

/* Nouns for people who speak without a name ("officials said"). */
static const char *const GROUP_NOUNS[] = {
	"officials", "police", "critics", "experts", "analysts", "sources", "residents", "witnesses",
	"protesters", "investigators", "authorities", "prosecutors", "lawmakers", "supporters",
	"opponents", "aides", "voters", "researchers", "scientists", "democrats", "republicans",
	"chains", "leaders", "activists", "spokesmen", "workers", "employees", "executives",
	"observers", "diplomats", "people", "organizers", "organisers", "advocates", "members",
	"economists", "doctors", "lawyers", "students", "parents", "teachers", "senators",
	"campaign", "administration", "government", "company", "ministry", "agency", "statement",
	"spokesman", "spokeswoman", "spokesperson", "official", "source", "representative",
	"insiders", "allies", "staffers", "advisers", "advisors", "conservatives", "liberals",
	"progressives", "delegates", "candidates", "polls", "poll", "survey",
	"specialists", "strategists", "historians", "commentators", "pundits", "scholars", "donors",
	"backers", "officers", "agents", "consultants", "operatives", "veterans", "farmers", "others",
	"attorneys", "surveys", "studies",
	/* the bodies and the trades that local and labour news quotes as one: "but unions call it ..." */
	"unions", "nurses", "campaigners", "traders", "businesses", "landlords", "tenants", "patients",
	"families", "groups", "charities",
	/* indefinite pronouns as subjects: "and none has said", "everyone says" */
	"none", "nobody", "everyone", "everybody", "someone", "somebody", "anyone", "anybody",
	/* findings that say things without an article: "early ratings data suggests", "history says" */
	"data", "evidence", "research", "history",
	/* documents that say things: "The letter continues: ...", "the document states" */
	"letter", "memo", "document", "documents", "complaint", "lawsuit", "filing", "ruling", "indictment",
	/* shares of those polled: "52 percent said", "three-quarters said", "a majority said" */
	"percent", "majority", "minority", "plurality", "half", "three-quarters", "two-thirds", "one-third",
	"three-fourths", "one-fourth", "one-quarter", "two-fifths", "three-fifths", "respondents",
	NULL
};

/* Heads of epithets that refer back to a country in focus ("the secretive state"). */
static const char *const EPITHET_HEADS[] = {
	"state", "country", "nation", "regime", "kingdom", "republic", "government", "communist",
	NULL
};

/* Country names and aliases -> canonical name.  Case matters for all-capital aliases ("US"). */
static const char *const COUNTRIES[][2] = {
	{"United States", "United States"}, {"US", "United States"}, {"U.S.", "United States"},
	{"USA", "United States"}, {"U.S.A.", "United States"}, {"America", "United States"},
	{"United Kingdom", "United Kingdom"}, {"UK", "United Kingdom"}, {"U.K.", "United Kingdom"},
	{"Britain", "United Kingdom"}, {"Great Britain", "United Kingdom"},
	{"North Korea", "North Korea"}, {"DPRK", "North Korea"}, {"South Korea", "South Korea"},
	{"China", "China"}, {"Russia", "Russia"}, {"Japan", "Japan"}, {"Iran", "Iran"}, {"Iraq", "Iraq"},
	{"Syria", "Syria"}, {"Israel", "Israel"}, {"France", "France"}, {"Germany", "Germany"},
	{"Mexico", "Mexico"}, {"Canada", "Canada"}, {"India", "India"}, {"Pakistan", "Pakistan"},
	{"Afghanistan", "Afghanistan"}, {"Ukraine", "Ukraine"}, {"Turkey", "Turkey"}, {"Egypt", "Egypt"},
	{"Saudi Arabia", "Saudi Arabia"}, {"Cuba", "Cuba"}, {"Venezuela", "Venezuela"}, {"Libya", "Libya"},
	{"Italy", "Italy"}, {"Spain", "Spain"}, {"Greece", "Greece"}, {"Brazil", "Brazil"},
	{"Australia", "Australia"}, {"Taiwan", "Taiwan"}, {"Vietnam", "Vietnam"}, {"Qatar", "Qatar"},
	{"Yemen", "Yemen"}, {"Lebanon", "Lebanon"}, {"Jordan", "Jordan"}, {"Nigeria", "Nigeria"},
	{"Kenya", "Kenya"}, {"South Africa", "South Africa"}, {"Poland", "Poland"}, {"Sweden", "Sweden"},
	{"Norway", "Norway"}, {"Denmark", "Denmark"}, {"Netherlands", "Netherlands"},
	{"Belgium", "Belgium"}, {"Switzerland", "Switzerland"}, {"Austria", "Austria"},
	{"Ireland", "Ireland"}, {"Portugal", "Portugal"}, {"Argentina", "Argentina"}, {"Chile", "Chile"},
	{"Colombia", "Colombia"}, {"Peru", "Peru"}, {"Indonesia", "Indonesia"},
	{"Philippines", "Philippines"}, {"Thailand", "Thailand"}, {"Malaysia", "Malaysia"},
	{"Singapore", "Singapore"}, {"Myanmar", "Myanmar"}, {"Bangladesh", "Bangladesh"},
	{"Ethiopia", "Ethiopia"}, {"Somalia", "Somalia"}, {"Sudan", "Sudan"}, {"Algeria", "Algeria"},
	{"Morocco", "Morocco"}, {"Tunisia", "Tunisia"}, {"Kuwait", "Kuwait"}, {"Bahrain", "Bahrain"},
	{"Oman", "Oman"}, {"United Arab Emirates", "United Arab Emirates"}, {"UAE", "United Arab Emirates"},
	{"Belarus", "Belarus"}, {"Georgia", "Georgia"}, {"Armenia", "Armenia"}, {"Azerbaijan", "Azerbaijan"},
	{"Kazakhstan", "Kazakhstan"}, {"Hungary", "Hungary"}, {"Romania", "Romania"}, {"Serbia", "Serbia"},
	{"Finland", "Finland"}, {"New Zealand", "New Zealand"}, {"Palestine", "Palestine"},
	{"Puerto Rico", "Puerto Rico"}, {"Hong Kong", "Hong Kong"}, {"England", "United Kingdom"},
	{"Scotland", "United Kingdom"},
	{NULL, NULL}
};

/* Capitals and seats of power -> the country they stand for. */
static const char *const METONYMS[][2] = {
	{"Pyongyang", "North Korea"}, {"Seoul", "South Korea"}, {"Beijing", "China"},
	{"Moscow", "Russia"}, {"Kremlin", "Russia"}, {"the Kremlin", "Russia"}, {"Tehran", "Iran"},
	{"Washington", "United States"}, {"White House", "United States"},
	{"the White House", "United States"}, {"Tokyo", "Japan"}, {"London", "United Kingdom"},
	{"Downing Street", "United Kingdom"}, {"Whitehall", "United Kingdom"}, {"Paris", "France"},
	{"Elysee", "France"}, {"Berlin", "Germany"}, {"Kiev", "Ukraine"}, {"Kyiv", "Ukraine"},
	{"Ankara", "Turkey"}, {"Damascus", "Syria"}, {"Baghdad", "Iraq"}, {"Jerusalem", "Israel"},
	{"Cairo", "Egypt"}, {"Riyadh", "Saudi Arabia"}, {"Havana", "Cuba"}, {"Caracas", "Venezuela"},
	{"Ottawa", "Canada"}, {"New Delhi", "India"}, {"Islamabad", "Pakistan"}, {"Kabul", "Afghanistan"},
	{"Taipei", "Taiwan"}, {"Hanoi", "Vietnam"}, {"Tripoli", "Libya"}, {"Rome", "Italy"},
	{"Madrid", "Spain"}, {"Athens", "Greece"}, {"Canberra", "Australia"}, {"Mexico City", "Mexico"},
	{"Brasilia", "Brazil"}, {"Warsaw", "Poland"}, {"Minsk", "Belarus"}, {"Doha", "Qatar"},
	{"Kuala Lumpur", "Malaysia"}, {"Putrajaya", "Malaysia"}, {"Nairobi", "Kenya"}, {"Abuja", "Nigeria"},
	{"Manila", "Philippines"}, {"Malacañang", "Philippines"}, {"Jakarta", "Indonesia"},
	{"Bangkok", "Thailand"}, {"Dhaka", "Bangladesh"}, {"Pretoria", "South Africa"},
	{"Addis Ababa", "Ethiopia"}, {"Stockholm", "Sweden"}, {"Oslo", "Norway"}, {"Copenhagen", "Denmark"},
	{"Vienna", "Austria"}, {"Budapest", "Hungary"}, {"Bucharest", "Romania"}, {"Belgrade", "Serbia"},
	{"Tbilisi", "Georgia"}, {"Yerevan", "Armenia"}, {"Baku", "Azerbaijan"},
	{NULL, NULL}
};

/* ---------------------------------------------------------------- denials
 *
 * Phrase lists for aa_denial.c, joined into PCRE2 alternations there.  Entries
 * are regular-expression fragments (matched case-insensitively, on word
 * boundaries); keep them literal unless a gap is part of the cue ("neither
 * ... nor").  See shared/notes/denials.md for where they come from.
 */

/*
 * Verbs that deny by themselves (with a that-clause, a claim noun or "any" +
 * noun).  Single literal words: aa_is_denial_verb asks the lexicon for them.
 */
static const char *const DENIAL_VERBS[] = {
	"deny", "denies", "denied", "denying", "refute", "refutes", "refuted", "refuting",
	"rebut", "rebuts", "rebutted", "rebutting", "repudiate", "repudiates", "repudiated",
	"disavow", "disavows", "disavowed", "disclaim", "disclaims", "disclaimed", "debunk",
	"debunks", "debunked", "contradict", "contradicts", "contradicted", "gainsay", "controvert",
	"denial", "denials",
	NULL
};

/*
 * Verbs that deny only with a claim-type object, or "as" + a falsity label.
 * Literal: the lexicon holds the single words for aa_is_denial_verb_claim.
 * The phrasal ones that are also cues ("pushed back against", "ruled out")
 * are DISPUTE_CUES, which the pattern of these adds.
 */
static const char *const DENIAL_VERBS_WITH_CLAIM[] = {
	"reject", "rejects", "rejected", "rejecting", "dismiss", "dismisses", "dismissed",
	"dismissing", "dispute", "disputes", "disputed", "disputing", "scoffed at", "knocked down", "challenged",
	"challenges", "slammed", "rebuffed", "rebuffs", "contested", "contests", "retract", "retracts",
	"retracted", "retracting", "rubbished", "rubbishes", "rubbishing",
	"casts? doubts? (?:on|over)", "rais(?:e|es|ed) doubts? about",
	NULL
};

/*
 * Cues that report only a claim they take back or reject ("retracts claim
 * about ...", "retracted its report that ...", "shot down the idea that
 * ..."): with any other object ("should retract his comments", "shot down a
 * Russian bomber") they report nothing.
 */
static const char *const CLAIM_ONLY_CUES[] = {
	"retract", "retracts", "retracted", "retracting", "shot down", "shoots down", "shoot down",
	/* "rubbished reports that ...", not "rubbished his rival" (no "rubbish": the noun, a falsity label) */
	"rubbished", "rubbishes", "rubbishing",
	NULL
};

/*
 * Works whose title in marks may follow them: "in his 2012 book, ''An
 * American Son.''", "on the show “Morning Joe.”".  American style puts the
 * period inside the marks, so after one of these a Title Case span with it
 * is still a title.
 */
static const char *const WORK_NOUNS[] = {
	"book", "books", "memoir", "novel", "show", "program", "programme", "film", "movie",
	"documentary", "series", "album", "song", "column", "essay", "article", "op-ed", "play",
	"musical", "podcast", "episode", "headline", "titled", "entitled",
	/* a medium in lower case, before its possessive: "Fox News channel’s “Sunday Morning Futures,”" */
	"channel", "network", "station",
	NULL
};

/* Heads of the objects that make a claim ("the allegation that ..."). */
static const char *const CLAIM_NOUNS[] = {
	"accusations?", "allegations?", "assertions?", "charges?", "claims?", "reports?", "reporting",
	"stor(?:y|ies)", "rumou?rs?", "suggestions?", "notion", "idea(?! of\\b)", "characteri[sz]ations?",
	"labels?", "criticisms?", "attacks?", "links?", "connections?", "involvement", "role",
	"responsibility", "wrongdoing", "knowledge", "presence", "existence", "plot", "speculation",
	"account", "version", "narrative", "theory", "premise", "findings?", "conclusions?",
	"assessment", "blame", "complicity", "culpability", "guilt", "misconduct", "impropriety",
	NULL
};

/* Words that call a claim false. */
static const char *const FALSITY_LABELS[] = {
	"baseless", "groundless", "unfounded", "unsubstantiated", "without (?:merit|basis|foundation)",
	"false", "falsehoods?", "untrue", "not true", "inaccurate", "misleading", "bogus", "fake",
	"fabricated", "fabrications?", "made-up", "made up", "trumped-up", "nonsense", "absurd",
	"ridiculous", "preposterous", "lies", "a lie", "lying(?! (?:to|about|under)\\b)", "slander(?:ous)?", "smears?", "libel(?:ous)?",
	"defamatory", "calumny", "propaganda", "disinformation", "hoax", "conspiracy theor(?:y|ies)",
	"witch hunt", "politically motivated", "no truth", "categorically false", "mistaken",
	"completely wrong", "totally wrong", "simply wrong", "flat wrong", "wrong", "crazy", "laughable",
	"faked", "staged", "doctored", "photoshopped", "exaggerated", "erroneous", "not real", "isn't real",
	"rubbish", "hoaxer", "doubts? (?:cast|raised) (?:over|on|about)", "bs", "b\\.s\\.", "bullshit", "garbage",
	"baloney", "hogwash", "malarkey", "fiction", "fairy tale",
	/* an attack dressed as a claim: "called the allegations “a political hit job”", "a stitch-up" */
	"hit job", "hatchet job", "stitch-up", "stitch up",
	NULL
};

/*
 * Statements that deny involvement or truth outright.  A state after "has",
 * "have" or "had" needs its "been" ("has not been arrested"): "Republicans
 * have not captured those states" states no denial.
 */
static const char *const NO_INVOLVEMENT[] = {
	"nothing to do with", "no (?:connection|link|relation|relationship|role|hand|part|involvement|knowledge|truth|basis)",
	"no (?:collusion|wrongdoing|quid pro quo|cover-?up)",
	"not (?:any|the slightest) (?:connection|link|relation|involvement|truth)",
	"not (?:involved|responsible|behind|guilty|true)", "(?:was|were|is|are) not behind",
	"had no (?:idea(?![^.;,]{0,40}\\bwould\\b)|knowledge|involvement|role)", "neither\\b(?! \\w+ing\\b)(?![^.;]{1,160}?\\b(?:would|will|could|can|should|may|might)\\b)[^.;]{1,120}?\\bnor",
	"never (?:happened|said|met|did(?! before)|took|received|lied|knew(?! (?:what|how|when|whether|if)\\b))",
	"did not happen", "didn't happen", "not what (?:happened|took place|occurred)",
	"at no (?:point|time|stage) (?:did|does|do|has|have|had|was|were|is|are|will)\\b",
	"(?:we|i) (?:strongly |firmly |categorically |flatly |totally |completely |vehemently )?(?:reject|deny) (?:it|this|that|these|those|(?:the|these|those|all|any|such) (?:[\\p{L}-]+ ){0,2}?(?:allegations?|accusations?|claims?|charges?|reports?))",
	"(?:we|i) (?:have|had)(?:n't|n\\x{2019}t| not| never) (?:caved|given in|backed down|lied|broken|stolen|hacked)",
	"(?:we|i) did(?:n't|n\\x{2019}t| not) (?:cave|give in|back down|lie|break|steal|hack)",
	"(?:(?:did|do|does)(?:n't|n\\x{2019}t| not) break|never broke|(?:has|have|had)(?:n't|n\\x{2019}t| not| never) broken) (?:the|any) laws?",
	"(?:(?:has|have|had)(?:n't|n\\x{2019}t| not| never) done|(?:did|does|do)(?:n't|n\\x{2019}t| not) do) anything (?:wrong|illegal|improper|unethical|inappropriate)",
	"(?:did|has done|have done|had done) nothing (?:wrong|illegal|improper|unethical|inappropriate)",
	"(?:am|is|are|was|were|be|(?:i|he|she|we|they)(?:'|\\x{2019})(?:m|s|re)) (?:completely |totally |entirely |100 percent )?innocent(?= of |[.,;:!?\"\\x{201D}]|$)",
	"never (?:took|taken|accepted|received|paid|offered|solicited) (?:a |any )?(?:bribes?|kickbacks?)",
	"pleaded not guilty", "pleads? not guilty", "pleaded innocent", "protest(?:s|ed)? (?:his|her|their) innocence",
	"categorically (?:false|untrue|deny|denies|denied|reject|rejects|rejected)",
	/* "the company “strongly disagrees” with the allegations" */
	"disagree(?:s|d)?[\"\\x{201D}]? with (?:the|these|those|all|any|such|its|his|her|their) (?:[\\p{L}-]+ ){0,2}?(?:allegations?|accusations?|claims?|charges?|characteri[sz]ations?|findings?|conclusions?)",
	"there is no evidence", "there was no evidence",
	"there(?: is|(?:'|\\x{2019})s| was| are| were) no such (?:plan|plans|thing(?! as\\b)|proposal|decision|deal|agreement|meeting|talks|order|policy|list|document|letter|call|conversation|request|offer|investigation|probe)",
	"none of (?:it|this|that|these|those|them|(?:the|these|those|their|his|her) (?:[\\p{L}-]+ ){0,2}?(?:allegations?|accusations?|claims?|charges?|reports?|rumou?rs?|stories)) (?:is|was|are|were)(?: remotely| even)? (?:true|accurate|correct)",
	"(?:(?:it|that)(?:'|\\x{2019})s|is|are|was|were|be) (?:simply |completely |totally |absolutely |patently |categorically |entirely |likely |probably |actually )?(?:a |an )?(?:(?:flat-out|outright|bald-faced|blatant|total|complete|absolute|big|pure|utter) )?(?:false|untrue|not true|not real|mistaken|baseless|groundless|unfounded|lies|lie|fabricated|fabrication|nonsense|hoax|fake news|slander|fake|faked|staged|doctored|rubbish|bogus|inaccurate|fiction|garbage|bs|bullshit|baloney|hogwash|malarkey|fairy tale)",
	"(?:is|are|was|were)(?:n't|n\\x{2019}t| not) (?:behind|linked|connected|related|affiliated)",
	"(?:(?:is|are|was|were)(?:n't| not| never)|(?:has|have|had)(?:n't| not| never) been) (?:true|accurate|correct|involved|responsible|behind|dead|captured|arrested|kidnapped|killed|detained|hacked|cancell?ed|shut down|closed|banned)",
	"(?:is|are|was|were)(?:n't| not) (?:the|a|an|his|her|their) (?:\\S+ ){0,3}(?:wife|husband|father|mother|son|daughter|leader|author|source|owner|cause)",
	NULL
};

/*
 * Negated statements of past or present fact, not of intent, habit or
 * feeling: "terrorists haven't crossed", and the bare "not" of headlines
 * that drop the verb ("Students Not Among Dead", "did NOT say"), but not
 * "Don't Care", "will not", "not ready".  A headline that reports one
 * denies a rumour ("Mexico Says Missing Students Not Found"); in an
 * article's prose most are plain negative statements ("said the economy
 * was not growing"), so aa_denial.c consults this list only in headlines.
 * The heads of these formulas are in NO_INVOLVEMENT_HEADS.  Each formula
 * ends at the negation, with the word after it in a lookahead, so that
 * WORD_END holds.  "Not" right after a comma contrasts ("a work horse, not
 * a show horse") and negates no fact.
 */
static const char *const NEGATED_FACTS[] = {
	"(?<!would |will |could |can |should |may |might |must |to )(?:is|are|was|were|has|have|had|did)(?:n't|n\\x{2019}t| not| never)(?= )(?! (?:want|know|think|expect|plan|intend|see|believe|like|need|have to|going|yet))",
	"(?<!would |will |could |can |should |may |might |must |to |or |and |if |whether |do |does |, )(?:(?:is|are|was|were|has|have|had|did|has been|have been) )?not(?= )(?! (?:only|just|yet|sure|clear|want|know|think|expect|plan|intend|believe|like|need|going|ready|interested|afraid|worried|concerned|satisfied|convinced|happy|even|necessarily|much|enough|least|to |a |an |the |all|every|always|quite|that|so |as |be |been|rule|comment|respond|return|elaborate|immediately|specify|say whether))",
	/* a rumour of harm answered: "Canadian Woman Captured By ISIS Says She Is Safe", "... Says She's Alive" */
	"(?:(?:is|are|was|were)|(?:he|she|they|it)(?:'|\\x{2019})(?:s|re))(?: still)? (?:safe|alive|unharmed)(?=$|[ .,;:!?](?:$|and |[^a-z])|[.,;:!?])",
	NULL
};

/*
 * The first word of every formula in NO_INVOLVEMENT and NEGATED_FACTS (keep
 * the lists in step; "didn" stands for "didn't"): the anchored patterns are
 * tried only where one of these words starts, which spares them most words
 * of a statement.
 */
static const char *const NO_INVOLVEMENT_HEADS[] = {
	"nothing", "no", "not", "never", "neither", "is", "are", "was", "were", "be", "has", "have",
	"had", "do", "does", "did", "isn", "aren", "wasn", "weren", "hasn", "haven", "hadn", "don",
	"doesn", "didn", "we", "i", "pleaded", "plead", "pleads", "protest", "protests", "protested",
	"categorically", "there", "it", "that", "am", "he", "she", "they", "none", "disagree", "disagrees",
	"disagreed", "at",
	NULL
};

/*
 * Of those, the heads that open a formula only as a contraction ("It's
 * rubbish that ..."): the patterns are not tried at every "that" near a hint.
 */
static const char *const CONTRACTED_HEADS[] = {"it", "that", "he", "she", "they", NULL};

/*
 * Words before a denial cue that take the denial back ("did not deny",
 * "refused to confirm or deny"), or leave it unsaid: asked of someone
 * ("asked Republican leaders to disavow", "urged him to"), wanted of them
 * ("must rebut", "may have to disavow", "his refusal at times to disavow",
 * "a film purporting to debunk"), on a condition ("unless Sanders
 * disavows") or put as a question ("asked whether Sen. Cruz disavowed").
 * Each entry ends at most one word before the cue, and with no space of
 * its own: the pattern puts the space between it and the cue.
 */
static const char *const DENIAL_SUPPRESSORS[] = {
	"not", "n't", "never", "no", "refused to(?: confirm or)?", "refuse to(?: confirm or)?",
	"refuses to(?: confirm or)?", "declined to(?: confirm or)?", "neither confirmed nor", "would neither confirm nor",
	"stopped short of", "cannot be", "can't be", "could not", "would not", "wouldn't",
	"without", "hard to", "impossible to", "confirm or", "or",
	"(?:ask|asks|asked|asking|urge|urges|urged|urging|press|presses|pressed|pressing|"
	"call(?:s|ed|ing)? (?:on|upon)|challenged|dared|encouraged|told)(?:\\s+\\S+){1,4}?\\s+to",
	"(?:refusal|refusals|reluctance|failure|unwillingness|attempts?|efforts?|bid|purporting|"
	"pressure|calls?|demands?)(?:\\s+\\S+){0,2}?\\s+to",
	"must", "should", "ought to", "(?:has|have|need|needs) to", "(?:may|might|will|would) have to",
	"unless", "if", "whether(?:\\s+\\S+){0,3}",
	NULL
};

/* Objects of "deny" in its grant sense: a denial of these is no denial of a claim. */
static const char *const GRANT_OBJECTS[] = {
	"bail", "entry", "access", "visas?", "permits?", "permission", "requests?", "applications?",
	"appeals?", "motions?", "licen[cs]es?", "rights?", "benefits?", "chances?", "opportunit(?:y|ies)",
	"services?", "insurance", "asylum", "parole", "admission", "coverage", "funding", "status",
	"hearings?", "paths?", "photo(?:graph)?s?", "platforms?", "meetings?",
	"treatment", "care", "a (?:vote|hearing|seat|place|spot|victory|win)", "victory", "the (?:nomination|win|victory)",
	"nominees?", "nominations?", "invitations?", "a (?:majority|quorum)",
	NULL
};

const char *const *
aa_lex_denial_list(aa_denial_list which)
{
	switch (which)
	{
		case DL_VERBS:
			return DENIAL_VERBS;
		case DL_VERBS_WITH_CLAIM:
			return DENIAL_VERBS_WITH_CLAIM;
		case DL_CLAIM_NOUNS:
			return CLAIM_NOUNS;
		case DL_FALSITY:
			return FALSITY_LABELS;
		case DL_NO_INVOLVEMENT:
			return NO_INVOLVEMENT;
		case DL_NEGATED_FACTS:
			return NEGATED_FACTS;
		case DL_SUPPRESSORS:
			return DENIAL_SUPPRESSORS;
		case DL_GRANT_OBJECTS:
			return GRANT_OBJECTS;
	}
	return NULL;
}

/* ---------------------------------------------------------------- the table */

#define LEX_SLOTS 8192			/* power of two, well above the number of entries (about 1,650) */

typedef struct lex_entry
{
	/* what a look-up reads, first: one cache line at most */
	/*
	 * A key of at most 8 bytes: folded8 its bytes folded (aa_fold8), second8
	 * its bytes as written.  A key of 9 to 16 bytes: folded8 its first 8
	 * bytes folded, second8 its last 8 (they overlap).  Unused for longer.
	 */
	uint64_t	folded8;
	uint64_t	second8;
	uint32_t	classes;
	uint32_t	len;
	bool		exact_case;		/* all-capital aliases match only as written */
	bool		has_twin;		/* an exact-case alias shares its folded key: look on */
	uint32_t	marks;			/* aa_lex_mark bits: the lists that are no word class */
	/* the rest */
	const char *key;			/* as listed */
	const char *folded;			/* the key in lower case (ASCII), for one memcmp per probe */
	const char *metonym_of;		/* for METONYMS */
	const char *country;		/* for COUNTRIES */
} lex_entry;

/* The lower-case copies of the keys (about 16 KB of lists). */
static char fold_pool[65536];
static size_t fold_used = 0;

/*
 * The entries are kept dense, and the open-addressing table holds only what
 * a probe compares: 8 bytes a slot, 64 KB in all, so a look-up touches one
 * or two cache lines of it and, on a hit, one of the entries.
 */
#define LEX_MAX_ENTRIES LEX_SLOTS	/* an entry per slot at most: never full before the table */

typedef struct lex_slot
{
	uint32_t	hash;
	uint16_t	len;
	uint16_t	entry;			/* index in lex_entries + 1; 0 for an empty slot */
} lex_slot;

static lex_entry lex_entries[LEX_MAX_ENTRIES];
static int	lex_n_entries = 0;
static lex_slot lex_table[LEX_SLOTS];

/*
 * Most words of an article are in no list: a bit per (length, first letter,
 * second letter) of the keys turns most of them away before any hashing.
 */
static uint32_t lex_shapes[32][32];

/*
 * The same filter for the entries of two questions asked of many words
 * that few are: a country or a capital (aa_lex_place, of every name) and
 * an abbreviation (aa_lex_abbreviation, of every word before a period).
 */
static uint32_t place_shapes[32][32];
static uint32_t abbreviation_shapes[32][32];

static inline uint32_t *
shape_in(uint32_t shapes[32][32], const char *w, size_t n, uint32_t *bit)
{
	unsigned char a = (unsigned char) w[0] | 0x20,
				b = n > 1 ? (unsigned char) w[1] | 0x20 : 0;

	*bit = (uint32_t) 1 << (b & 31);
	return &shapes[n < 31 ? n : 31][a & 31];
}

/* Does the filter let a word of w's shape (n > 0) through? */
static inline bool
shape_passes(uint32_t shapes[32][32], const char *w, size_t n)
{
	uint32_t	bit;
	uint32_t   *row = shape_in(shapes, w, n, &bit);

	return (*row & bit) != 0;
}

/*
 * Let the filter pass words of w's shape.  The row is found before the bit
 * is read: in "*shape_in(..., &bit) |= bit" the order of the two is
 * unspecified, and clang reads bit first.
 */
static void
shape_add(uint32_t shapes[32][32], const char *w, size_t n)
{
	uint32_t	bit;
	uint32_t   *row = shape_in(shapes, w, n, &bit);

	*row |= bit;
}

static bool lex_ready = false;

static inline unsigned char
fold(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') ? (unsigned char) (c | 0x20) : c;
}

/* The hash of a word of at most 8 bytes, from its fold8: one multiply. */
static inline uint32_t
hash_folded8(uint64_t w8, size_t n)
{
	return (uint32_t) ((w8 * UINT64_C(0x9E3779B97F4A7C15)) >> 32) ^ (uint32_t) n;
}

/* A word of 9 to 16 bytes as its first and last eight bytes folded (they overlap): two loads. */
static inline void
fold16(const char *w, size_t n, uint64_t *first8, uint64_t *last8)
{
	*first8 = aa_fold_ascii(aa_load_le8(w));
	*last8 = aa_fold_ascii(aa_load_le8(w + n - 8));
}

/* The hash of a word over 16 bytes: its folded bytes eight at a time. */
static inline uint32_t
hash_long(const char *w, size_t n)
{
	return (uint32_t) (aa_hash_bytes(w, n, true) >> 32);
}

/*
 * The hash of a word of 9 to 16 bytes from its first and last 8 bytes
 * folded (they overlap): two loads, whatever its length.
 */
static inline uint32_t
hash_folded16(uint64_t first8, uint64_t last8, size_t n)
{
	uint64_t	h = (first8 * UINT64_C(0x9E3779B97F4A7C15)) ^ (last8 * UINT64_C(0xC2B2AE3D27D4EB4F));

	return (uint32_t) (h >> 32) ^ (uint32_t) n;
}

/* Is the longer word w the folded key f (both n bytes)?  Eight bytes at a time; out of line, as most probes end before. */
static bool
same_folded(const char *f, const char *w, size_t n)
{
	size_t		i = 0;

	for (; n - i > 8; i += 8)
		if (aa_load_le8(f + i) != aa_fold_ascii(aa_load_le8(w + i)))
			return false;
	return aa_load_le(f + i, n - i) == aa_fold8(w + i, n - i);
}

static uint32_t
lex_hash(const char *w, size_t n)
{
	if (n <= 8)
		return hash_folded8(aa_fold8(w, n), n);
	if (n <= 16)
	{
		uint64_t	first8,
					last8;

		fold16(w, n, &first8, &last8);
		return hash_folded16(first8, last8, n);
	}
	return hash_long(w, n);
}

static bool
lex_same(const lex_entry *e, const char *w, size_t n)
{
	if (e->len != n)
		return false;
	if (e->exact_case)
		return memcmp(e->key, w, n) == 0;
	for (size_t i = 0; i < n; i++)
		if (fold((unsigned char) e->key[i]) != fold((unsigned char) w[i]))
			return false;
	return true;
}

/* The entry for w with that case rule; when there is none, NULL, or with create a new empty one (key NULL). */
static lex_entry *
lex_entry_for(const char *w, size_t n, bool exact_case, bool create)
{
	uint32_t	hash = lex_hash(w, n);
	uint32_t	h = hash & (LEX_SLOTS - 1);

	for (;;)
	{
		lex_slot   *sl = &lex_table[h];
		lex_entry  *e;

		if (sl->entry == 0)
		{
			if (!create)
				return NULL;
			sl->hash = hash;
			sl->len = (uint16_t) n;
			sl->entry = (uint16_t) ++lex_n_entries;
			return &lex_entries[sl->entry - 1];
		}
		e = &lex_entries[sl->entry - 1];
		if (e->exact_case == exact_case && lex_same(e, w, n))
			return e;
		h = (h + 1) & (LEX_SLOTS - 1);
	}
}

static lex_entry *
lex_add(const char *w, uint32_t classes, bool exact_case)
{
	size_t		n = strlen(w);
	lex_entry  *e = lex_entry_for(w, n, exact_case, true);

	shape_add(lex_shapes, w, n);

	if (e->key == NULL)
	{
		e->key = w;
		e->len = (uint32_t) n;
		e->exact_case = exact_case;
		if (n <= 8)
		{
			e->folded8 = aa_fold8(w, n);
			e->second8 = aa_load_le(w, n);
		}
		else if (n <= 16)
			fold16(w, n, &e->folded8, &e->second8);
		if (fold_used + n <= sizeof(fold_pool))
		{
			char	   *f = fold_pool + fold_used;

			for (size_t i = 0; i < n; i++)
				f[i] = (char) fold((unsigned char) w[i]);
			e->folded = f;
			fold_used += n;
		}
	}
	e->classes |= classes;
	return e;
}

static bool all_capitals(const char *w);

/* An entry in capitals ("UN") matches only as written: "Kim Jong Un" names no organisation. */
static void
lex_add_list(const char *const *list, uint32_t classes)
{
	for (; *list; list++)
		lex_add(*list, classes, all_capitals(*list));
}

/* The one-word entries of a list of words and phrases (is_listed_cue answers one-word cues from them). */
static void
lex_add_single_words(const char *const *list, uint32_t classes)
{
	for (; *list; list++)
		if (strchr(*list, ' ') == NULL)
			lex_add(*list, classes, false);
}

/* Every word of list gets the mark (a list that needs no word class of its own). */
static void
lex_mark_list(const char *const *list, aa_lex_mark mark)
{
	for (; *list; list++)
		lex_add(*list, 0, false)->marks |= (uint32_t) mark;
}

/*
 * The first word of each phrasal cue ("pointed out") and its first two
 * words ("pointed out", "took issue" of "took issue with") lead the word
 * scan to the cue pattern: the pattern is asked where a phrasal cue ends
 * only where its first two words stand, not at every "took" or "point".
 * Each head and pair is kept once, in static storage (the lexicon keeps
 * pointers to its keys).
 */
#define MAX_PHRASAL 192

static void
lex_add_phrase_part(char (*store)[40], int *n_store, const char *w, size_t n)
{
	for (int i = 0; i < *n_store; i++)
		if (strlen(store[i]) == n && memcmp(store[i], w, n) == 0)
			return;
	if (n >= sizeof(store[0]) || *n_store == MAX_PHRASAL)
		return;					/* test_phrasal_cues_found (unit_engine.c) would fail */
	memcpy(store[*n_store], w, n);
	store[*n_store][n] = '\0';
	lex_add(store[(*n_store)++], LX_PHRASE_HEAD, false);
}

static void
lex_add_phrase_heads(const char *const *list)
{
	static char heads[MAX_PHRASAL][40];
	static char pairs[MAX_PHRASAL][40];
	static int	n_heads = 0,
				n_pairs = 0;

	for (; *list; list++)
	{
		const char *sp = strchr(*list, ' ');
		const char *sp2;

		if (sp == NULL)
			continue;
		sp2 = strchr(sp + 1, ' ');
		lex_add_phrase_part(heads, &n_heads, *list, (size_t) (sp - *list));
		lex_add_phrase_part(pairs, &n_pairs, *list, sp2 ? (size_t) (sp2 - *list) : strlen(*list));
	}
}

static bool
all_capitals(const char *w)
{
	bool		any = false;

	for (; *w; w++)
	{
		if (*w >= 'a' && *w <= 'z')
			return false;
		any |= (*w >= 'A' && *w <= 'Z');
	}
	return any;
}

void
aa_lexicon_init(void)
{
	if (lex_ready)
		return;
	for (int which = 0; which < VF_COUNT; which++)
		for (const char *const *v = aa_lex_verb_forms((aa_verb_forms) which); *v; v++)
			if ((*v)[0] >= 'a' && (*v)[0] <= 'z')
				aa_verb_form_letters[which] |= UINT32_C(1) << ((*v)[0] - 'a');
	lex_add_list(REPORT_VERBS, LX_REPORT_VERB);
	lex_add_list(REPORT_ING, LX_REPORT_VERB | LX_REPORT_ING);
	lex_add_list(QUOTATION_ONLY, LX_REPORT_VERB);
	lex_add_list(DISPUTE_CUES, LX_REPORT_VERB);
	lex_add_list(DISPUTE_CUES_ING, LX_REPORT_VERB | LX_REPORT_ING);
	lex_add_list(TITLES, LX_TITLE);
	lex_add_list(HONORIFICS_MALE, LX_HONORIFIC | LX_MALE);
	lex_add_list(HONORIFICS_FEMALE, LX_HONORIFIC | LX_FEMALE);
	lex_add_list(HONORIFICS_OTHER, LX_HONORIFIC);
	lex_add_list(FIRST_NAMES_MALE, LX_MALE);
	lex_add_list(FIRST_NAMES_FEMALE, LX_FEMALE);
	lex_add_list(PRONOUNS_MALE, LX_PRONOUN | LX_MALE);
	lex_add_list(PRONOUNS_FEMALE, LX_PRONOUN | LX_FEMALE);
	lex_add_list(PRONOUNS_OTHER, LX_PRONOUN);
	lex_add_list(DETERMINERS, LX_DETERMINER);
	lex_add_list(ARTICLES, LX_ARTICLE);
	lex_add_list(CLAUSE_BREAKS, LX_CLAUSE_BREAK);
	lex_add_list(ADVERBS, LX_ADVERB);
	lex_add_list(AUXILIARIES, LX_AUX);
	lex_add_list(PREPOSITIONS, LX_PREPOSITION);
	lex_add_list(ORG_WORDS, LX_ORG_WORD);
	lex_add_list(TIME_WORDS, LX_TIME_WORD);
	lex_add_list(MONTHS, LX_TIME_WORD);
	lex_add_list(ABBREVIATIONS, LX_ABBREV);
	lex_add_list(GROUP_NOUNS, LX_GROUP_NOUN);
	lex_add_list(EPITHET_HEADS, LX_EPITHET_HEAD);
	lex_add_list(NOUN_VERBS, LX_NOUN_VERB);
	lex_add_list(INTRO_ONLY, LX_INTRO_ONLY);
	lex_add_list(DENIAL_HINTS, LX_DENIAL_HINT);
	lex_add_list(FALSITY_HINTS, LX_FALSITY_HINT | LX_DENIAL_HINT);
	lex_add_phrase_heads(PREPOSITIONAL_CUES);
	lex_add_list(STRONG_FALSITY, LX_STRONG_FALSITY);
	lex_add_list(ELISIONS, LX_ELISION);
	lex_add_list(BE_FORMS, LX_BE);
	lex_add_list(NAME_CONNECTORS, LX_CONNECTOR);
	lex_add_list(ATTRIBUTIVE_ADVERBS, LX_ATTRIBUTIVE);
	lex_add_list(ROLE_MODIFIERS, LX_ROLE_MODIFIER);
	lex_add_single_words(DENIAL_VERBS, LX_DENIAL_VERB);
	lex_add_single_words(DENIAL_VERBS_WITH_CLAIM, LX_DENIAL_VERB_CLAIM);
	for (const char *const *const *list = CUE_LISTS; *list; list++)
		lex_add_phrase_heads(*list);
	for (int i = 0; COUNTRIES[i][0]; i++)
	{
		lex_entry  *e = lex_add(COUNTRIES[i][0], LX_COUNTRY, all_capitals(COUNTRIES[i][0]));

		e->country = COUNTRIES[i][1];
	}
	for (int i = 0; METONYMS[i][0]; i++)
		lex_add(METONYMS[i][0], 0, false)->metonym_of = METONYMS[i][1];
	lex_mark_list(NO_INVOLVEMENT_HEADS, LM_FORMULA_HEAD);
	lex_mark_list(QUESTION_OPENERS, LM_QUESTION_OPENER);
	lex_mark_list(COLON_LABELS, LM_COLON_LABEL);
	lex_mark_list(SENTENCE_OPENERS, LM_SENTENCE_OPENER);
	lex_mark_list(MEANS_OF_SPEECH, LM_MEANS_OF_SPEECH);
	lex_mark_list(LY_NOT_ADVERBS, LM_LY_NOT_ADVERB);
	lex_mark_list(CLAUSE_OPENERS, LM_CLAUSE_OPENER);
	lex_mark_list(RELATIVE_PRONOUNS, LM_RELATIVE);
	lex_mark_list(SUBORDINATORS, LM_SUBORDINATOR);
	lex_mark_list(COORDINATORS, LM_COORDINATOR);
	lex_mark_list(MEDIA_WORDS, LM_MEDIA);
	lex_mark_list(NOT_CUES, LM_NOT_CUE);
	lex_mark_list(GERUND_BLOCKERS, LM_GERUND_BLOCKER);
	lex_mark_list(IRREGULAR_PAST, LM_PAST_VERB);
	lex_mark_list(SPEECH_PARTICIPANTS, LM_SPEECH_PARTICIPANT);
	lex_mark_list(TITLE_CASE_MINOR, LM_TITLE_CASE_MINOR);
	lex_mark_list(QUOTATION_ONLY, LM_QUOTATION_ONLY);
	lex_mark_list(WORD_ABBREVIATIONS, LM_WORD_ABBREV);
	lex_mark_list(ANSWERS, LM_ANSWER);
	lex_mark_list(CONDITIONALS, LM_CONDITIONAL);
	lex_mark_list(ADMISSION_CUES, LM_ADMISSION);
	lex_mark_list(ADDRESSEES, LM_ADDRESSEE);
	lex_mark_list(CONTROL_VERBS, LM_CONTROL_VERB);
	lex_mark_list(CLAIM_ONLY_CUES, LM_CLAIM_ONLY_CUE);
	lex_mark_list(WORK_NOUNS, LM_WORK_NOUN);
	lex_mark_list(TIME_UNITS, LM_TIME_UNIT);
	lex_mark_list(TIME_MEASURES, LM_TIME_MEASURE);
	lex_mark_list(MONTHS, LM_MONTH);
	lex_mark_list(PARTIES, LM_PARTY);
	lex_mark_list(CONTRACTED_HEADS, LM_CONTRACTED_HEAD);
	lex_mark_list(OFFICE_ADJECTIVES, LM_OFFICE_ADJECTIVE);
	/* a folded entry with an exact-case alias ("us" and "US"): a look-up must not stop at it */
	for (int i = 0, n = lex_n_entries; i < n; i++)
		if (lex_entries[i].key && lex_entries[i].exact_case)
		{
			lex_entry  *twin = lex_entry_for(lex_entries[i].key, lex_entries[i].len, false, false);

			if (twin)
				twin->has_twin = true;
		}
	/* the filters of the places and the abbreviations, from the entries as they stand now */
	for (int i = 0, n = lex_n_entries; i < n; i++)
	{
		const lex_entry *e = &lex_entries[i];

		if (e->key == NULL || e->len == 0)
			continue;
		if (e->country || e->metonym_of)
			shape_add(place_shapes, e->key, e->len);
		if (e->classes & LX_ABBREV)
			shape_add(abbreviation_shapes, e->key, e->len);
	}
	lex_ready = true;
}

const char *const *
aa_lex_denial_hints(bool falsity)
{
	return falsity ? FALSITY_HINTS : DENIAL_HINTS;
}

const char *const *
aa_lex_prepositional_cues(void)
{
	return PREPOSITIONAL_CUES;
}

uint32_t	aa_verb_form_letters[VF_COUNT];

const char *const *
aa_lex_verb_forms(aa_verb_forms which)
{
	switch (which)
	{
		case VF_ADDRESSEE:
			return ADDRESSEE_VERBS;
		case VF_RESPOND:
			return RESPOND_VERBS;
		case VF_CALL:
			return CALL_VERBS;
		case VF_SPEECH_NOUN_TO:
			return SPEECH_NOUNS_TO;
		case VF_SPEECH_NOUN_ABOUT:
			return SPEECH_NOUNS_ABOUT;
		case VF_SPEECH_NOUN_THAT:
			return SPEECH_NOUNS_THAT;
		case VF_SPEECH_NOUN_ON:
			return SPEECH_NOUNS_ON;
		case VF_PARTICIPLE_OBJECT:
			return PARTICIPLE_OBJECT_VERBS;
		case VF_CLAUSE_ONLY:
			return CLAUSE_ONLY_CUES;
		case VF_ACCESS:
			return ACCESS_ADJECTIVES;
		case VF_NOUN_DETERMINER:
			return NOUN_DETERMINERS;
		case VF_NOUN_ADJECTIVE:
			return NOUN_ADJECTIVES;
		case VF_FINDING:
			return FINDING_VERBS;
		case VF_GERUND_PREPOSITION:
			return GERUND_PREPOSITIONS;
		case VF_IMAGE_NOUN:
			return IMAGE_NOUNS;
		case VF_LIGHT_VERB:
			return LIGHT_VERBS;
		case VF_ASPECT_VERB:
			return ASPECT_VERBS;
		case VF_RAISING_VERB:
			return RAISING_VERBS;
		case VF_INDEFINITE_OBJECT:
			return INDEFINITE_OBJECTS;
		case VF_JUDGING_LABEL:
			return JUDGING_LABELS;
		case VF_HYPHEN_SUFFIX:
			return HYPHEN_SUFFIXES;
		case VF_COMPANY_NOUN:
			return COMPANY_NOUNS;
		case VF_COMPASS:
			return COMPASS_WORDS;
		case VF_PERSON_EPITHET:
			return PERSON_EPITHETS;
		case VF_KIN_MALE:
			return KIN_MALE;
		case VF_KIN_FEMALE:
			return KIN_FEMALE;
		case VF_NATIONALITY:
			return NATIONALITY_NOUNS;
		case VF_OFFICE:
			return OFFICES;
		case VF_ACCUSATION:
			return ACCUSATION_VERBS;
		case VF_DOMAIN:
			return DOMAIN_WORDS;
		case VF_ORG_KIND:
			return ORG_KIND_NOUNS;
		case VF_CORPORATE_SUFFIX:
			return CORPORATE_SUFFIXES;
		case VF_POST_NOMINAL:
			return POST_NOMINALS;
		case VF_CONTEST_OBJECT:
			return CONTEST_OBJECTS;
		case VF_COUNT:
			break;
	}
	return NULL;
}

/* Is w[0..n) the lower-case entry, ignoring the ASCII case of w? */
static bool
folded_equal(const char *entry, const char *w, size_t n)
{
	size_t		k = 0;

	if (strlen(entry) != n)
		return false;
	while (k < n && ((unsigned char) w[k] | 0x20) == (unsigned char) entry[k])
		k++;
	return k == n;
}

/* Is w[0..n) one of list's words, ignoring ASCII case?  (For lists asked of a few names, not of every word.) */
static bool
in_folded_list(const char *const *list, const char *w, size_t n)
{
	for (const char *const *e = list; *e; e++)
		if (folded_equal(*e, w, n))
			return true;
	return false;
}

bool
aa_lex_business_word(const char *w, size_t n)
{
	return in_folded_list(BUSINESS_WORDS, w, n);
}

bool
aa_lex_generation_word(const char *w, size_t n)
{
	return in_folded_list(GENERATIONS, w, n);
}

const char *
aa_lex_role_alias(const char *w, size_t n, int k)
{
	for (int i = 0; ROLE_ALIASES[i][0]; i++)
		if (folded_equal(ROLE_ALIASES[i][0], w, n) && k-- == 0)
			return ROLE_ALIASES[i][1];
	return NULL;
}

const char *const *const *
aa_lex_cue_lists(void)
{
	return CUE_LISTS;
}

const char *const *const *
aa_lex_dispute_cues(void)
{
	return DISPUTE_LISTS;
}

/*
 * One walk of the probe chain; an exact-case alias ("US") wins over a folded
 * word ("us").  A word of at most 8 bytes is compared folded in w8 (as
 * written in raw8, for an exact-case key), one of 9 to 16 bytes in w8 and
 * w8b (its first and last 8 bytes folded), a longer one against the entry's
 * folded key.
 */
static AA_ALWAYS_INLINE const lex_entry *
lex_probe(uint32_t hash, const char *w, size_t n, uint64_t w8, uint64_t raw8, uint64_t w8b)
{
	const lex_entry *folded = NULL;

	for (uint32_t h = hash & (LEX_SLOTS - 1);; h = (h + 1) & (LEX_SLOTS - 1))
	{
		const lex_slot *sl = &lex_table[h];
		const lex_entry *e;

		if (sl->entry == 0)
			return folded;
		if (sl->hash != hash || sl->len != n)
			continue;
		e = &lex_entries[sl->entry - 1];
		if (e->exact_case)
		{
			/* a short word as written in one 64-bit value: no call in the loop of the common look-up */
			if (n <= 8 ? e->second8 == raw8 : memcmp(e->key, w, n) == 0)
				return e;
		}
		else if (n <= 16 ? e->folded8 == w8 && (n <= 8 || e->second8 == w8b) :
				 e->folded ? same_folded(e->folded, w, n) : lex_same(e, w, n))
		{
			if (!e->has_twin)
				return e;
			folded = e;
		}
	}
}

/* lex_find for words of 9 to 64 bytes: out of line, to keep the inline look-up of short words small. */
static const lex_entry *
lex_find_long(const char *w, size_t n)
{
	if (n <= 16)
	{
		uint64_t	first8,
					last8;

		fold16(w, n, &first8, &last8);
		return lex_probe(hash_folded16(first8, last8, n), w, n, first8, 0, last8);
	}
	return lex_probe(hash_long(w, n), w, n, 0, 0, 0);
}

/*
 * The entry for a word, or NULL.  Inline in each look-up function: most
 * words are turned away by their shape, and most of the rest are at most 8
 * bytes long, hashed and compared in one 64-bit value.
 */
static inline const lex_entry *
lex_find(const char *w, size_t n)
{
	uint64_t	raw8,
				w8;

	if (n == 0 || n > 64 || !shape_passes(lex_shapes, w, n))
		return NULL;
	if (n > 8)
		return lex_find_long(w, n);
	raw8 = aa_load_le(w, n);
	w8 = aa_fold_ascii(raw8);
	return lex_probe(hash_folded8(w8, n), w, n, w8, raw8, 0);
}

uint32_t
aa_lex_word(const char *w, size_t n)
{
	const lex_entry *e = lex_find(w, n);

	return e ? e->classes : 0;
}

/* The classes of a word and, in *marks, its marks: one look-up for both. */
uint32_t
aa_lex_word_marks(const char *w, size_t n, uint32_t *marks)
{
	const lex_entry *e = lex_find(w, n);

	*marks = e ? e->marks : 0;
	return e ? e->classes : 0;
}

bool
aa_lex_marked(const char *w, size_t n, aa_lex_mark mark)
{
	const lex_entry *e = lex_find(w, n);

	return e != NULL && (e->marks & mark) != 0;
}

bool
aa_lex_formula_head(const char *w, size_t n, unsigned char next)
{
	const lex_entry *e = lex_find(w, n);

	if (e == NULL || !(e->marks & LM_FORMULA_HEAD))
		return false;
	return !(e->marks & LM_CONTRACTED_HEAD) || next == '\'' || next == 0xE2;	/* ' or the first byte of ’ */
}

bool
aa_lex_abbreviation(const char *w, size_t n)
{
	const lex_entry *e;

	if (n == 0 || !shape_passes(abbreviation_shapes, w, n))
		return false;			/* no abbreviation is of its shape */
	e = lex_find(w, n);
	return e != NULL && (e->classes & LX_ABBREV) != 0;
}

const char *
aa_lex_place(const char *w, size_t n)
{
	const lex_entry *e;

	if (n == 0 || !shape_passes(place_shapes, w, n))
		return NULL;			/* no country or capital is of its shape */
	e = lex_find(w, n);

	return e == NULL ? NULL : e->country ? e->country : e->metonym_of;
}

const char *
aa_lex_country(const char *w, size_t n)
{
	const lex_entry *e = lex_find(w, n);

	return e ? e->country : NULL;
}
