package casualties

import "strings"

// kind is a set of word classes; a word may belong to several.
type kind uint32

const (
	kNum       kind = 1 << iota // cardinal: "17", "seventeen", "twenty-four"
	kScale                      // hundred, thousand, million, billion, dozen
	kVague                      // dozens, scores, hundreds, thousands, millions
	kPerson                     // a noun that names people: the head of a victims phrase
	kThing                      // a unit or a thing: a number before it counts no people
	kFunc                       // a closed-class word that ends a noun phrase
	kAux                        // may stand between a subject and its verb ("were", "reportedly")
	kNeg                        // not, n't, never
	kModal                      // to, could, would, may: a base verb after it is not a report
	kAttr                       // an attribution verb: said, told, according
	kDay                        // weekday
	kMonth                      // month name
	kRelDay                     // today, yesterday, tonight
	kDet                        // a, an, another: a singular determiner
	kPoss                       // his, her, their, its
	kCurrency                   // $, dollars, euros
	kSubset                     // including, among: the next figure is part of the previous one
	kPost                       // an outcome cue that follows its victims ("were killed")
	kPre                        // an outcome cue that precedes its victims ("killing 12")
	kNoun                       // an outcome noun right after a bare number ("12 deaths")
	kOf                         // an outcome noun with "of" ("the deaths of 12")
	kRise                       // rose, climbed: a changing toll
	kGroupName                  // the name of an armed group: "Taliban", "al-Shabaab"
	kStateMod                   // a modifier that marks state forces: "government", "army"
	kArmedMod                   // a modifier that marks armed groups: "rebel", "jihadist"
	kCivMod                     // a modifier that marks civilians: "civilian"
	kQualStart                  // the first word of a qualifier ("at", "more", "nearly")
)

// group is a victim group of the record.
type group uint8

const (
	gNone     group = iota // not a person noun, or no group signal
	gGeneric               // people, persons, individuals: decided by context
	gCivilian              // civilians, children, residents
	gSecurity              // soldiers, police, troops
	gMilitant              // militants, rebels, gunmen
	gArmed                 // fighters, militia: militants unless a state modifier says otherwise
	gForces                // forces, personnel: security forces unless an armed-group modifier says otherwise
)

// outcome kinds, as the record names them.
const (
	outKilled    = "killed"
	outInjured   = "injured"
	outMissing   = "missing"
	outAbducted  = "abducted"
	outArrested  = "arrested"
	outDisplaced = "displaced"
)

// entry is what the lexicon knows about one lower-case word.
type entry struct {
	k       kind
	num     int64  // value of a cardinal or a scale word
	vmin    int64  // smallest value of a vague quantity
	vmax    int64  // largest value of a vague quantity; 0 = open
	group   group  // for person nouns and group modifiers
	plural  bool   // for person nouns
	out     string // for outcome cues
	special uint8  // a cue that needs a look at its neighbours (see the sp* constants)
	day     int    // weekday (0 = Sunday) or month (1..12)
}

// Special outcome cues.
const (
	spNone      uint8 = iota
	spShot            // "shot": killed with "dead", "and killed", "to death"; else injured
	spLost            // "lost": killed only in "lost their lives"
	spLives           // "lives": killed in "claimed 12 lives", "the lives of 12"
	spToll            // "toll": the next figure is a toll
	spTreat           // "treated": injured
	spFled            // "fled": displaced
	spEvacuated       // "evacuated": displaced, unless to a hospital
	spTaken           // "taken", "held": abducted with "hostage" or "into the bush", arrested with "custody"
	spBody            // "bodies": a person noun that means killed
	spFatal           // "fatally": turns an injury into a death
	spGunned          // "gunned": killed with "down"
	spWound           // "wound", "gunshot": an injury named by a noun ("suffered a gunshot wound")
)

var lexicon = map[string]*entry{}

