package io.crossfact.bench;

/** Fixed word lists the synthetic corpus is assembled from. Changing any list changes every generated corpus. */
final class Vocabulary {

    private Vocabulary() {
    }

    static final String[] FEMALE = {
        "Jane", "Ruth", "Amina", "Sarah", "Claire", "Paula", "Halima", "Wanjiru", "Mara", "Maria", "Elena", "Grace",
        "Laura", "Emily", "Hannah", "Olivia", "Sofia", "Chloe", "Nadia", "Priya", "Aisha", "Fatima", "Mei", "Yuki",
        "Ingrid", "Carmen", "Rosa", "Lucia", "Beatrice", "Diane", "Helen", "Karen", "Linda", "Susan", "Deborah",
        "Rebecca", "Rachel", "Naomi", "Miriam", "Esther", "Joan", "Margaret", "Patricia", "Barbara", "Nancy",
        "Teresa", "Monica", "Angela", "Brenda", "Denise", "Irene", "Julia", "Kathleen", "Leah", "Megan", "Nora",
        "Ophelia", "Pamela", "Renee", "Sandra", "Tamara", "Ursula", "Vanessa", "Wendy", "Yvonne", "Zainab", "Adaeze",
        "Chiamaka", "Njeri", "Akosua", "Lerato", "Thandiwe", "Ana", "Isabel", "Marta", "Ewa", "Agnieszka", "Sigrid"
    };

    static final String[] MALE = {
        "Curtis", "Tom", "Marcus", "Daniel", "Peter", "Michael", "Hussein", "David", "James", "Robert", "John",
        "William", "Richard", "Joseph", "Charles", "Thomas", "Christopher", "Matthew", "Anthony", "Mark", "Paul",
        "Steven", "Andrew", "Kenneth", "Joshua", "Kevin", "Brian", "George", "Edward", "Ronald", "Timothy", "Jason",
        "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott",
        "Brandon", "Benjamin", "Samuel", "Gregory", "Frank", "Raymond", "Patrick", "Omar", "Ahmed", "Kwame",
        "Kofi", "Chinedu", "Otieno", "Kipchoge", "Mohamed", "Rajesh", "Arjun", "Wei", "Hiroshi", "Luis", "Carlos",
        "Diego", "Jorge", "Miguel", "Pedro", "Lars", "Henrik", "Pierre", "Luc", "Hans", "Piotr", "Ivan", "Dmitri"
    };

    static final String[] LAST = {
        "Holt", "Abernathy", "Rand", "Maddox", "Wekesa", "Lind", "Kamau", "Boru", "Galgalo", "Mwangi", "Graff",
        "Ouellette", "Dunning", "Gagne", "Johnson", "Thompson", "Smith", "Williams", "Brown", "Jones", "Garcia",
        "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Taylor",
        "Moore", "Jackson", "Martin", "Lee", "Perez", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis",
        "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
        "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Okafor",
        "Mensah", "Odhiambo", "Kiprono", "Achieng", "Njoroge", "Osei", "Adeyemi", "Mbeki", "Dlamini", "Patel",
        "Sharma", "Iyer", "Chen", "Wang", "Tanaka", "Sato", "Kowalski", "Nowak", "Larsen", "Johansson", "Dubois",
        "Moreau", "Schmidt", "Fischer", "Rossi", "Bianchi", "Silva", "Santos", "Costa", "Fitzgerald", "O'Brien",
        "McAllister", "Delacroix", "Whitfield", "Pelletier", "Beaulieu", "Cormier", "Thibodeau", "Lachance",
        "Carrington", "Ashworth", "Prescott", "Hollis", "Kendrick", "Lockwood", "Merriweather", "Pemberton",
        "Quinlan", "Radcliffe", "Stanhope", "Tillman", "Underwood", "Vance", "Winslow", "Yardley", "Zimmerman",
        "Baptiste", "Castellanos", "Dominguez", "Espinoza", "Figueroa", "Guerrero", "Ibarra", "Jaramillo", "Aguilar",
        "Brennan", "Callahan", "Donnelly", "Gallagher", "Keane", "Lynch", "Mahoney", "Nolan", "Sullivan", "Walsh"
    };

