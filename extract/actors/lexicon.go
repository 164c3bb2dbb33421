package actors

import "strings"

// wordClass is a set of the lexical classes a lower-case word belongs to.
type wordClass uint32

const (
	wRole        wordClass = 1 << iota // a role a person holds: minister, spokesman, guard
	wRank                              // a rank or title written before a name: General, Col., Dr
	wHonorific                         // a courtesy word before a name that is no title: Mr, Mrs
	wMod                               // a word that qualifies a role: deputy, junior, interior, health
	wOrgHead                           // the head noun of an organisation's name: Ministry, Party, Front
	wArmedCue                          // a word that marks a group as armed: Liberation, Militia
	wForceHead                         // the head noun of a security force's name: Police, Army, Corps
	wVerb                              // a finite verb (or auxiliary) a subject may act with
	wAccuse                            // a verb whose object is a party to a claim: accused, blamed
	wPrep                              // a preposition
	wDet                               // a determiner or possessive pronoun
	wCommon                            // a function word or frequent sentence opener, never a name
	wTime                              // a month or weekday
	wConnector                         // a word that may sit inside a proper name: of, for, de
	wNORP                              // an ethnic, religious or political group word: Baloch, Sunni
	wAdverb                            // an adverb that may sit between a subject and its verb
	wParticle                          // a particle inside a person's name: al, bin, van
	wPluralOwner                       // a noun whose possessive may sit inside a name: Children's
	wIntl                              // a word that marks a body as international: United, World
	wMilRank                           // a military or police rank: Colonel, Maj-Gen., DSP
)

// lexicon maps lower-case words to their classes. It is filled once at
// package initialisation from the lists below (a few thousand entries, no
// I/O).
var lexicon = map[string]wordClass{}

func addWords(c wordClass, words string) {
	for _, w := range strings.Fields(words) {
		lexicon[w] |= c
	}
}

