// Word lists about how English news attributes speech. They describe the language, not any one article.

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Verbs (lower case, as inflected in news copy) that hand a quotation to a speaker. */
export const reportingVerbs: ReadonlySet<string> = words(`
	say says said saying tell tells told add adds added continue continues continued state states stated
	write writes wrote writing ask asks asked tweet tweets tweeted posted explain explains explained
	notes noted argue argues argued insist insists insisted claims claimed declare declares declared
	announce announces announced warn warns warned replies replied respond responds responded
	recall recalls recalled remark remarks remarked observe observes observed acknowledge acknowledges
	acknowledged admit admits admitted concede concedes conceded contend contends contended maintain maintains
	maintained stress stresses stressed emphasize emphasizes emphasized emphasise emphasises emphasised underscore
	underscores underscored
	suggest suggests suggested predict predicts predicted conclude concludes concluded find finds found
	reports reported caution cautions cautioned urge urges urged testify testifies testified shout shouts
	shouted yell yells yelled whisper whispers whispered recount recounts recounted complain complains
	complained countered agree agrees agreed promised vowed pledged allege alleges alleged quipped joked
	boasted lamented mused exclaimed demanded reads read quotes quoted called describes described
	explaining adding noting arguing insisting warning stating writing asking accused accuses citing cited
`);

/** Reporting verbs that may come before their subject: "…,” said Jane Doe. */
export const invertibleVerbs: ReadonlySet<string> = words(`
	said says added asked continued explained wrote noted recalled replied responded insisted argued warned
	tweeted declared stated countered concluded admitted conceded acknowledged predicted cautioned observed
	remarked joked quipped complained lamented boasted mused exclaimed demanded suggested confirmed announced
	pleaded shouted whispered maintained asserted recounted testified
`);

/** Participles that report the quotation that follows them in the same sentence: "…, adding, “…”". */
export const participleVerbs: ReadonlySet<string> = words(`
	saying adding noting arguing insisting warning stating writing asking explaining citing
`);

/** Words before a quotation that mark it as a label rather than speech: so-called “…”, dubbed “…”. */
export const termMarkers: ReadonlySet<string> = words(`
	so-called dubbed nicknamed termed branded titled entitled named coined labelled labeled known term word
	phrase slogan label name motto hashtag
`);

/** Role and title words that sit next to a name (compared in lower case, without a final period). */
export const roleWords: ReadonlySet<string> = words(`
	acting interim deputy assistant associate senior chief executive director directors president vice
	spokesperson spokeswoman spokesman spokespeople secretary minister prime governor gov mayor senator sen
	representative rep congressman congresswoman councilman councilwoman councillor councilor council member
	judge justice officer commissioner chairman chairwoman chair chairperson ceo cfo coo cto founder co-founder
	cofounder professor prof lawyer attorney counsel general manager head leader analyst economist researcher
	scientist sheriff captain capt lieutenant lt sergeant sgt detective agent inspector superintendent principal
	dean chancellor ambassador envoy adviser advisor aide official administrator commander admiral colonel col gen
	press communications staff pope bishop rabbi imam reverend rev pastor king queen prince princess premier
	speaker whip majority minority coordinator strategist editor reporter correspondent columnist organizer
	organiser activist treasurer auditor comptroller prosecutor trooper marshal board partner owner
	co-chair nurse teacher doctor physician surgeon epidemiologist expert former then incoming outgoing top
	lead longtime chief-of-staff vp evp svp md emeritus fellow historian author republican democrat democratic
	passenger resident witness survivor neighbor neighbour farmer volunteer patient veteran commuter driver
	pilot shopkeeper homeowner candidate nominee challenger incumbent new newly-elected coach player striker goalkeeper referee umpire clerk examiner coroner registrar inspector-general ombudsman
`);

/** Roles anyone may hold where they live or happen to be: a place written before one is not an organisation. */
export const placeRoles: ReadonlySet<string> = words(`
	resident residents farmer witness survivor neighbor neighbour passenger commuter homeowner shopkeeper
	patient volunteer local native parent mother father grandmother grandfather
`);