// add merges classes into the entries of the space-separated words.
func add(words string, e entry) {
	for _, w := range strings.Fields(words) {
		old := lexicon[w]
		if old == nil {
			c := e
			lexicon[w] = &c
			continue
		}
		old.k |= e.k
		if e.num != 0 {
			old.num = e.num
		}
		if e.vmin != 0 {
			old.vmin, old.vmax = e.vmin, e.vmax
		}
		if e.group != gNone {
			old.group = e.group
		}
		if e.plural {
			old.plural = true
		}
		if e.out != "" {
			old.out = e.out
		}
		if e.special != spNone {
			old.special = e.special
		}
		if e.day != 0 {
			old.day = e.day
		}
	}
}

// persons adds person nouns of one group: plural forms, then singular ones.
func persons(g group, plural, singular string) {
	add(plural, entry{k: kPerson, group: g, plural: true})
	add(singular, entry{k: kPerson, group: g})
}

func init() {
	units := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, w := range units {
		add(w, entry{k: kNum, num: int64(i)})
	}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, w := range tens {
		add(w, entry{k: kNum, num: int64(20 + 10*i)})
	}
	add("hundred", entry{k: kScale, num: 100})
	add("thousand", entry{k: kScale, num: 1000})
	add("million", entry{k: kScale, num: 1_000_000})
	add("billion", entry{k: kScale, num: 1_000_000_000})
	add("dozen", entry{k: kScale, num: 12})

	// Vague quantities and the ranges they allow (see doc.go).
	add("dozens", entry{k: kVague, vmin: 24, vmax: 99})
	add("scores", entry{k: kVague, vmin: 40})
	add("hundreds", entry{k: kVague, vmin: 200, vmax: 999})
	add("thousands", entry{k: kVague, vmin: 2000, vmax: 9999})
	add("millions", entry{k: kVague, vmin: 2_000_000})

	// Closed-class words that end a noun phrase.
	add(`the this that these those there here it its it's they them their theirs he him his she her hers we us our
		you your i me my who whom whose which what where when while whereas if as than then so because since
		though although until unless after before during following in on at by for from with without into onto
		upon about against between among amongst across through throughout near inside outside under over of
		off out up down around along beside besides behind beyond toward towards via per within and or nor but
		yet also not no none nobody nothing all both each every either neither any some many much more most
		few several such other another own same too very just only even still already again ever never said
		says say told tells claimed added is are was were be been being am has have had having do does did
		will would shall should can could may might must a an ; : . , ! ? " ' ( ) [ ] — – - … “ ” ‘ ’ « » / &`,
		entry{k: kFunc})
	add("a an another", entry{k: kDet})
	add("his her their its our my your", entry{k: kPoss})
	add(`is are was were be been being has have had also reportedly allegedly later all both each initially
		subsequently still now since yet feared believed thought presumed reported confirmed found pronounced
		declared certified officially either already apparently possibly probably who that which
		to remained remain remains recorded listed registered documented`, entry{k: kAux})
	add("not n't never", entry{k: kNeg})
	add("to could would will may might can should must shall", entry{k: kModal})
	add("including incl. among amongst", entry{k: kSubset})
	add("rose risen rise rising rises climbed climb climbing climbs increased jumped grew risen reached up",
		entry{k: kRise})

	// Attribution verbs and prepositions.
	add(`said says say told stated reported reports announced confirmed disclosed noted added claimed tweeted
		wrote estimated counted recorded documented mentioned asserted revealed indicated explained according
		quoted citing cited insisted acknowledged`, entry{k: kAttr})

	add("sunday sun", entry{k: kDay, day: 0})
	add("monday mon", entry{k: kDay, day: 1})
	add("tuesday tue tues", entry{k: kDay, day: 2})
	add("wednesday wed", entry{k: kDay, day: 3})
	add("thursday thu thurs", entry{k: kDay, day: 4})
	add("friday fri", entry{k: kDay, day: 5})
	add("saturday sat", entry{k: kDay, day: 6})
	lexicon["sunday"].day = 7 // 0 would read as "no day"; weekday() maps 7 back to Sunday
	lexicon["sun"].day = 7
	months := []string{"january jan jan.", "february feb feb.", "march mar mar.", "april apr apr.", "may",
		"june jun jun.", "july jul jul.", "august aug aug.", "september sep sep. sept sept.",
		"october oct oct.", "november nov nov.", "december dec dec."}
	for i, ws := range months {
		add(ws, entry{k: kMonth, day: i + 1})
	}
	add("today yesterday tonight", entry{k: kRelDay})

	add("$ us$ € £ ¥ ₹ ₦ usd eur gbp", entry{k: kCurrency})

	// Units and things: a number before one of these does not count people.
	add(`year years yr yrs month months week weeks day days hour hours hr hrs minute minutes min mins second
		seconds decade decades century centuries km kms kilometre kilometres kilometer kilometers mile miles
		metre metres meter meters m ft feet foot inch inches cm mm kg kilo kilos kilogram kilograms gram grams
		tonne tonnes ton tons pound pounds lb lbs litre litres liter liters gallon gallons barrel barrels acre
		acres hectare hectares sq square percent per cent % pct point points degree degrees magnitude dollar
		dollars euro euros cent cents shilling shillings rupee rupees naira cedis cedi rand yen yuan pesos
		peso soles sol riyal riyals dinar dinars lira pounds sterling francs franc afghanis taka kwacha birr
		vote votes voted seat seats ballot ballots abstention abstentions attack attacks strike strikes
		airstrike airstrikes air-strikes raid raids bombing bombings blast blasts explosion explosions
		incident incidents operation operations clash clashes battle battles round rounds shot shots shell
		shells casing casings bullet bullets rocket rockets missile missiles drone drones bomb bombs mortar
		mortars grenade grenades weapon weapons gun guns rifle rifles vehicle vehicles car cars truck trucks
		bus buses boat boats ship ships plane planes aircraft helicopter helicopters jet jets tank tanks
		house houses home homes building buildings school schools hospital hospitals clinic clinics shop
		shops stall stalls market markets store stores church churches mosque mosques camp camps village
		villages town towns city cities district districts province provinces region regions state states
		country countries location locations site sites place places area areas street streets road roads
		block blocks floor floors storey storeys story stories bed beds room rooms blanket blankets tent tents
		aftershock aftershocks tremor tremors page pages case cases charge charges count counts time times
		member-state p.m. a.m. pm am gmt utc bn mn m. k bags bag sack sacks crore lakh lakhs
		companies company firms firm factories factory mines mine wells well flights flight trains train
		kilometres. miles. hours. days. years. weeks. months. minutes. feet. metres. meters. per-cent
		tonnes. tons. names name languages fires fire stations station posts post units unit brigades
		brigade battalions battalion divisions division positions position checkpoints checkpoint bases base
		targets target sorties sortie dog dogs cat cats horse horses cow cows cattle goat goats sheep
		camel camels donkey donkeys animal animals livestock pig pigs chicken chickens bird birds k-9 canine
		tree trees crop crops`, entry{k: kThing})

	// Outcome cues. kPost: follows the victims; kPre: precedes them; kNoun:
	// right after a bare number; kOf: followed by "of" and the figure.
	add("killed slain slaughtered massacred murdered executed beheaded assassinated eliminated neutralized neutralised martyred",
		entry{k: kPost | kPre, out: outKilled})
	add("killing kills kill slaying slew massacring murdering executing beheading eliminating neutralizing neutralising",
		entry{k: kPre, out: outKilled})
	add("died dies die perished drowned", entry{k: kPost, out: outKilled})
	add("dead", entry{k: kPost | kNoun, out: outKilled})
	add("deaths fatalities", entry{k: kNoun | kOf, out: outKilled})
	add("death", entry{k: kOf, out: outKilled})
	add("killings killing murder murders massacre elimination execution executions assassination beheading beheadings slaying",
		entry{k: kOf, out: outKilled})
	add("lives", entry{k: kNoun, out: outKilled, special: spLives})
	add("lost", entry{k: kPost, out: outKilled, special: spLost})
	add("succumbed", entry{k: kPost, out: outKilled})
	add("gunned", entry{k: kPost | kPre, out: outKilled, special: spGunned})
	add("fatally", entry{special: spFatal})
	add("bodies corpses", entry{k: kPerson | kNoun, group: gGeneric, plural: true, out: outKilled, special: spBody})
	add("body corpse", entry{k: kPerson, group: gGeneric, out: outKilled, special: spBody})
	add("martyrs", entry{k: kPerson | kNoun, group: gGeneric, plural: true, out: outKilled, special: spBody})
	add("toll tolls", entry{special: spToll})

	add("injured wounded hurt hospitalized hospitalised maimed", entry{k: kPost | kPre, out: outInjured})
	add("injuring injures injure wounding wounds hurting", entry{k: kPre, out: outInjured})
	add("injuries", entry{k: kNoun | kOf, out: outInjured})
	add("injury", entry{k: kOf, out: outInjured})
	add("wound gunshot", entry{special: spWound})
	add("shot stabbed", entry{k: kPost | kPre, out: outInjured, special: spShot})
	add("treated", entry{k: kPost | kPre, out: outInjured, special: spTreat})

	add("missing unaccounted", entry{k: kPost, out: outMissing})

	add("abducted kidnapped seized snatched", entry{k: kPost | kPre, out: outAbducted})
	add("abducting kidnapping abducts kidnaps abduct kidnap", entry{k: kPre, out: outAbducted})
	add("abduction abductions kidnappings", entry{k: kOf | kNoun, out: outAbducted})
	add("kidnapping", entry{k: kOf, out: outAbducted})
	add("taken held marched herded", entry{special: spTaken})

	add("arrested detained captured apprehended", entry{k: kPost | kPre, out: outArrested})
	add("arresting detaining capturing apprehending arrests arrest detain capture", entry{k: kPre, out: outArrested})
	add("arrests detentions", entry{k: kNoun | kOf, out: outArrested})
	add("arrest detention capture", entry{k: kOf, out: outArrested})

	add("displaced uprooted", entry{k: kPost | kPre, out: outDisplaced})
	add("displacing displaces displace", entry{k: kPre, out: outDisplaced})
	add("displacement", entry{k: kOf, out: outDisplaced})
	add("homeless", entry{k: kPost, out: outDisplaced})
	add("fled", entry{k: kPost, out: outDisplaced, special: spFled})
	add("evacuated", entry{k: kPost, out: outDisplaced, special: spEvacuated})

	add("rounded", entry{})
	add("shooting shootings stabbing", entry{k: kOf, out: outInjured, special: spShot})
	add("overnight earlier later ago alone respectively altogether so far", entry{k: kFunc})

	// Person nouns by group.
	persons(gCivilian, `civilians residents villagers children kids women girls boys babies infants toddlers
		teenagers teens youths students pupils schoolchildren schoolgirls schoolboys worshippers worshipers
		pilgrims passengers commuters travellers travelers tourists shoppers workers labourers laborers
		employees staff staffers miners farmers herders fishermen journalists reporters photographers
		doctors nurses medics paramedics volunteers activists protesters protestors demonstrators refugees
		migrants asylum-seekers mourners guests spectators fans patients teachers traders vendors merchants
		drivers motorists pedestrians bystanders cyclists locals inhabitants citizens voters parishioners
		congregants churchgoers worshipers hostages aid-workers relatives mothers fathers sisters brothers
		sons daughters wives husbands siblings grandchildren families family-members elders priests imams
		monks nuns clerics engineers contractors diplomats lawmakers legislators politicians officials
		pensioners retirees crew crewmen crewmembers fishers hunters loggers pupils
		newborns minors orphans adolescents athletes players`,
		`civilian resident villager child kid woman girl boy baby infant toddler teenager teen youth student
		pupil schoolchild schoolgirl schoolboy worshipper worshiper pilgrim passenger commuter traveller
		traveler tourist shopper worker labourer laborer employee staffer miner farmer herder fisherman
		journalist reporter photographer doctor nurse medic paramedic volunteer activist protester protestor
		demonstrator refugee migrant mourner guest spectator fan patient teacher trader vendor merchant
		driver motorist pedestrian bystander cyclist local inhabitant citizen voter hostage relative mother
		father sister brother son daughter wife husband sibling grandchild grandmother grandfather
		grandson granddaughter uncle aunt nephew niece cousin elder priest imam monk nun cleric engineer
		contractor diplomat lawmaker legislator politician official pensioner retiree fisher hunter newborn
		minor orphan adolescent athlete player girlfriend boyfriend fiancee fiance stepfather stepmother
		stepson stepdaughter neighbor neighbour neighbors neighbours friend friends classmate classmates
		roommate roommates schoolteacher homeowner homeowners tenant tenants customer customers clerk clerks
		cashier cashiers shopkeeper shopkeepers owner owners manager managers`)
	persons(gSecurity, `soldiers troops policemen policewomen police officers personnel servicemen
		servicewomen service-members marines sailors airmen pilots paratroopers commandos gendarmes peshmerga
		gendarmerie paramilitaries rangers troopers cops constables conscripts recruits cadets peacekeepers
		peace-keepers jawans sepoys guardsmen deputies agents detectives
		sergeants lieutenants captains majors colonels generals corporals privates`,
		`soldier trooper policeman policewoman officer serviceman servicewoman marine sailor airman pilot
		paratrooper commando gendarme paramilitary ranger cop constable conscript recruit cadet peacekeeper
		jawan sepoy guardsman deputy agent detective sergeant lieutenant captain major colonel general
		corporal private`)
	persons(gForces, "forces", "force")
	persons(gMilitant, `militants insurgents attackers assailants terrorists rebels gunmen jihadists
		extremists bombers suicide-bombers kidnappers abductors bandits pirates separatists guerrillas
		guerillas mujahideen jihadis islamists raiders hijackers shooters`,
		`militant insurgent attacker assailant terrorist rebel gunman jihadist extremist bomber kidnapper
		abductor bandit pirate separatist guerrilla guerilla jihadi islamist raider hijacker shooter`)
	persons(gArmed, `fighters militiamen militias militia combatants`, `fighter militiaman combatant`)
	persons(gGeneric, `people persons individuals others men victims adults males females humans souls
		members suspects detainees prisoners inmates captives leaders commanders operatives
		occupants nationals`,
		`person individual man victim adult male female human member suspect detainee prisoner inmate
		captive leader commander operative occupant national`)
	// guards: security forces only with a modifier that says so (border, national guards).
	persons(gNone, "guards", "guard")

	// Group modifiers.
	add(`government regime army military police security state federal national presidential republican
		revolutionary border coast navy naval army's military's loyalist loyalists pro-government pro-regime
		pro-assad pro-russian pro-kremlin pro-state law enforcement defence defense`, entry{k: kStateMod})
	add(`rebel rebels opposition insurgent militant jihadist jihadi islamist extremist terrorist separatist
		guerrilla armed rebel-held anti-government anti-regime`, entry{k: kArmedMod})
	add("civilian civil unarmed innocent", entry{k: kCivMod})
	// Names of armed groups (lower case; multi-word names are matched on one distinctive word).
	add(`isis isil daesh nusra al-nusra al-qaeda al-qaida alqaeda qaeda qaida aqap aqim al-shabaab shabaab
		al-shabab shabab taliban boko haram iswap hezbollah hizballah hizbollah houthi houthis huthi huthis
		ansarullah ttp bla blf ypg ypj pkk sdf fsa hts hamas jaish jaysh jeish jabhat ahrar lashkar
		tehreek-e-taliban tehrik-i-taliban adf m23 fdlr anti-balaka seleka janjaweed rsf wagner fateh
		takfiri takfiris asayish asayesh sayyaf maute polisario farc eln isk is-k
		iskp iswap jnim ansaru`, entry{k: kGroupName})
}