func init() {
	addWords(wRole, `minister ministers secretary president vice-president premier chancellor governor
		mayor senator lawmaker legislator mp congressman congresswoman representative ambassador envoy
		diplomat consul spokesman spokeswoman spokesperson commander commandant chief head director
		chairman chairwoman chair chairperson leader officer official adviser advisor coordinator
		administrator commissioner inspector superintendent prosecutor attorney judge justice magistrate
		prefect king queen prince princess emir sultan pope cardinal bishop archbishop imam priest
		pastor rabbi cleric surgeon doctor physician nurse teacher guard professor researcher analyst
		economist journalist reporter correspondent editor lawyer activist farmer trader driver student
		engineer miner founder ceo executive manager secretary-general attorney-general marshal speaker
		councillor councilor sheriff detective investigator pilot monitor mediator negotiator delegate
		dean principal rector chaplain vicar deputy commander-in-chief governor-general whip treasurer
		auditor registrar coroner examiner medic paramedic owner vendor shopkeeper worker resident
		headmaster headteacher lecturer scientist expert consultant strategist historian author
		ombudsman steward warden ranger general colonel captain lieutenant sergeant corporal admiral
		brigadier major commodore constable agent operative attache attaché secretary-designate
		mufti ayatollah patriarch clergyman preacher opponent candidate nominee member chieftain elder
		chairman-designate caretaker premier-designate boss superintendent-general envoy-designate
		controller comptroller surveyor planner officer-in-charge commanding coach fullback
		striker goalkeeper midfielder defender winger boxer jockey batsman bowler pitcher
		quarterback referee umpire`)
	addWords(wRank, `general gen gen. lieutenant lt lt. colonel col col. major maj maj. captain capt capt.
		brigadier brig brig. admiral adm adm. vice rear air marshal commodore sergeant sgt sgt. corporal
		cpl cpl. private pvt pvt. superintendent supt supt. inspector insp insp. constable
		commissioner cp aig dig igp dsp asp csp acp dcp sp field warrant flight squadron wing
		commander cdr cdr. lt-gen lt-gen. maj-gen maj-gen. brig-gen brig-gen. lt.-gen. maj.-gen.
		brig.-gen. lt.-col. lt-col lt-col. dr dr. prof prof. professor rev rev. reverend sheikh shaikh
		imam bishop archbishop father sister brother pastor mullah maulana mufti ayatollah cardinal
		judge justice senator sen sen. rep rep. gov gov. governor president premier chancellor king
		queen prince princess emir sultan pope abbé abbe alhaji alhaja hajiya mallam malam chief
		sir dame lord lady baroness baron count countess ambassador minister secretary mayor
		commandant deputy acting interim former late ret ret. retd retd. colonel-general
		major-general lieutenant-general brigadier-general lieutenant-colonel rear-admiral
		vice-admiral air-marshal detective officer agent`)
	addWords(wMilRank, `general gen gen. lieutenant lt lt. colonel col col. major maj maj. captain capt
		capt. brigadier brig brig. admiral adm adm. vice rear air marshal commodore sergeant sgt sgt.
		corporal cpl cpl. private pvt pvt. superintendent supt supt. inspector insp insp.
		constable commissioner cp aig dig igp dsp asp csp acp dcp sp field warrant flight squadron
		wing commander cdr cdr. lt-gen lt-gen. maj-gen maj-gen. brig-gen brig-gen. lt.-gen. maj.-gen.
		brig.-gen. lt.-col. lt-col lt-col. colonel-general major-general lieutenant-general
		brigadier-general lieutenant-colonel rear-admiral vice-admiral air-marshal maj.-gen
		brig.-gen lt.-gen lt.gen. maj.gen. brig.gen. officer chief petty staff master gunnery
		deputy assistant senior`)
	addWords(wHonorific, `mr mr. mrs mrs. ms ms. miss mx mx. messrs messrs. mme mme. herr
		democrat republican`)
	addWords(wMod, `junior senior deputy assistant acting interim former chief vice principal executive
		general special permanent federal national provincial state regional district county local
		foreign interior defence defense finance health information justice education energy trade
		economy economic agriculture transport transportation labour labor home prime private security
		police army military naval navy air public relations affairs mission commanding media
		communications press cabinet presidential parliamentary opposition party government
		municipal city town village community tribal religious spiritual supreme top high lead
		chief-of-staff staff operations intelligence counterterrorism counter-terrorism border
		customs immigration emergency disaster humanitarian medical hospital clinical human rights
		environment environmental water mines mining petroleum oil interior-ministry family women
		youth sports culture tourism housing planning development infrastructure works science
		technology digital social welfare religious-affairs internal external commerce industry
		industrial investment revenue tax treasury budget statistics election electoral
		police-station station field regional-police team camp site shop company bank farm school
		union workers farmers students traders association resident residents rescue search fire
		disaster-management grid acting-president first second third former-president retired
		independent ruling managing board news wire agency office department ministry council
		committee commission court district-health provincial-health district-police coalition
		sector theatre theater task force battalion brigade division unit squad patrol platoon
		company-commander garrison base naval-base human-rights civil civilian coast guard
		legal chief-executive programme program project country regional-health county-health
		divisional new outgoing incoming current newly then serving`)
	addWords(wOrgHead, `ministry department office agency commission committee council authority institute
		institution service services bureau directorate secretariat embassy consulate mission union
		association federation society network foundation fund programme program organisation
		organization group company corporation corp corp. inc inc. ltd ltd. plc bank university
		college court tribunal assembly parliament senate congress party coalition alliance syndicate
		centre center observatory watch international cross crescent survey superintendency
		administration board trust league church front movement army forces force police brigade
		brigades battalion battalions corps guard guards command division regiment militia cartel
		navy rangers gendarmerie constabulary airlines airways railways times post herald tribune
		news press telegraph journal gazette broadcasting television radio cooperative co-operative
		initiative institutes commissions councils unions associations parties ministries
		agencies offices departments committees authorities courts banks companies groups
		consortium confederation chamber academy laboratory laboratories hospitals exchange
		co co. cos llc gmbh holdings`)
	addWords(wArmedCue, `liberation resistance mujahideen mujahidin jihad jihadist militia militias brigade
		brigades cartel insurgents insurgent guerrilla guerrillas rebels rebel martyrs fighters
		mujahedeen taliban separatists paramilitaries`)
	addWords(wForceHead, `police army forces force guard guards corps command gendarmerie navy rangers
		constabulary battalion battalions regiment division military marines sheriff sheriffs`)
	addWords(wVerb, `said says say stated states told tells added adds announced announces claimed claims
		condemned condemns denied denies rejected rejects refuted refutes accused accuses blamed
		blames warned warns urged urges called calls demanded demands confirmed confirms reported
		reports insisted insists vowed vows pledged pledges threatened threatens ordered orders
		launched launches attacked attacks struck strikes killed kills deployed deploys sent sends
		imposed imposes designated designates recognised recognises recognized recognizes agreed
		agrees signed signs approved approves expelled expels summoned summons responded responds
		retaliated retaliates carried carries has have had is was are were will would could should
		can may might must did does do shall wants wanted plans planned continues continued remains
		remained faces faced holds held maintains maintained considers considered seeks sought
		supports supported backs backed opposes opposed asked asks expressed expresses welcomed
		welcomes criticised criticises criticized criticizes protested protests announced issued
		issues released releases published publishes reiterated reiterates noted notes disclosed
		discloses revealed reveals asserted asserts highlighted highlights mentioned mentions
		recounted recounts described describes labelled labeled labels attributed attributes
		countered counters dismissed dismisses acknowledged acknowledges admitted admits declined
		declines refused refuses agreed offered offers promised promises decided decides
		suspended suspends closed closes opened opens seized seizes captured captures arrested
		arrests detained detains freed frees evacuated evacuates rescued rescues withdrew withdraws
		invaded invades bombed bombs shelled shells fired fires targeted targets retook retakes
		accused alleged alleges appealed appeals pressed presses hit hits sanctioned sanctions
		insisted explained explains estimated estimates put puts gave gives took takes made makes
		believes believed thinks thought knows knew sees saw hopes hoped expects expected fears
		feared encountered encounters condemned responded`)
	addWords(wAccuse, `accused accuses accusing blamed blames blaming urged urges urging warned warns
		warning criticised criticises criticized criticizes pressed presses thanked thanks asked
		asks condemned condemns sanctioned sanctions attacked attacks invaded invades summoned
		summons charged charges`)
	addWords(wPrep, `in at from to near of on by with for into throughout inside outside against over
		under between among amid toward towards via around after before during since across along
		onto upon within without beyond behind beside besides off past through per than like
		including about above below`)
	addWords(wDet, `the a an this that these those its their his her our my your some any each every
		no another`)
	addWords(wCommon, `the a an this that these those its their his her our my your some any each every
		in at from to near of on by with for into throughout inside outside against over under
		between among amid toward towards via around after before during since across along and
		or but nor so yet if when while where as because although though however meanwhile also
		still then there here it he she they we i you who whom whose which what why how not no
		yes according regarding following despite unlike earlier later today yesterday tomorrow
		last next first second third once more most many much several few other others such
		both all only even just about above below up down out now again already officials
		residents witnesses authorities gunmen militants troops soldiers speaking asked hours days weeks months years dozens hundreds thousands millions
		separately elsewhere overall together instead indeed moreover furthermore nonetheless
		nevertheless therefore thus hence otherwise perhaps maybe analysts critics sources
		people is was are were be been has have had will would can could should may
		might must do does did said says plus having being given taking making fourth fifth
		sixth seventh eighth ninth tenth`)
	addWords(wTime, `january february march april may june july august september october november
		december jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept.
		oct oct. nov nov. dec dec. monday tuesday wednesday thursday friday saturday sunday mon tue
		wed thu fri sat sun`)
	addWords(wConnector, `of for on and the de des du la le del da do dos das di van von al el y &`)
	addWords(wNORP, `baloch baluch balochi pashtun pashtuns pakhtun tajik uzbek hazara kurd kurds kurdish
		tutsi hutu fulani hausa yoruba igbo kanuri uyghur uighur rohingya tamil sinhalese sunni
		sunnis shia shiite shiites shi'ite alawite druze christian christians muslim muslims hindu
		hindus sikh sikhs jewish jews arab arabs berber tuareg amhara oromo tigrayan tigrayans
		somali darfuri zaghawa masalit nuer dinka luo kikuyu kalenjin maasai catholic catholics
		protestant protestants evangelical islamist islamists jihadist jihadists salafist salafists
		buddhist buddhists bedouin yazidi yazidis copt copts coptic maronite persian persians
		turkmen circassian chechen chechens dagestani ethnic republican republicans democrat
		democrats african africans european europeans asian asians latino latinos hispanic
		hispanics afrikaner afrikaners westerners`)
	addWords(wAdverb, `also later previously then now already again still never not repeatedly strongly
		swiftly quickly immediately publicly formally officially reportedly allegedly firmly
		sharply categorically flatly jointly separately recently earlier subsequently itself
		himself herself themselves on yesterday today`)
	addWords(wParticle, `al el bin ibn bint abu abd abdul van von de der den da di du dos das del la le
		ul ud`)
	addWords(wPluralOwner, `children women people workers lord men farmers doctors veterans mothers
		fathers martyrs students peoples nations teachers journalists`)
	addWords(wIntl, `united nations world international global african european asian arab islamic
		interamerican inter-american commonwealth nato un u.n. eu au`)
}