    /** State name, AP abbreviation, three cities (the first is the capital or largest). */
    static final String[][] STATES = {
        {"Vermont", "Vt.", "Montpelier", "Burlington", "Rutland"},
        {"Maine", "Maine", "Augusta", "Portland", "Bangor"},
        {"New Hampshire", "N.H.", "Concord", "Manchester", "Nashua"},
        {"Massachusetts", "Mass.", "Boston", "Worcester", "Springfield"},
        {"Connecticut", "Conn.", "Hartford", "New Haven", "Bridgeport"},
        {"New York", "N.Y.", "Albany", "Buffalo", "Rochester"},
        {"Pennsylvania", "Pa.", "Harrisburg", "Pittsburgh", "Scranton"},
        {"Ohio", "Ohio", "Columbus", "Cleveland", "Dayton"},
        {"Michigan", "Mich.", "Lansing", "Detroit", "Flint"},
        {"Wisconsin", "Wis.", "Madison", "Milwaukee", "Green Bay"},
        {"Minnesota", "Minn.", "St. Paul", "Minneapolis", "Duluth"},
        {"Iowa", "Iowa", "Des Moines", "Cedar Rapids", "Davenport"},
        {"Missouri", "Mo.", "Jefferson City", "Kansas City", "St. Louis"},
        {"Kentucky", "Ky.", "Frankfort", "Louisville", "Lexington"},
        {"West Virginia", "W.Va.", "Charleston", "Huntington", "Morgantown"},
        {"Virginia", "Va.", "Richmond", "Norfolk", "Roanoke"},
        {"North Carolina", "N.C.", "Raleigh", "Charlotte", "Asheville"},
        {"Georgia", "Ga.", "Atlanta", "Savannah", "Macon"},
        {"Florida", "Fla.", "Tallahassee", "Miami", "Tampa"},
        {"Texas", "Texas", "Austin", "Houston", "El Paso"},
        {"New Mexico", "N.M.", "Santa Fe", "Albuquerque", "Las Cruces"},
        {"Arizona", "Ariz.", "Phoenix", "Tucson", "Flagstaff"},
        {"Colorado", "Colo.", "Denver", "Boulder", "Pueblo"},
        {"Oregon", "Ore.", "Salem", "Portland", "Eugene"},
        {"Washington", "Wash.", "Olympia", "Seattle", "Spokane"},
        {"California", "Calif.", "Sacramento", "Fresno", "Oakland"},
        {"Montana", "Mont.", "Helena", "Billings", "Missoula"},
        {"Kansas", "Kan.", "Topeka", "Wichita", "Lawrence"}
    };

    static final String[] AGENCIES = {
        "AP", "Reuters", "New England Newswire", "States Newsroom", "AFP", "Bloomberg", "Capitol Wire", "UPI"
    };

    static final String[] OUTLET_PLACES = {
        "Burlington", "Bennington", "Rutland", "Nashua", "Portland", "Bangor", "Hartford", "Albany", "Buffalo",
        "Scranton", "Dayton", "Toledo", "Lansing", "Flint", "Madison", "Duluth", "Cedar Rapids", "Springfield",
        "Lexington", "Roanoke", "Asheville", "Savannah", "Tampa", "Austin", "El Paso", "Santa Fe", "Tucson",
        "Boulder", "Eugene", "Spokane", "Fresno", "Billings", "Wichita", "North Country", "Lake Region",
        "Valley", "Tri-County", "Harbor", "Mountain", "Prairie", "Capital", "Riverside", "Coastal", "Nairobi"
    };

    static final String[] OUTLET_KINDS = {
        "Ledger", "Courier", "Observer", "Herald", "Gazette", "Tribune", "Times", "Post", "Daily News",
        "Sentinel", "Record", "Journal", "Press", "Star", "Independent", "Now", "Digest", "Beacon", "Register"
    };

    static final String[] INSTITUTIONS = {
        "the University of Vermont", "Dartmouth College", "the University of Michigan", "Johns Hopkins University",
        "the University of Minnesota", "Ohio State University", "the University of Texas", "Emory University",
        "the University of Washington", "Boston University", "the University of Nairobi", "Columbia University",
        "the Brookings Institution", "the Urban Institute", "the Pew Research Center", "RAND Corporation",
        "the University of Colorado", "Duke University", "the University of Iowa", "Oregon State University"
    };

    static final String[] EXPERTISE = {
        "an epidemiologist", "an economist", "a public health researcher", "a hydrologist", "a climate scientist",
        "a sociologist", "a policy analyst", "a housing researcher", "a political scientist", "an emergency physician",
        "a toxicologist", "an agricultural economist", "a transportation engineer", "a criminologist"
    };

    static final String[] OCCUPATIONS = {
        "a nurse", "a dairy farmer", "a teacher", "a herder", "a bus driver", "a small-business owner", "a pastor",
        "a retired machinist", "a social worker", "a firefighter", "a mother of three", "a truck driver", "a student"
    };

    static final String[] DEPARTMENTS = {
        "Health", "Human Services", "Transportation", "Education", "Public Safety", "Environmental Conservation",
        "Agriculture", "Labor", "Housing", "Finance"
    };

    static final String[] SPOKES_FOR = {
        "the governor's office", "the state health department", "the attorney general", "the city",
        "the county sheriff's office", "the state police", "the utility", "the school district", "the hospital"
    };

    static final String[] MONTHS = {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"
    };

    static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

