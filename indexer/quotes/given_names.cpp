#include "quotes/given_names.hpp"

#include <cctype>
#include <string>

namespace onrecord {
namespace {

// Lower-cased. A name on both lists would be unisex; none is (unisex names are on neither).
constexpr std::string_view kMaleNames[] = {
    "aaron",     "abdul",     "adam",        "adrian",      "ahmed",     "alan",     "albert",
    "alejandro", "alex",      "alexander",   "alfred",      "ali",       "allen",    "andre",
    "andrew",    "angelo",    "anthony",     "antonio",     "arnold",    "arthur",   "barack",
    "barry",     "ben",       "benjamin",    "bernard",     "bernie",    "bill",     "billy",
    "bob",       "bobby",     "boris",       "brad",        "bradley",   "brandon",  "brendan",
    "brian",     "bruce",     "bryan",       "carl",        "carlos",    "charles",  "charlie",
    "chris",     "christian", "christopher", "clarence",    "claude",    "clint",    "colin",
    "craig",     "dale",      "dan",         "daniel",      "danny",     "darren",   "dave",
    "david",     "dean",      "dennis",      "derek",       "dermot",    "desmond",  "dick",
    "dmitry",    "don",       "donald",      "doug",        "douglas",   "duncan",   "dwight",
    "earl",      "eddie",     "edgar",       "edward",      "edwin",     "elon",     "emmanuel",
    "eric",      "ernest",    "eugene",      "evan",        "felix",     "fernando", "francis",
    "francisco", "frank",     "franklin",    "fred",        "frederick", "fritz",    "gary",
    "gavin",     "gene",      "geoffrey",    "george",      "gerald",    "gordon",   "graham",
    "greg",      "gregory",   "guy",         "hank",        "hans",      "harold",   "harry",
    "harvey",    "hector",    "henry",       "herbert",     "howard",    "hugh",     "hugo",
    "ian",       "isaac",     "ivan",        "jack",        "jacob",     "jake",     "james",
    "jamie",     "jason",     "jay",         "jean-claude", "jeff",      "jeffrey",  "jeremy",
    "jerome",    "jerry",     "jesse",       "jim",         "jimmy",     "joe",      "joel",
    "john",      "johnny",    "jon",         "jonathan",    "jorge",     "jose",     "joseph",
    "juan",      "julian",    "justin",      "karl",        "keith",     "ken",      "kenneth",
    "kevin",     "kim",       "kurt",        "kyle",        "lance",     "larry",    "lawrence",
    "lee",       "leo",       "leon",        "leonard",     "lewis",     "liam",     "lloyd",
    "louis",     "luis",      "luke",        "lyndon",      "malcolm",   "marc",     "marco",
    "marcus",    "mario",     "mark",        "martin",      "marvin",    "matt",     "matthew",
    "maurice",   "max",       "michael",     "miguel",      "mike",      "mitch",    "mitt",
    "mohammed",  "morris",    "muhammad",    "nathan",      "neil",      "nelson",   "nicholas",
    "nick",      "nicolas",   "nigel",       "noah",        "norman",    "oliver",   "omar",
    "oscar",     "otto",      "patrick",     "paul",        "pedro",     "peter",    "philip",
    "phillip",   "pierre",    "rafael",      "ralph",       "ramon",     "randy",    "ray",
    "raymond",   "richard",   "rick",        "robert",      "rod",       "roger",    "roland",
    "ron",       "ronald",    "ross",        "roy",         "rudy",      "russell",  "ryan",
    "sam",       "samuel",    "scott",       "sean",        "sebastian", "sergei",   "seth",
    "shane",     "simon",     "stanley",     "stephen",     "steve",     "steven",   "stuart",
    "ted",       "terry",     "theodore",    "thomas",      "tim",       "timothy",  "todd",
    "tom",       "tommy",     "tony",        "travis",      "trevor",    "tyler",    "victor",
    "vincent",   "vladimir",  "walter",      "warren",      "wayne",     "wesley",   "william",
    "willie",    "woodrow",   "xavier",      "yuri",        "zachary",
};
constexpr std::string_view kFemaleNames[] = {
    "abigail",    "ada",      "alice",     "alicia",    "alison",    "amanda",    "amber",
    "amy",        "andrea",   "angela",    "angelina",  "ann",       "anna",      "anne",
    "annie",      "april",    "ashley",    "barbara",   "beatrice",  "betty",     "beverly",
    "brenda",     "bridget",  "carol",     "caroline",  "carolyn",   "catherine", "cathy",
    "charlotte",  "cheryl",   "christina", "christine", "cindy",     "claire",    "clara",
    "claudia",    "colleen",  "connie",    "cynthia",   "daisy",     "dana",      "danielle",
    "darleen",    "deborah",  "debra",     "denise",    "diana",     "diane",     "donna",
    "doris",      "dorothy",  "edith",     "eileen",    "elaine",    "eleanor",   "elena",
    "elizabeth",  "ella",     "ellen",     "emily",     "emma",      "erin",      "esther",
    "eva",        "evelyn",   "fiona",     "florence",  "frances",   "gabriela",  "gail",
    "gillian",    "gina",     "gloria",    "grace",     "hannah",    "harriet",   "hazel",
    "heather",    "helen",    "hillary",   "holly",     "ingrid",    "irene",     "isabel",
    "jacqueline", "jane",     "janet",     "janice",    "jennifer",  "jessica",   "jill",
    "joan",       "joanne",   "josephine", "joyce",     "judith",    "judy",      "julia",
    "julie",      "june",     "karen",     "kate",      "katherine", "kathleen",  "kathryn",
    "kathy",      "katie",    "kelly",     "kimberly",  "kristen",   "laura",     "lauren",
    "leslie",     "linda",    "lisa",      "liz",       "lois",      "lori",      "louise",
    "lucy",       "lynn",     "madeleine", "margaret",  "maria",     "marie",     "marilyn",
    "marion",     "marjorie", "martha",    "mary",      "maureen",   "megan",     "melania",
    "melissa",    "michelle", "monica",    "nancy",     "naomi",     "natalie",   "nicole",
    "nina",       "nora",     "olivia",    "pamela",    "patricia",  "paula",     "pauline",
    "peggy",      "penny",    "phyllis",   "rachel",    "rebecca",   "regina",    "rita",
    "roberta",    "rose",     "ruth",      "sally",     "samantha",  "sandra",    "sandy",
    "sara",       "sarah",    "sharon",    "shirley",   "sonia",     "sophia",    "stephanie",
    "susan",      "suzanne",  "sylvia",    "tamara",    "teresa",    "theresa",   "tina",
    "tracy",      "ursula",   "valerie",   "vanessa",   "victoria",  "virginia",  "wanda",
    "wendy",      "yvonne",   "zoe",
};

// Countries, US states, regions, major cities and peoples (adjectives included): lower-cased.
// "washington", "georgia" and "virginia" are also people's names; a two-word person name
// ("Virginia Woolf") is read as a name before this list is asked.
constexpr std::string_view kPlaces[] = {
    "afghanistan",  "africa",     "african",     "alabama",       "alaska",
    "albania",      "algeria",    "america",     "american",      "americans",
    "argentina",    "arizona",    "arkansas",    "asia",          "asian",
    "australia",    "australian", "austria",     "bangladesh",    "beijing",
    "belgium",      "berlin",     "bolivia",     "bosnia",        "brazil",
    "britain",      "british",    "brussels",    "bulgaria",      "california",
    "cambodia",     "canada",     "canadian",    "chicago",       "chile",
    "china",        "chinese",    "colombia",    "colorado",      "congo",
    "connecticut",  "croatia",    "cuba",        "cyprus",        "czech",
    "delaware",     "denmark",    "detroit",     "dublin",        "egypt",
    "england",      "english",    "ethiopia",    "europe",        "european",
    "finland",      "florida",    "france",      "french",        "georgia",
    "german",       "germany",    "ghana",       "greece",        "greek",
    "haiti",        "hawaii",     "idaho",       "illinois",      "india",
    "indian",       "indiana",    "indonesia",   "iowa",          "iran",
    "iraq",         "ireland",    "irish",       "israel",        "israeli",
    "italian",      "italy",      "japan",       "japanese",      "jordan",
    "kansas",       "kentucky",   "kenya",       "korea",         "kosovo",
    "kuwait",       "lebanon",    "libya",       "london",        "louisiana",
    "maine",        "malaysia",   "maryland",    "massachusetts", "mexican",
    "mexico",       "michigan",   "minnesota",   "mississippi",   "missouri",
    "montana",      "morocco",    "moscow",      "nebraska",      "nepal",
    "netherlands",  "nevada",     "nigeria",     "norway",        "ohio",
    "oklahoma",     "oregon",     "pakistan",    "palestine",     "paris",
    "pennsylvania", "peru",       "philippines", "poland",        "portugal",
    "qatar",        "romania",    "russia",      "russian",       "rwanda",
    "scotland",     "senegal",    "serbia",      "singapore",     "somalia",
    "spain",        "spanish",    "sudan",       "sweden",        "switzerland",
    "syria",        "taiwan",     "tennessee",   "texas",         "thailand",
    "tokyo",        "turkey",     "u.k",         "u.k.",          "u.s",
    "u.s.",         "uganda",     "uk",          "ukraine",       "us",
    "usa",          "venezuela",  "vermont",     "vietnam",       "virginia",
    "wales",        "washington", "wisconsin",   "wyoming",       "yemen",
    "zimbabwe",
};

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::optional<Gender> given_name_gender(std::string_view name) {
  static const WordSet kMale = make_word_set(kMaleNames);
  static const WordSet kFemale = make_word_set(kFemaleNames);
  const std::string lower = lower_ascii(name);
  if (kMale.contains(lower)) return Gender::kMale;
  if (kFemale.contains(lower)) return Gender::kFemale;
  return std::nullopt;
}

bool is_place_or_people(std::string_view lower) {
  static const WordSet kPlace = make_word_set(kPlaces);
  return kPlace.contains(lower);
}

}  // namespace onrecord