// armyTypes maps the words naming a kind of security force, as a common
// noun, to the force type that merges its mentions (see forceNoun).
var forceTypes = map[string]string{
	"military":                     "military",
	"army":                         "military",
	"armed forces":                 "military",
	"defence forces":               "military",
	"defense forces":               "military",
	"troops":                       "military",
	"forces":                       "military",
	"police":                       "police",
	"police force":                 "police",
	"police service":               "police",
	"security forces":              "security forces",
	"security force":               "security forces",
	"navy":                         "navy",
	"air force":                    "air force",
	"coast guard":                  "coast guard",
	"border guards":                "border guards",
	"border police":                "border police",
	"gendarmerie":                  "gendarmerie",
	"national guard":               "national guard",
	"paramilitaries":               "paramilitary forces",
	"paramilitary forces":          "paramilitary forces",
	"special forces":               "special forces",
	"intelligence services":        "intelligence services",
	"intelligence agencies":        "intelligence services",
	"security agencies":            "security agencies",
	"counterterrorism units":       "counterterrorism units",
	"counter-terrorism units":      "counterterrorism units",
	"counterterrorism department":  "counterterrorism department",
	"counter-terrorism department": "counterterrorism department",
	"counterterrorism police":      "counterterrorism police",
	"counter-terrorism police":     "counterterrorism police",
}