    static final String[] SECTIONS = {"news", "politics", "health", "local", "state", "business", "world", "nation"};

    /**
     * One row per topic: [0] counted things (plural), [1] agencies that publish figures, [2] programs that get money,
     * [3] issue phrases, [4] headline nouns.
     */
    static final String[][][] TOPICS = {
        {
            {"opioid overdose deaths", "emergency room visits for overdoses", "people on treatment waiting lists",
                "naloxone kits distributed", "patients in medication treatment"},
            {"the Department of Health", "the Office of the Chief Medical Examiner", "the state health department",
                "the Centers for Disease Control and Prevention"},
            {"opioid treatment and recovery", "rural recovery centers", "addiction services", "treatment beds"},
            {"the overdose crisis", "the drug supply", "treatment waiting lists", "fentanyl", "xylazine wounds"},
            {"overdose deaths", "treatment money", "recovery centers", "opioid settlement funds"}
        },
        {
            {"suspected cholera cases", "people displaced by drought", "households that lost livestock",
                "water points that ran dry", "people in need of food assistance"},
            {"the National Drought Management Authority", "the ministry of health", "the county government",
                "the meteorological department"},
            {"water trucking", "food assistance", "mobile clinics", "borehole repairs"},
            {"the drought", "the failed rains", "the cholera outbreak", "livestock losses", "water rationing"},
            {"drought", "cholera", "water shortages", "food aid"}
        },
        {
            {"homeless residents", "eviction filings", "affordable housing units", "families in emergency shelters",
                "motel vouchers issued"},
            {"the housing finance agency", "the Department for Children and Families", "the state court system",
                "the state housing authority"},
            {"emergency shelter", "rental assistance", "housing construction", "motel vouchers"},
            {"the housing shortage", "rising rents", "the shelter system", "zoning rules", "eviction filings"},
            {"housing", "homelessness", "rents", "shelter beds"}
        },
        {
            {"students chronically absent", "teacher vacancies", "school districts facing deficits",
                "children in pre-kindergarten", "school meals served"},
            {"the Agency of Education", "the state education department", "the teachers' union",
                "the school boards association"},
            {"school construction", "universal school meals", "teacher recruitment", "special education"},
            {"property taxes", "school budgets", "chronic absence", "the teacher shortage", "test scores"},
            {"schools", "school budgets", "teacher shortages", "education funding"}
        },
        {
            {"customers without power", "homes with heat pumps", "megawatts of solar capacity",
                "households behind on utility bills", "miles of transmission line"},
            {"the Public Utility Commission", "the utility", "the state energy office", "the grid operator"},
            {"weatherization", "heating assistance", "grid upgrades", "electric vehicle chargers"},
            {"electricity rates", "the storm response", "the grid", "heating costs", "power outages"},
            {"power outages", "energy prices", "heat pumps", "the grid"}
        },
        {
            {"traffic deaths", "bridges rated in poor condition", "bus riders a day", "potholes repaired",
                "miles of road paved"},
            {"the Agency of Transportation", "the state police", "the transit authority",
                "the Federal Highway Administration"},
            {"road repairs", "public transit", "bridge replacement", "rail service"},
            {"road safety", "bus service", "the paving backlog", "speeding", "the bridge closure"},
            {"roads", "traffic deaths", "transit cuts", "bridge repairs"}
        },
        {
            {"violent crimes reported", "car thefts", "police officers on patrol", "shootings",
                "people held in county jails"},
            {"the state police", "the Department of Public Safety", "the FBI",
                "the county sheriff's office"},
            {"community policing", "victim services", "jail diversion", "body cameras"},
            {"public safety", "police staffing", "bail reform", "retail theft", "the jail population"},
            {"crime", "police staffing", "shootings", "bail reform"}
        },
        {
            {"acres burned", "homes destroyed", "residents evacuated", "firefighters deployed",
                "days of poor air quality"},
            {"the state forestry division", "the fire service", "the National Weather Service",
                "the emergency management agency"},
            {"wildfire prevention", "forest thinning", "evacuation shelters", "flood buyouts"},
            {"the fire season", "the flood damage", "climate change", "the recovery effort", "evacuation orders"},
            {"wildfires", "flood damage", "evacuations", "storm recovery"}
        },
        {
            {"jobs added", "workers filing unemployment claims", "small businesses that closed",
                "open positions", "workers earning the minimum wage"},
            {"the Department of Labor", "the Bureau of Labor Statistics", "the chamber of commerce",
                "the state economist"},
            {"workforce training", "child care subsidies", "small-business grants", "apprenticeships"},
            {"the labor shortage", "inflation", "wages", "the minimum wage", "child care costs"},
            {"jobs", "the economy", "wages", "unemployment"}
        },
        {
            {"dairy farms", "acres of corn", "farm workers", "tons of maple syrup", "head of cattle"},
            {"the Agency of Agriculture", "the Department of Agriculture", "the farm bureau",
                "the state agricultural statistics office"},
            {"farm disaster relief", "water quality grants", "crop insurance", "milk price supports"},
            {"milk prices", "farm consolidation", "the frost damage", "water quality", "farm labor"},
            {"dairy farms", "farm losses", "crop damage", "milk prices"}
        },
        {
            {"registered voters", "absentee ballots", "polling places", "campaign donations",
                "first-time voters"},
            {"the secretary of state", "the county clerk", "the elections division", "the campaign finance office"},
            {"election security", "voter outreach", "ballot drop boxes", "poll worker training"},
            {"turnout", "the recount", "early voting", "the campaign", "redistricting"},
            {"elections", "turnout", "the Senate race", "ballots"}
        },
        {
            {"state employees", "nursing home beds", "hospital beds", "Medicaid enrollees", "uninsured residents"},
            {"the budget office", "the Joint Fiscal Office", "the hospital association", "the Medicaid agency"},
            {"Medicaid", "hospital budgets", "nursing homes", "mental health care"},
            {"the state budget", "hospital finances", "Medicaid cuts", "the nursing shortage", "health premiums"},
            {"the budget", "hospital finances", "Medicaid", "health care costs"}
        }
    };