/** Articles and possessives that open a noun phrase: "the mayor", "its chief", "a “tourist tax”". */
export const determiners: ReadonlySet<string> = words('the a an its his her their our');

/** Courtesy titles: not part of the name, but they tell the gender. */
export const honorifics: ReadonlyMap<string, 'he' | 'she' | null> = new Map([
	['mr', 'he'],
	['mrs', 'she'],
	['ms', 'she'],
	['miss', 'she'],
	['mx', null],
	['dr', null],
	['sir', 'he'],
	['dame', 'she'],
	['lord', 'he'],
	['lady', 'she'],
]);

/** Role words that tell the gender of whoever holds them. */
export const genderedRoles: ReadonlyMap<string, 'he' | 'she'> = new Map([
	['spokeswoman', 'she'],
	['chairwoman', 'she'],
	['congresswoman', 'she'],
	['councilwoman', 'she'],
	['queen', 'she'],
	['princess', 'she'],
	['spokesman', 'he'],
	['chairman', 'he'],
	['congressman', 'he'],
	['councilman', 'he'],
	['king', 'he'],
	['prince', 'he'],
]);

/** Head nouns of an organisation's name or a reference to one ("the agency", "Homeland Security Department"). */
export const organizationWords: ReadonlySet<string> = words(`
	department agency ministry office police government administration company corporation corp inc ltd llc
	group university college school council committee commission association union party court bureau service
	services institute foundation bank board authority authorities organization organisation campaign coalition
	network center centre army navy military force forces team club church hospital fund federation league
	alliance house times post journal news press senate congress parliament assembly legislature cabinet
	firm watchdog regulator charity nonprofit ngo airline county city state embassy consulate prosecutors
`);

/** Plural subjects that name a group of unnamed people ("officials said"). */
export const groupWords: ReadonlySet<string> = words(`
	officials authorities police critics experts residents witnesses protesters protestors activists lawmakers
	legislators advocates analysts sources observers organizers organisers supporters opponents prosecutors
	investigators researchers scientists doctors officers agents spokespeople economists leaders members
	employees workers families parents students teachers voters people commissioners councillors councilors
	supervisors trustees aldermen regulators
`);

/** Head nouns of a written source that is quoted ("the press release states", "the report found"). */
export const documentWords: ReadonlySet<string> = words(`
	report release statement study survey memo memorandum letter filing lawsuit complaint ruling decision order
	document documents email e-mail post tweet analysis audit review paper article editorial indictment
	affidavit transcript bill notice announcement guidance website poll data record records brief motion
	opinion petition manifesto book message investigation assessment findings summary
`);

/** Subject pronouns, and the kind of antecedent each one looks for. */
export const subjectPronouns: ReadonlyMap<string, 'he' | 'she' | 'they' | 'it'> = new Map([
	['he', 'he'],
	['she', 'she'],
	['they', 'they'],
	['it', 'it'],
]);

/** Capitalised words that open a sentence or clause but are never part of a speaker's name. */
export const nonNameCapitals: ReadonlySet<string> = words(`
	the a an in on at of for to by with from as and but or so yet also however meanwhile still overall
	instead separately earlier later today yesterday tonight then there here this that these those it its
	he she they we i his her their our my after before during when while if although though because since
	until last next monday tuesday wednesday thursday friday saturday sunday january february march april may
	june july august september october november december according asked speaking writing
	in-a-statement mr mrs ms dr
`);

/** Lower-case words that may sit inside a speaker's noun phrase. */
export const phraseConnectors: ReadonlySet<string> = words(`of for at with the a an`);

/** Abbreviations whose final period does not end a sentence. */
export const abbreviations: ReadonlySet<string> = words(`
	mr mrs ms dr st sr jr gov sen rep lt gen col capt sgt prof rev gen maj adm cmdr supt insp det
	no vs etc inc corp ltd co jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n d.c
`);

/** Name particles that stay lower case inside a name ("Ursula von der Leyen"). */
export const nameParticles: ReadonlySet<string> = words(
	`de van von der den da di la le du del bin ibn al el dos das ter`,
);

/** Suffixes that close a name. */
export const nameSuffixes: ReadonlySet<string> = words(`jr sr ii iii iv`);