// forceFirst holds the first words of the two-word keys of forceTypes.
var forceFirst = func() map[string]bool {
	m := map[string]bool{}
	for k := range forceTypes {
		if a, _, ok := strings.Cut(k, " "); ok {
			m[a] = true
		}
	}
	return m
}()

// verbIrregularParticiples are past participles that do not end in -ed,
// for passive agents ("a claim made by India").
var verbIrregularParticiples = map[string]bool{
	"made": true, "taken": true, "given": true, "seen": true, "held": true, "known": true,
	"shown": true, "driven": true, "led": true, "run": true, "sent": true, "brought": true,
	"paid": true, "set": true, "put": true, "told": true, "written": true, "struck": true,
	"hit": true, "shot": true, "built": true, "won": true, "caught": true, "thrown": true,
	"fought": true, "sought": true, "sold": true, "bought": true, "drawn": true, "begun": true,
	"overrun": true, "undertaken": true, "spoken": true, "chosen": true, "torn": true,
}

// nonVerbEd are common words ending in -ed that are not past forms.
var nonVerbEd = map[string]bool{
	"red": true, "bed": true, "hundred": true, "speed": true, "seed": true, "shed": true,
	"need": true, "feed": true, "breed": true, "deed": true, "greed": true, "weed": true,
	"sled": true, "wed": true, "fled": true, "bred": true, "creed": true, "united": true,
	"armed": true, "unarmed": true, "unnamed": true, "masked": true, "alleged": true,
	"so-called": true, "wounded": true, "injured": true, "detained": true, "suspected": true,
	"hooded": true, "disputed": true, "banned": true, "coordinated": true, "organised": true,
	"organized": true, "proscribed": true, "outlawed": true, "self-styled": true, "occupied": true,
	"sponsored": true, "embattled": true, "talked": false,
}