    static final String[] ACTORS = {
        "Lawmakers", "County officials", "State officials", "Advocates", "Local leaders", "Town officials",
        "Health officials", "Union leaders", "Business owners", "Residents", "Critics", "Supporters",
        "Members of the House committee", "Aid groups", "Researchers", "Budget writers"
    };

    static final String[] SAY_VERBS = {"said", "say", "argued", "warned", "noted", "acknowledged", "have said"};

    static final String[] MODALS = {"would", "could", "should", "will", "might", "must"};

    static final String[] ACTIONS = {
        "expand", "delay", "cut", "double", "review", "restore", "protect", "audit", "redesign", "fund",
        "replace", "reconsider", "overhaul", "phase out", "extend", "scale back"
    };

    static final String[] TIMES = {
        "next year", "this summer", "before the end of the session", "by the fall", "within six months",
        "over the next decade", "before winter", "this year", "by July", "in the coming weeks", "next spring"
    };

    static final String[] CONNECTORS = {
        "Meanwhile", "Still", "At the same time", "In recent years", "Earlier this month", "Last week",
        "On Tuesday", "Since then", "For now", "In the meantime", "By contrast", "So far"
    };

    static final String[] ADJ_PHRASES = {
        "a campaign issue", "a point of contention in the Legislature", "harder to ignore", "a source of frustration",
        "a test for the new administration", "the subject of a legislative hearing", "a priority for both parties",
        "an unresolved question", "a recurring complaint at town meetings", "a headache for budget writers"
    };

    static final String[] PLACES_OF_EVENT = {
        "at a Statehouse news conference", "during a committee hearing", "in a written statement",
        "at a town hall meeting", "in an interview", "during a radio appearance", "at a budget briefing",
        "in a letter to lawmakers", "at a community forum", "after a closed-door meeting"
    };

    static final String[] QUOTE_SUBJECTS = {
        "We", "Families", "Our teams", "The people we serve", "Parents", "Our members", "They", "Our nurses",
        "Small towns", "Lawmakers", "People in this state", "These families", "Rural counties", "Working people"
    };

    static final String[] QUOTE_VERBS = {
        "cannot wait for", "are losing ground on", "will not accept", "have to talk about", "are not going to ignore",
        "need real answers on", "must do more about", "will keep fighting for", "can fix", "should be ashamed of",
        "are still paying for", "did not expect", "will not cut", "may never recover from", "need help with"
    };

    static final String[] QUOTE_TAILS = {
        "before another winter", "any longer", "this year", "county by county", "and that has to change",
        "without more money", "until the data are clear", "and everyone in this room knows it",
        "no matter what happens in Washington", "one family at a time", "and we are running out of time",
        "if nobody is willing to pay for it", "the way we did last year", "starting tomorrow"
    };

    static final String[] QUOTE_SECOND = {
        "That should shame all of us.", "We are moving as fast as we can.", "The data are clear.",
        "Nobody is coming to save us.", "We have the people. What we don't have is money.",
        "It is not complicated.", "I have seen it with my own eyes.", "We owe them a straight answer.",
        "This is not a partisan issue.", "The money has to follow the need.", "Only time will tell.",
        "We drink less so the children can drink.", "It shames me.", "That is exactly where it starts."
    };

    static final String[] FIGURE_QUALIFIERS = {"about", "nearly", "more than", "roughly", "at least", "almost", "some"};

    static final String[] NUMBER_WORDS = {
        "two dozen", "three dozen", "five hundred", "several hundred", "a few thousand", "two hundred"
    };
}
