package places

// stateAbbrevs maps the abbreviations that news agencies write after a
// town's name ("Ridge Farm, Ill.", "CHARLESTON, W.Va. (AP)") to the
// first-level division they stand for. US states follow the Associated
// Press style with the common older forms; Canadian provinces the forms
// Canadian Press uses. Postal codes ("IL", "CA") are left out: as words
// they are far more often something else ("IN", "OR", "ME").
//
// Keys are the tokens as the tokenizer writes them: with their periods.
var stateAbbrevs = map[string]abbrevState{
	"Ala.":   {"US", "Alabama"},
	"Ariz.":  {"US", "Arizona"},
	"Ark.":   {"US", "Arkansas"},
	"Calif.": {"US", "California"},
	"Cal.":   {"US", "California"},
	"Colo.":  {"US", "Colorado"},
	"Conn.":  {"US", "Connecticut"},
	"Del.":   {"US", "Delaware"},
	"D.C.":   {"US", "District of Columbia"},
	"Fla.":   {"US", "Florida"},
	"Ga.":    {"US", "Georgia"},
	"Ill.":   {"US", "Illinois"},
	"Ind.":   {"US", "Indiana"},
	"Kan.":   {"US", "Kansas"},
	"Kans.":  {"US", "Kansas"},
	"Ky.":    {"US", "Kentucky"},
	"La.":    {"US", "Louisiana"},
	"Md.":    {"US", "Maryland"},
	"Mass.":  {"US", "Massachusetts"},
	"Mich.":  {"US", "Michigan"},
	"Minn.":  {"US", "Minnesota"},
	"Miss.":  {"US", "Mississippi"},
	"Mo.":    {"US", "Missouri"},
	"Mont.":  {"US", "Montana"},
	"Neb.":   {"US", "Nebraska"},
	"Nebr.":  {"US", "Nebraska"},
	"Nev.":   {"US", "Nevada"},
	"N.H.":   {"US", "New Hampshire"},
	"N.J.":   {"US", "New Jersey"},
	"N.M.":   {"US", "New Mexico"},
	"N.Y.":   {"US", "New York"},
	"N.C.":   {"US", "North Carolina"},
	"N.D.":   {"US", "North Dakota"},
	"Okla.":  {"US", "Oklahoma"},
	"Ore.":   {"US", "Oregon"},
	"Oreg.":  {"US", "Oregon"},
	"Pa.":    {"US", "Pennsylvania"},
	"Penn.":  {"US", "Pennsylvania"},
	"R.I.":   {"US", "Rhode Island"},
	"S.C.":   {"US", "South Carolina"},
	"S.D.":   {"US", "South Dakota"},
	"Tenn.":  {"US", "Tennessee"},
	"Tex.":   {"US", "Texas"},
	"Vt.":    {"US", "Vermont"},
	"Va.":    {"US", "Virginia"},
	"Wash.":  {"US", "Washington"},
	"W.Va.":  {"US", "West Virginia"},
	"W.Va":   {"US", "West Virginia"},
	"Wis.":   {"US", "Wisconsin"},
	"Wisc.":  {"US", "Wisconsin"},
	"Wyo.":   {"US", "Wyoming"},
	"Alta.":  {"CA", "Alberta"},
	"B.C.":   {"CA", "British Columbia"},
	"Man.":   {"CA", "Manitoba"},
	"N.B.":   {"CA", "New Brunswick"},
	"Nfld.":  {"CA", "Newfoundland and Labrador"},
	"N.S.":   {"CA", "Nova Scotia"},
	"Ont.":   {"CA", "Ontario"},
	"Que.":   {"CA", "Quebec"},
	"Sask.":  {"CA", "Saskatchewan"},
}

// abbrevState is the country and the first-level division's name an
// abbreviation stands for.
type abbrevState struct {
	country, name string
}