// placeNouns are lower-case words that follow or introduce a place's name
// ("Purworejo regency", "the village of Kwanar Dutsi").
var placeNouns = map[string]bool{
	"regency": true, "district": true, "districts": true, "province": true, "provinces": true,
	"state": true, "states": true, "county": true, "region": true, "regions": true, "village": true,
	"villages": true, "town": true, "towns": true, "city": true, "area": true, "department": true,
	"municipality": true, "governorate": true, "oblast": true, "prefecture": true, "valley": true,
	"river": true, "border": true, "highway": true, "road": true, "hamlet": true, "hamlets": true,
	"neighbourhood": true, "neighborhood": true, "suburb": true, "island": true, "islands": true,
	"capital": true, "port": true, "camp": true, "forest": true, "mountains": true, "territory": true,
	"enclave": true, "commune": true, "locality": true, "ward": true, "division": true, "sector": true,
	"rivers": true, "lakes": true, "valleys": true, "mountain": true, "hills": true, "plains": true,
}

// geoWords are the first or last words of the names of natural features,
// roads and storms, which are no actors ("Río Sucio", "Mount Elgon",
// "West Capitol Drive", "Cyclone Freddy").
var geoWords = map[string]bool{
	"río": true, "rio": true, "river": true, "lake": true, "mount": true, "mt": true, "mt.": true,
	"gulf": true, "bay": true, "cape": true, "mountains": true, "mountain": true, "valley": true,
	"canyon": true, "forest": true, "desert": true, "island": true, "islands": true, "sea": true,
	"ocean": true, "strait": true, "peninsula": true, "plateau": true, "hills": true, "hill": true,
	"highway": true, "road": true, "street": true, "avenue": true, "drive": true, "boulevard": true,
	"lane": true, "bridge": true, "square": true, "dam": true, "park": true, "cyclone": true,
	"hurricane": true, "typhoon": true, "storm": true, "canal": true, "falls": true,
	"st.": true, "ave": true, "ave.": true, "rd": true, "rd.": true, "blvd": true, "blvd.": true,
	"hwy": true, "hwy.": true,
}

// facilityWords are the last words of the names of buildings and sites
// ("Sahan Hotel", "Madina Hospital"): they are actors only when they act
// or employ someone the article names.
var facilityWords = map[string]bool{
	"hospital": true, "hotel": true, "jail": true, "prison": true, "mosque": true, "market": true,
	"airport": true, "stadium": true, "clinic": true, "hall": true, "school": true, "cathedral": true,
	"temple": true, "mall": true, "station": true, "camp": true, "barracks": true, "cantonment": true,
	"palace": true, "complex": true, "plaza": true, "tower": true, "towers": true, "arena": true,
}
