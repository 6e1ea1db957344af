#!/usr/bin/env python3
"""Writes the labeled cases of crossfact's LabeledSetTest (fictional people, outlets and numbers; real places).

Run from this folder: python3 generate.py. Deterministic (seeded). Each case: 2-3 short .txt articles with
Published:/Source: header lines, read by DocumentReader, and a case.properties (type, expect, why).
"""
import os
import random
import shutil
import datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20261125)

FIRST = ["Dana", "Marcus", "Elena", "Tobias", "Priya", "Graham", "Lucia", "Desmond", "Ingrid", "Rafael", "Noor",
         "Walter", "Beatrix", "Kofi", "Miriam", "Anselm", "Yusuf", "Colette", "Hector", "Wren", "Ottilie", "Silas",
         "Maribel", "Fergus", "Adaeze", "Leopold", "Signe", "Caspar", "Rosalind", "Emeka", "Thea", "Bartholomew",
         "Imelda", "Declan", "Zainab", "Lorcan", "Philippa", "Ignatius", "Mercy", "Ansel"]
LAST = ["Okafor", "Lindqvist", "Marchetti", "Abernathy", "Vasquez", "Halvorsen", "Delacroix", "Pemberton", "Nakamura",
        "Oyelaran", "Brannigan", "Castellano", "Whitcombe", "Rasmussen", "Achterberg", "Quintero", "Mbeki", "Fairbanks",
        "Kowalczyk", "Thibodeaux", "Esposito", "Harrow", "Illescas", "Jankowski", "Kilbride", "Lambourne", "Moreau",
        "Nwosu", "Ostrowski", "Prendergast", "Ravensworth", "Szabo", "Trelawney", "Umberger", "Valdivia", "Wexford",
        "Yilmaz", "Zeller", "Ashcombe", "Bellweather", "Corrigan", "Dunmore", "Etheridge", "Fitzgerald", "Galloway"]
STATES = [("Ohio", "Columbus"), ("Oregon", "Salem"), ("Maine", "Augusta"), ("Iowa", "Des Moines"),
          ("Nevada", "Carson City"), ("Kansas", "Topeka"), ("Utah", "Salt Lake City"), ("New Mexico", "Santa Fe"),
          ("Montana", "Helena"), ("Delaware", "Dover"), ("Kentucky", "Frankfort"), ("Colorado", "Denver"),
          ("Georgia", "Atlanta"), ("Arizona", "Phoenix"), ("Idaho", "Boise"), ("Wisconsin", "Madison"),
          ("Minnesota", "St. Paul"), ("Alabama", "Montgomery"), ("Louisiana", "Baton Rouge"), ("Nebraska", "Lincoln"),
          ("Vermont", "Montpelier"), ("New Hampshire", "Concord"), ("Oklahoma", "Oklahoma City"),
          ("Arkansas", "Little Rock"), ("West Virginia", "Charleston"), ("South Dakota", "Pierre"),
          ("Wyoming", "Cheyenne"), ("Mississippi", "Jackson"), ("Rhode Island", "Providence"), ("Hawaii", "Honolulu")]
COUNTRIES = [("Kenya", "Nairobi", "Health"), ("Ghana", "Accra", "Finance"), ("Peru", "Lima", "Education"),
             ("Malawi", "Lilongwe", "Agriculture"), ("Nepal", "Kathmandu", "Health"), ("Chile", "Santiago", "Energy"),
             ("Zambia", "Lusaka", "Water"), ("Uganda", "Kampala", "Transport"), ("Bolivia", "La Paz", "Mining"),
             ("Senegal", "Dakar", "Fisheries"), ("Jordan", "Amman", "Labour"), ("Ecuador", "Quito", "Interior"),
             ("Tanzania", "Dodoma", "Health"), ("Rwanda", "Kigali", "Education"), ("Namibia", "Windhoek", "Finance"),
             ("Mongolia", "Ulaanbaatar", "Environment"), ("Paraguay", "Asuncion", "Agriculture"),
             ("Botswana", "Gaborone", "Water"), ("Sri Lanka", "Colombo", "Energy"), ("Laos", "Vientiane", "Transport")]
OUTLETS = ["Riverbend Gazette", "Prairie Courier", "Harbor Light Daily", "Summit Ledger", "Tri-County Observer",
           "Valley Post-Dispatch", "Capitol Wire Report", "Lakeshore Tribune", "Granite State Monitor",
           "Red Clay Herald", "Mesa Evening Star", "Northwoods Journal", "Coastal Chronicle", "Frontier Sentinel",
           "Bluegrass Bulletin", "Delta Record", "Cascade Times", "Heartland Register", "Pinewood Press",
           "Twin Rivers Examiner", "Equator Standard", "Continental Dispatch", "Savanna Morning Post",
           "Highland Report", "Meridian News Service"]
AGGREGATORS = ["dailyheadlinehub.net", "newsflash247.com", "trendingnowdaily.com", "buzzwirefeed.net",
               "instantnewsportal.com", "topstoryaggregator.net", "viralreportz.com", "quicknewsdigest.net"]
AGENCIES = ["Department of Health", "state health department", "Office of the Chief Medical Examiner",
            "Department of Public Safety", "state housing agency", "Bureau of Vital Statistics",
            "state Department of Transportation", "Department of Labor"]
# (phrase in the text, short noun for follow-ups, realistic yearly range in one state)
METRICS = [("opioid overdose deaths", "deaths", (150, 2600)), ("homicides", "killings", (40, 900)),
           ("evictions", "eviction filings", (2000, 40000)), ("traffic deaths", "deaths on the roads", (80, 1200)),
           ("suicides", "deaths", (90, 1300)), ("measles cases", "cases", (12, 300)),
           ("flu hospitalizations", "admissions", (800, 9000)), ("arrests", "arrests", (5000, 60000)),
           ("homeless people", "people", (900, 14000)), ("home sales", "sales", (9000, 90000))]
AGENCY_OF = {"opioid overdose deaths": ["Department of Health", "Office of the Chief Medical Examiner"],
             "homicides": ["Department of Public Safety", "state Bureau of Investigation"],
             "evictions": ["state housing agency", "Administrative Office of the Courts"],
             "traffic deaths": ["state Department of Transportation", "Highway Patrol"],
             "suicides": ["Department of Health", "Bureau of Vital Statistics"],
             "measles cases": ["Department of Health", "state epidemiologist's office"],
             "flu hospitalizations": ["Department of Health", "state Hospital Association"],
             "arrests": ["Department of Public Safety", "state Bureau of Investigation"],
             "homeless people": ["state housing agency", "Coalition to End Homelessness"],
             "home sales": ["Association of Realtors", "state housing finance agency"]}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def name():
    return R.choice(FIRST) + " " + R.choice(LAST)


def distinct_names(k):
    out = []
    while len(out) < k:
        n = name()
        if n.split()[1] not in [o.split()[1] for o in out]:
            out.append(n)
    return out


def surname(n):
    return n.split()[-1]


def fmt_int(v):
    return "{:,}".format(v)


def date_str(d):
    return MONTHS[d.month - 1] + " " + str(d.day) + ", " + str(d.year)


def rand_date(year_lo=2021, year_hi=2024):
    return dt.date(R.randint(year_lo, year_hi), R.randint(1, 12), R.randint(1, 28))


def header(title, published, source, byline=None, url=None, style=None):
    style = style if style is not None else R.randint(0, 2)
    lines = []
    if style == 0:
        lines += ["Home » News » " + R.choice(["State", "Health", "Politics", "Local", "World"]), ""]
    lines += [title, ""]
    if style == 2:
        lines += ["Date: " + published.isoformat()]
    else:
        lines += ["Published: " + date_str(published)]
    lines += ["Source: " + source]
    if url:
        lines += ["URL: " + url]
    lines += [""]
    if byline:
        lines += ["By " + byline, ""]
    return "\n".join(lines) + "\n"


def footer(kind=None):
    kind = kind if kind is not None else R.randint(0, 3)
    if kind == 0:
        return "\nShare this article: Facebook | X | Email\n"
    if kind == 1:
        return "\nComments (" + str(R.randint(2, 40)) + ")\nLog in to comment\n"
    if kind == 2:
        return "\nRelated:\n" + R.choice(["Lawmakers weigh new budget rules", "County fair returns after two years",
                                         "School board delays vote on start times"]) + "\n" + R.choice(
            ["Bridge repairs to close lanes through fall", "Library expands weekend hours",
             "Farmers brace for a dry summer"]) + "\n"
    return ""


def paras(*ps):
    return "\n\n".join(p for p in ps if p) + "\n"


def write_case(typ, name_, expect, why, articles):
    d = os.path.join(HERE, typ, name_)
    os.makedirs(d, exist_ok=True)
    for fname, text in articles:
        with open(os.path.join(d, fname + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(d, "case.properties"), "w", encoding="utf-8") as f:
        f.write("type = %s\nexpect = %s\nwhy = %s\n" % (typ, expect, why))


# ---------------------------------------------------------------- filler: independent, topic-flavoured prose
FILLER = [
    "Advocates said the figures understate the problem in rural counties, where reporting is often delayed by months.",
    "Local officials have asked the legislature for money to hire more caseworkers before the next budget cycle.",
    "The numbers arrive as lawmakers prepare for a short session dominated by tax and school funding fights.",
    "Several county commissioners said they had not been briefed on the data before it was published.",
    "A hearing on the report is scheduled for later this month at the Capitol.",
    "Researchers cautioned that year-to-year comparisons can be distorted by changes in how cases are classified.",
    "The report did not break the totals down by county, a gap critics have raised for years.",
    "Hospital leaders said emergency rooms were stretched thin through the winter.",
    "Some towns have started their own tracking programs, pooling data from clinics and first responders.",
    "The governor's office did not respond to a request for comment on Thursday.",
    "Community groups plan a series of public forums in the spring to gather feedback from residents.",
    "State auditors have criticised the agency in the past for slow and incomplete reporting.",
    "The figures were compiled from death certificates, court records and reports filed by local agencies.",
    "Budget writers in both chambers have signalled that any new spending will face close scrutiny.",
    "Federal grants covered part of the cost of the data project, which began three years ago.",
    "Residents interviewed in the capital described long waits for appointments and services.",
    "A coalition of nonprofits said it would publish its own analysis of the data next month.",
    "The agency's director is expected to testify before a legislative committee in the coming weeks.",
    "Neighbouring states have reported similar trends, though their counting methods differ.",
    "Officials said the full dataset would be posted online once it has been checked for errors.",
    "Union leaders said front-line staff had warned of the trend for more than a year.",
    "The city council voted last fall to set aside emergency funds for outreach workers.",
    "Several rural clinics closed during the past two years, leaving large areas without nearby services.",
    "The legislature's fiscal office is reviewing the cost of the proposals.",
    "Critics said the department should have released the numbers earlier in the year.",
    "Police chiefs in smaller towns said staffing shortages made it hard to respond to every call.",
    "A spokesman for the state budget office declined to discuss the figures before the governor's address.",
    "The data will be presented at a public meeting of the oversight board next week.",
    "Tribal health leaders asked to be included in future planning discussions.",
    "Volunteers in several counties have been distributing information at libraries and churches.",
    "The attorney general's office said it was reviewing whether any reporting rules had been broken.",
    "A legislative audit last year found that two of the agency's databases did not talk to each other.",
    "Sheriffs in the eastern counties have complained that state help rarely reaches them.",
    "The numbers were first shared with lawmakers at a closed briefing in January.",
    "Insurance companies have been asked to submit their own figures by the end of the quarter.",
    "Public radio reported last month that the agency had lost a third of its analysts since 2020.",
    "The state's largest newspaper sued last year to obtain the underlying records.",
    "Most of the new money would go to counties that already run pilot programs.",
    "The department has promised a dashboard with monthly updates, but it has not said when.",
    "Some school districts have begun their own surveys of families, with mixed response rates.",
    "A retired judge leading a review panel is expected to publish recommendations in the summer.",
    "Republicans and Democrats on the committee traded blame for the delays.",
    "Emergency dispatchers said call volumes rose sharply over the holidays.",
    "The state's medical association called the findings a warning that should not be ignored.",
    "Workers at the agency were told to prioritise the backlog over new requests.",
    "Town managers said they learned of the figures from reporters rather than from the state.",
]
INTL_FILLER = [
    "Opposition lawmakers accused the government of acting too slowly.",
    "Donor governments have pledged support but little money has arrived so far.",
    "The finance ministry is due to present a revised budget to parliament next month.",
    "Trade unions have threatened to strike if wage arrears are not paid.",
    "Regional governors said they had not been consulted before the announcement.",
    "The central bank left interest rates unchanged at its last meeting.",
    "Aid agencies said roads in the north were still cut off by floods.",
    "The president is expected to address the nation later this week.",
    "Local radio stations reported long queues at fuel stations in the capital.",
    "An independent audit of the programme is expected before the end of the year.",
    "Civil society groups asked for the contracts to be published in full.",
    "The cabinet met for more than six hours on Wednesday, officials said.",
    "Teachers in rural districts said they had not been paid for two months.",
    "Neighbouring countries have offered technical help, according to the foreign ministry.",
    "Parliament's public accounts committee has summoned senior officials to testify.",
    "Farmers' associations warned that planting would be delayed for a second season.",
]


def filler(k, used, intl=False):
    pool = [s for s in (INTL_FILLER if intl else FILLER) if s not in used]
    out = R.sample(pool, k)
    used.update(out)
    return out


# ---------------------------------------------------------------- figure sentences
def fig_sentence(style, place, n, metric, period_words, agency, qual=""):
    q = (qual + " ") if qual else ""
    if period_words == "a year":
        if style % 2 == 0:
            return "%s averages %s%s %s a year, according to the %s." % (place, q, n, metric, agency)
        return "The %s estimates that %s sees %s%s %s a year." % (agency, place, q, n, metric)
    if style == 0:
        return "%s recorded %s%s %s %s, according to figures released by the %s." % (place, q, n, metric,
                                                                                     period_words, agency)
    if style == 1:
        return "The %s counted %s%s %s in %s %s, the most since it began keeping records." % (agency, q, n, metric,
                                                                                               place, period_words)
    if style == 2:
        return "There were %s%s %s in %s %s, the %s said in its annual report." % (q, n, metric, place, period_words,
                                                                                  agency)
    if style == 3:
        return "%s, %s%s %s were reported in %s, according to the %s." % (period_words.capitalize(), q, n, metric,
                                                                          place, agency)
    if style == 4:
        return "In a report released this week, the %s said %s had %s%s %s %s." % (agency, place, q, n, metric,
                                                                                 period_words)
    if style == 5:
        return "According to the %s, %s had %s%s %s %s." % (agency, place, q, n, metric, period_words)
    if style == 6:
        return "%s logged %s%s %s %s, the %s reported on %s." % (place, q, n, metric, period_words, agency,
                                                                 R.choice(WEEKDAYS))
    return "Data from the %s show %s%s %s in %s %s, a figure officials called alarming." % (
        agency, q, n, metric, place, period_words)


def official_quote_line(speaker, role_phrase, used):
    qs = ["Every number in this report is a family that needed help sooner than it got it",
          "We have the tools to turn this around, but the money has to reach the counties",
          "I want every county to see its own numbers, not just a statewide average",
          "These are not abstractions, and we intend to treat them that way in the budget",
          "The trend line is moving the wrong way and we have to say so plainly",
          "We are asking the legislature for staff, not slogans",
          "Nobody in my office thinks this is good enough",
          "The data tell us where to send people first, and we are going to use them"]
    q = R.choice([x for x in qs if x not in used])
    used.add(q)
    return "\u201c%s,\u201d said %s, %s." % (q, speaker, role_phrase)


def figure_article(place, city, n, metric, period_words, agency, style, used, qual="", extra=None, speaker=True):
    sents = [fig_sentence(style, place, n, metric, period_words, agency, qual)]
    body = [city.upper() + " \u2014 " + sents[0] + " " + " ".join(filler(1, used))]
    if speaker:
        sp = name()
        body.append(official_quote_line(sp, R.choice(["a deputy director at the agency", "who chairs the "
                                                      "legislature's health committee", "a county administrator"]), used))
    if extra:
        body.append(extra)
    body.append(" ".join(filler(2, used)))
    return paras(*body)


def figure_conflict_cases():
    out = []
    kinds_pos = ["exact-vs-exact", "exact-vs-exact-other-wording", "exact-vs-about-far", "over-vs-exact"]
    for i in range(22):
        place, city = STATES[i % len(STATES)]
        metric, short, (lo, hi) = METRICS[i % len(METRICS)]
        year = R.choice([2021, 2022, 2023])
        n1 = R.randint(lo, hi)
        factor = R.choice([1.25, 1.3, 1.4, 0.7, 0.75, 1.6])
        n2 = int(n1 * factor)
        agency1, agency2 = R.sample(AGENCY_OF[metric], 2)
        used = set()
        d1 = dt.date(year + 1, R.randint(1, 11), R.randint(1, 20))
        d2 = d1 + dt.timedelta(days=R.randint(1, 9))
        s1, s2 = R.sample(range(8), 2)
        kind = kinds_pos[i % len(kinds_pos)]
        q2 = "about" if kind == "exact-vs-about-far" else ""
        period = "in %d" % year
        if i % 5 == 4:
            period = "a year"
        a = figure_article(place, city, fmt_int(n1), metric, period, agency1, s1, used)
        b = figure_article(place, city, fmt_int(n2), metric, period, agency2, s2, used, qual=q2)
        o1, o2 = R.sample(OUTLETS, 2)
        out.append(("figure_conflict", "pos-%02d-%s-%s" % (i + 1, place.lower().replace(" ", "-"),
                                                              metric.split()[-1]), "figure_conflict",
                    "independent reports give %s %s %s as %s and %s" % (place, metric, period, fmt_int(n1),
                                                                           fmt_int(n2)),
                    [("a-" + slug(o1), header(headline(place, metric), d1, o1)
                      + a + footer()),
                     ("b-" + slug(o2), header(headline(place, metric, alt=True), d2, o2) + b + footer())]))
    # traps
    trap_kinds = ["national-vs-state", "per-month-vs-per-year", "about-vs-roughly", "paraphrase-same",
                  "verbatim-copy", "different-years", "different-states"]
    for i in range(22):
        kind = trap_kinds[i % len(trap_kinds)]
        place, city = STATES[(i + 7) % len(STATES)]
        metric, short, (lo, hi) = METRICS[(i + 3) % len(METRICS)]
        year = R.choice([2021, 2022, 2023])
        n1 = R.randint(lo, hi)
        agency1, agency2 = R.sample(AGENCY_OF[metric], 2)
        used = set()
        hplace = place
        d1 = dt.date(year + 1, R.randint(1, 11), R.randint(1, 20))
        d2 = d1 + dt.timedelta(days=R.randint(1, 9))
        s1, s2 = R.sample(range(8), 2)
        o1, o2 = R.sample(OUTLETS, 2)
        a = figure_article(place, city, fmt_int(n1), metric, "in %d" % year, agency1, s1, used)
        if kind == "national-vs-state":
            nat = n1 * R.randint(25, 60)
            extra = "Nationwide, %s %s were recorded in %d, according to federal estimates." % (fmt_int(nat), metric,
                                                                                             year)
            b = paras(city.upper() + " \u2014 " + " ".join(filler(2, used)), extra, " ".join(filler(2, used)))
            why = "national total (%s) vs %s total (%s): different scope" % (fmt_int(nat), place, fmt_int(n1))
        elif kind == "per-month-vs-per-year":
            monthly = max(2, round(n1 / 12))
            extra = "That works out to roughly %s %s a month in %s, officials said." % (fmt_int(monthly), metric,
                                                                                       place)
            b = paras(city.upper() + " \u2014 " + " ".join(filler(2, used)), extra, " ".join(filler(2, used)))
            why = "per-month rate (%s) next to a yearly total (%s): different period unit" % (monthly, n1)
        elif kind == "about-vs-roughly":
            base = R.randint(lo, hi) // 10 * 10
            n1 = base
            a = figure_article(place, city, fmt_int(base), metric, "in %d" % year, agency1, s1, used, qual="about")
            b = figure_article(place, city, fmt_int(int(base * 1.04) // 10 * 10), metric, "in %d" % year, agency2,
                               s2, used, qual="roughly")
            why = "about %d vs roughly %d overlap within the approximation tolerance" % (base,
                                                                                       int(base * 1.04) // 10 * 10)
        elif kind == "paraphrase-same":
            b = figure_article(place, city, fmt_int(n1), metric, "in %d" % year, agency2, s2, used)
            why = "independent rewrite with the same number (%s)" % fmt_int(n1)
        elif kind == "verbatim-copy":
            b = a
            d2 = d1
            why = "syndicated copy, body identical, same day"
        elif kind == "different-years":
            n2 = int(n1 * 1.35)
            b = figure_article(place, city, fmt_int(n2), metric, "in %d" % (year - 1), agency2, s2, used)
            why = "%d vs %d: different periods, both can be true" % (year, year - 1)
        else:
            other, ocity = STATES[(i + 13) % len(STATES)]
            n2 = int(n1 * 1.5)
            b = figure_article(other, ocity, fmt_int(n2), metric, "in %d" % year, agency2, s2, used)
            hplace = other
            why = "%s vs %s: different places" % (place, other)
        out.append(("figure_conflict", "trap-%02d-%s" % (i + 1, kind), "none", why,
                    [("a-" + slug(o1), header(headline(place, metric), d1, o1) + a + footer()),
                     ("b-" + slug(o2), header(headline(hplace, metric, alt=True), d2, o2) + b + footer())]))
    return out


def slug(s):
    return "".join(c if c.isalnum() else "-" for c in s.lower()).strip("-")


def headline(place, metric, alt=False):
    if alt:
        return R.choice(["New report puts %s %s on record" % (place, metric),
                         "What the latest numbers say about %s in %s" % (metric, place),
                         "%s officials release %s count" % (place, metric)])
    return R.choice(["%s %s climb, state data show" % (place, metric.capitalize()),
                     "%s sees rise in %s" % (place, metric),
                     "Annual count of %s in %s released" % (metric, place)])


# ---------------------------------------------------------------- quotes
# (quote, drifted quote, what changed)
DRIFTS = [
    ("We will not raise the gas tax this session, whatever the pressure from the road builders",
     "We will raise the gas tax this session, whatever the pressure from the road builders", "negation dropped"),
    ("The plant may reopen by spring, but nobody should plan their lives around that date",
     "The plant will reopen by spring, but nobody should plan their lives around that date", "hedge may->will"),
    ("We expect about 400 families to move into the new units before the end of the year",
     "We expect about 4,000 families to move into the new units before the end of the year", "number changed"),
    ("This agreement protects the river for the next generation of farmers and anglers",
     "This agreement protects the river for the next generation of developers and anglers", "word substituted"),
    ("I have never taken a dollar from the utility companies, and I never will",
     "I have taken a dollar from the utility companies, and I never will", "negation dropped"),
    ("The new clinic could cut waiting times in half for patients in the valley",
     "The new clinic will cut waiting times in half for patients in the valley", "hedge could->will"),
    ("Our schools are short 300 teachers going into the fall semester",
     "Our schools are short 3,000 teachers going into the fall semester", "number changed"),
    ("The budget does not include money for the stadium, and it should not",
     "The budget does include money for the stadium, and it should not", "negation dropped"),
    ("Some of the bridges in this county are probably older than anyone living here",
     "All of the bridges in this county are older than anyone living here", "qualifier and hedge changed"),
    ("We are asking residents to conserve water for the next two weeks while crews repair the main",
     "We are asking residents to conserve water for the next two months while crews repair the main",
     "weeks->months"),
    ("The ceasefire might hold if both sides keep their forces behind the river",
     "The ceasefire will hold if both sides keep their forces behind the river", "hedge might->will"),
    ("I support the pipeline only if the landowners are paid a fair price for their land",
     "I support the pipeline if the landowners are paid a fair price for their land", "qualifier dropped"),
    ("We lost 12 officers to retirement last year and hired only five replacements",
     "We lost 20 officers to retirement last year and hired only five replacements", "number changed"),
    ("The ministry will not close any rural schools before the next election",
     "The ministry will close rural schools before the next election", "negation dropped"),
    ("This is probably the driest summer our growers have seen in forty years",
     "This is the driest summer our growers have seen in forty years", "hedge dropped"),
    ("Nobody in this department knew about the missing funds until the audit came back",
     "Everybody in this department knew about the missing funds until the audit came back", "negation reversed"),
    ("The vaccine supply should last through March if demand stays where it is",
     "The vaccine supply will last through March if demand stays where it is", "hedge should->will"),
    ("We have cleared 90 percent of the backlog and expect to finish by summer",
     "We have cleared 60 percent of the backlog and expect to finish by summer", "number changed"),
    ("The council did not approve the rezoning, and residents deserve to hear that clearly",
     "The council approved the rezoning, and residents deserve to hear that clearly", "negation dropped"),
    ("Tuition may rise again next year if the state keeps cutting our appropriation",
     "Tuition will rise again next year if the state keeps cutting our appropriation", "hedge may->will"),
    ("Fewer than 200 homes still lack power after the storm, most of them in the hills",
     "Fewer than 2,000 homes still lack power after the storm, most of them in the hills", "number changed"),
    ("The port is not ready to handle ships of that size, and pretending otherwise is dangerous",
     "The port is ready to handle ships of that size, and pretending otherwise is dangerous", "negation dropped"),
    ("The mine could employ as many as 800 people once it reaches full production",
     "The mine will employ 800 people once it reaches full production", "hedge dropped"),
    ("We are hiring nurses as fast as we can train them, and it is still not enough",
     "We are firing nurses as fast as we can train them, and it is still not enough", "verb substituted"),
]

OTHER_QUOTES = [
    "The library will stay open on Sundays through the end of the school year",
    "Our crews worked through the night to clear the interstate before the morning commute",
    "I grew up two miles from that mill, and I know what it meant to this town",
    "The contract gives bus drivers their first raise in six years",
    "We will publish every invoice connected to the project on the county website",
    "The bridge inspection found cracks that need attention before the winter freeze",
    "We asked for a seat at the table and we finally got one",
    "The hospital merger has to keep the maternity ward open in the north county",
    "Farmers here have done everything right and still lost half the harvest",
    "The tribunal has set aside three weeks in October to hear the appeal",
    "Parents told us clearly that they want later start times for high schools",
    "Every ambulance in the district now carries a second paramedic on night shifts",
]

ROLES_SPEAKER = [("Sen.", "a %s Democrat"), ("Rep.", "a %s Republican"), ("Mayor", "of %s"),
                 ("Gov.", "a %s Republican"), ("state Sen.", "who represents %s"),
                 ("Commissioner", "of %s County")]


SPEAKER_ROLE = {}


def intro_speaker(n, state, form, city=""):
    """First mention of a speaker, several real-world shapes; one speaker keeps one role across a case."""
    if n not in SPEAKER_ROLE:
        t, app = R.choice(ROLES_SPEAKER)
        app = app % (R.choice(LAST) if "County" in app else city if t == "Mayor" and city else state)
        SPEAKER_ROLE[n] = (t, app)
    t, app = SPEAKER_ROLE[n]
    if form == 0:
        return "%s %s, %s," % (t, n, app)
    if form == 1:
        return "%s %s" % (t, n)
    return n + ", " + app.replace("a ", "the ", 1) + ","


def quote_attr(q, n, form, curly=True, said_first=False):
    lq, rq = ("\u201c", "\u201d") if curly else ('"', '"')
    s = surname(n)
    if form == 0:
        return "%s%s,%s %s said." % (lq, q, rq, s)
    if form == 1:
        return "%s told reporters: %s%s.%s" % (s, lq, q, rq)
    if form == 2:
        return "%s%s,%s said %s." % (lq, q, rq, n)
    # split quote, at the quote's own comma: "First part," Holt said, "second part."
    if ", " not in q:
        return "%s%s,%s %s said." % (lq, q, rq, s)
    head, tail = q.split(", ", 1)
    return "%s%s,%s %s said, %s%s.%s" % (lq, head, rq, s, lq, tail, rq)


def quote_article(speaker, state, city, quote, form, used, curly=True, topic_line=None, intro_form=None,
                  extra_quote=None):
    intro = intro_speaker(speaker, state, intro_form if intro_form is not None else R.randint(0, 2), city)
    lead = "%s \u2014 %s spoke %s at %s." % (city.upper(), intro if intro.count(",") > 1 else intro.rstrip(","),
                                           R.choice(["on " + R.choice(WEEKDAYS), "this week", "late Tuesday"]),
                                           R.choice(["a news conference at the Capitol", "a town hall meeting",
                                                     "a budget hearing", "a ribbon-cutting outside the courthouse",
                                                     "a meeting of the county board"]))
    body = [lead + " " + " ".join(filler(1, used)), quote_attr(quote, speaker, form, curly)]
    if extra_quote:
        body.append(quote_attr(extra_quote, speaker, (form + 1) % 3, curly))
    body.append(" ".join(filler(2, used)))
    return paras(*body)


def quote_drift_cases():
    out = []
    for i, (orig, drifted, what) in enumerate(DRIFTS[:22] if len(DRIFTS) >= 22 else DRIFTS):
        state, city = STATES[(i * 3) % len(STATES)]
        sp = name()
        used = set()
        d1 = rand_date(2022, 2024)
        d2 = d1 + dt.timedelta(days=R.randint(0, 4))
        o1, o2 = R.sample(OUTLETS, 2)
        a = quote_article(sp, state, city, orig, R.randint(0, 3), used, curly=R.random() < 0.5)
        b = quote_article(sp, state, city, drifted, R.randint(0, 2), used, curly=R.random() < 0.5)
        out.append(("quote_drift", "pos-%02d-%s" % (i + 1, slug(what)), "quote_drift",
                    "%s's quote: %s between two independent reports" % (sp, what),
                    [("a-" + slug(o1), header(qheadline(sp), d1, o1) + a + footer()),
                     ("b-" + slug(o2), header(qheadline(sp, True), d2, o2) + b + footer())]))
    kinds = ["curly-vs-straight", "ellipsis-marks", "case-only", "verbatim-copy", "clean-fragment",
             "two-different-quotes", "contraction"]
    for i in range(22):
        kind = kinds[i % len(kinds)]
        state, city = STATES[(i * 5 + 2) % len(STATES)]
        sp = name()
        used = set()
        d1 = rand_date(2022, 2024)
        d2 = d1 + dt.timedelta(days=R.randint(0, 4))
        o1, o2 = R.sample(OUTLETS, 2)
        base = DRIFTS[(i + 5) % len(DRIFTS)][0]
        form_a, form_b = R.randint(0, 2), R.randint(0, 2)
        if kind == "curly-vs-straight":
            a = quote_article(sp, state, city, base, form_a, used, curly=True)
            b = quote_article(sp, state, city, base, form_b, used, curly=False)
            why = "same words, curly vs straight quote marks"
        elif kind == "ellipsis-marks":
            w = base.split(", ", 1)
            q1 = w[0] + " \u2026 " + (w[1] if len(w) > 1 else "and that is the point")
            q2 = w[0] + " ... " + (w[1] if len(w) > 1 else "and that is the point")
            a = quote_article(sp, state, city, q1, form_a, used, curly=True)
            b = quote_article(sp, state, city, q2, form_b, used, curly=False)
            why = "same words, \u2026 vs ..."
        elif kind == "case-only":
            a = quote_article(sp, state, city, base, form_a, used)
            lowered = base[0].lower() + base[1:]
            b = quote_article(sp, state, city, lowered, 1, used)
            why = "only the capitalisation of the first word differs"
        elif kind == "verbatim-copy":
            a = quote_article(sp, state, city, base, form_a, used)
            b = a
            why = "syndicated copy of the same story, quote unchanged"
        elif kind == "clean-fragment":
            base = [q for q, _, _ in DRIFTS if ", " in q and len(q.split(", ")[0].split()) >= 5][i % 9]
            frag = base.split(", ")[0]
            a = quote_article(sp, state, city, base, form_a, used)
            b = quote_article(sp, state, city, frag, 0, used)
            why = "the second report quotes a clean leading fragment of the same words"
        elif kind == "two-different-quotes":
            q2 = OTHER_QUOTES[i % len(OTHER_QUOTES)]
            a = quote_article(sp, state, city, base, form_a, used)
            b = quote_article(sp, state, city, q2, form_b, used)
            why = "the same speaker says two different things in two reports"
        else:
            base = [q for q, _, _ in DRIFTS if any(c in q for c in ("do not", "will not", "is not", "did not",
                                                                     "does not", "We are", "I have"))][(i // 7) % 5]
            if "not" in base.split():
                q2 = base.replace("do not", "don't").replace("will not", "won't").replace("is not", "isn't") \
                    .replace("did not", "didn't").replace("does not", "doesn't")
            else:
                q2 = base.replace("We are", "We're").replace("I have", "I've").replace("It is", "It's") \
                    .replace("is still", "is still")
            a = quote_article(sp, state, city, base, form_a, used)
            b = quote_article(sp, state, city, q2, form_b, used)
            why = "one report contracts what the other spells out (%s)" % ", ".join(
                sorted(set(w for w in q2.split() if "'" in w)))
        out.append(("quote_drift", "trap-%02d-%s" % (i + 1, kind), "none", why,
                    [("a-" + slug(o1), header(qheadline(sp), d1, o1) + a + footer()),
                     ("b-" + slug(o2), header(qheadline(sp, True), d2, o2) + b + footer())]))
    return out


def qheadline(sp, alt=False):
    s = surname(sp)
    if alt:
        return R.choice(["%s defends record at crowded hearing" % s, "%s faces questions on spending" % s,
                         "Q&A night: %s takes on critics" % s])
    return R.choice(["%s lays out plans for the year" % s, "%s speaks out on budget" % s,
                     "%s: 'We have work to do'" % s])


MIS_QUOTES = [q for q, _, _ in DRIFTS] + OTHER_QUOTES


def quote_misattribution_cases():
    out = []
    for i in range(22):
        state, city = STATES[(i * 7 + 1) % len(STATES)]
        p1, p2 = distinct_names(2)
        q = MIS_QUOTES[(i * 3) % len(MIS_QUOTES)]
        used = set()
        d1 = rand_date(2022, 2024)
        d2 = d1 + dt.timedelta(days=R.randint(0, 6))
        o1, o2 = R.sample(OUTLETS, 2)
        a = quote_article(p1, state, city, q, R.randint(0, 3), used, curly=R.random() < 0.5)
        b = quote_article(p2, state, city, q, R.randint(0, 2), used, curly=R.random() < 0.5)
        out.append(("quote_misattribution", "pos-%02d-%s-vs-%s" % (i + 1, slug(surname(p1)), slug(surname(p2))),
                    "quote_misattribution", "the same %d-word quote is given to %s and to %s" % (len(q.split()), p1,
                                                                                               p2),
                    [("a-" + slug(o1), header(qheadline(p1), d1, o1) + a + footer()),
                     ("b-" + slug(o2), header(qheadline(p2, True), d2, o2) + b + footer())]))
    kinds = ["full-name-vs-title-surname", "quote-names-other", "organisation-vs-spokesperson",
             "verbatim-copy", "different-quotes"]
    for i in range(22):
        kind = kinds[i % len(kinds)]
        state, city = STATES[(i * 7 + 4) % len(STATES)]
        p1, p2 = distinct_names(2)
        used = set()
        d1 = rand_date(2022, 2024)
        d2 = d1 + dt.timedelta(days=R.randint(0, 6))
        o1, o2 = R.sample(OUTLETS, 2)
        q = MIS_QUOTES[(i * 5 + 2) % len(MIS_QUOTES)]
        if kind == "full-name-vs-title-surname":
            a = quote_article(p1, state, city, q, 2, used, intro_form=2)
            title = R.choice(["Sen.", "Mayor", "Rep.", "Commissioner"])
            b = paras("%s \u2014 %s %s was blunt on %s. \u201c%s,\u201d %s said. %s" % (
                city.upper(), title, surname(p1), R.choice(WEEKDAYS), q, surname(p1), " ".join(filler(1, used))),
                " ".join(filler(2, used)))
            why = "one speaker named '%s' in one report and '%s %s' in the other" % (p1, title, surname(p1))
        elif kind == "quote-names-other":
            q = "I owe %s an apology for the way this bill was handled in committee" % ("Senator " + surname(p2))
            a = quote_article(p1, state, city, q, 0, used)
            b = quote_article(p2, state, city, q, 2, used)
            why = "the quote names %s, so giving it to %s is a mix-up of the extractor's kind, not the press's" % (
                p2, p2)
        elif kind == "organisation-vs-spokesperson":
            dept = "%s Department of %s" % (state, R.choice(["Transportation", "Corrections", "Education",
                                                             "Natural Resources"]))
            a = paras("%s \u2014 %s %s" % (city.upper(), " ".join(filler(1, used)),
                                        "\u201c%s,\u201d the %s said in a statement." % (q, dept)),
                      " ".join(filler(2, used)))
            b = paras("%s \u2014 %s" % (city.upper(), " ".join(filler(1, used))),
                      "\u201c%s,\u201d said %s, a spokeswoman for the %s." % (q, p2, dept),
                      " ".join(filler(2, used)))
            why = "the department's statement and its spokeswoman's words are the same words legitimately"
        elif kind == "verbatim-copy":
            a = quote_article(p1, state, city, q, R.randint(0, 2), used)
            b = a
            why = "a verbatim copy repeats the quote with the same speaker"
        else:
            a = quote_article(p1, state, city, q, R.randint(0, 2), used)
            b = quote_article(p2, state, city, OTHER_QUOTES[i % len(OTHER_QUOTES)], R.randint(0, 2), used)
            why = "two people, two different quotes"
        h1 = qheadline(p1)
        h2 = qheadline(p1 if kind in ("full-name-vs-title-surname", "verbatim-copy") else p2, True)
        if kind == "organisation-vs-spokesperson":
            h1 = "%s responds to audit findings" % dept.replace(state + " ", "State ")
            h2 = "Agency defends its handling of complaints"
        out.append(("quote_misattribution", "trap-%02d-%s" % (i + 1, kind), "none", why,
                    [("a-" + slug(o1), header(h1, d1, o1) + a + footer()),
                     ("b-" + slug(o2), header(h2, d2, o2) + b + footer())]))
    return out


# ---------------------------------------------------------------- roles
def role_sentence(n, role_text, form, state, topic):
    if form == 0:
        return "%s %s said %s %s." % (role_text, n, R.choice(["on " + R.choice(WEEKDAYS), "this week"]), topic)
    if form == 1:
        return "The proposal drew support from %s %s, who said %s." % (role_text, n, topic)
    return "%s %s introduced legislation %s, arguing that %s." % (role_text, n, R.choice(["Thursday", "on Monday",
                                                                                       "this week"]), topic)


TOPICS = ["the state should expand broadband grants to rural schools",
          "the prison oversight board needs subpoena power",
          "the wildfire relief fund was running out of money",
          "the rail line to the port deserved a second look",
          "a ban on cellphones in classrooms would pass easily",
          "nursing homes must report staffing levels every month",
          "the water utility merger would raise rates",
          "the child care tax credit should be doubled",
          "the border crossing needed more inspectors",
          "the fisheries quota was set too low for small boats"]


INTL_TOPICS = ["the fuel subsidy would be phased out over two years", "the new port levy would be reviewed",
               "teachers' arrears would be paid before the end of the month",
               "the vaccination campaign would reach every district by June",
               "the ministry would publish the mining contracts", "the drought response needed more donor money"]


def role_article(n, role_text, state, city, used, form=None, topic=None):
    intl = state in [c for c, _, _ in COUNTRIES]
    if intl and (topic is None or topic in TOPICS):
        topic = R.choice(INTL_TOPICS)
    s = role_sentence(n, role_text, form if form is not None else R.randint(0, 2), state,
                      topic or R.choice(TOPICS))
    return paras(city.upper() + " \u2014 " + s + " " + " ".join(filler(1, used, intl)),
                 " ".join(filler(2, used, intl)), " ".join(filler(1, used, intl)))


def role_conflict_cases():
    out = []
    pos_pairs = [("Sen.", "Rep."), ("Deputy Minister of %s", "%s Minister"), ("Gov.", "Lt. Gov."),
                 ("Senator", "Representative"), ("Deputy Mayor", "Mayor"), ("Rep.", "Sen."),
                 ("Lieutenant Governor", "Governor"), ("%s Minister", "Deputy %s Minister")]
    for i in range(22):
        r1, r2 = pos_pairs[i % len(pos_pairs)]
        if "%s" in r1 or "%s" in r2:
            country, city, port = COUNTRIES[i % len(COUNTRIES)]
            state = country
            r1, r2 = r1.replace("%s", port), r2.replace("%s", port)
        else:
            state, city = STATES[(i * 11) % len(STATES)]
        if r1 in ("Sen.", "Rep.", "Senator", "Representative") and R.random() < 0.6:
            party = R.choice(["Democrat", "Republican"])
            suffix = ", a %s %s," % (state, party)
        else:
            suffix = ""
        n = name()
        used = set()
        d1 = rand_date(2022, 2024)
        d2 = d1 + dt.timedelta(days=R.randint(1, 40))
        o1, o2 = R.sample(OUTLETS, 2)
        topic = R.choice(TOPICS)
        a = role_article(n + suffix.rstrip(","), r1, state, city, used, topic=topic)
        b = role_article(n, r2, state, city, used, topic=R.choice(TOPICS))
        out.append(("role_conflict", "pos-%02d-%s-vs-%s" % (i + 1, slug(r1), slug(r2)), "role_conflict",
                    "%s is '%s' in one report and '%s' in another, %d days apart" % (n, r1, r2, (d2 - d1).days),
                    [("a-" + slug(o1), header(rheadline(n), d1, o1) + a + footer()),
                     ("b-" + slug(o2), header(rheadline(n, True), d2, o2) + b + footer())]))
    kinds = ["former", "then", "senator-and-party", "year-apart", "same-role-two-forms", "title-and-committee"]
    for i in range(22):
        kind = kinds[i % len(kinds)]
        state, city = STATES[(i * 11 + 5) % len(STATES)]
        n = name()
        used = set()
        d1 = rand_date(2021, 2023)
        d2 = d1 + dt.timedelta(days=R.randint(1, 40))
        o1, o2 = R.sample(OUTLETS, 2)
        if kind == "former":
            a = role_article(n, "Gov.", state, city, used)
            b = paras("%s \u2014 Former Sen. %s, who is now governor, %s. %s" % (
                city.upper(), n, R.choice(["toured the flooded valley by helicopter", "signed the budget on Friday",
                                           "called a special session"]), " ".join(filler(1, used))),
                " ".join(filler(2, used)), " ".join(filler(1, used)))
            why = "'former Sen.' is a past role; 'Gov.' is current"
        elif kind == "then":
            a = role_article(n, "Gov.", state, city, used)
            b = paras("%s \u2014 The law was written in 2019 by then-Sen. %s, before %s was elected governor. %s" % (
                city.upper(), n, surname(n), " ".join(filler(1, used))), " ".join(filler(2, used)),
                " ".join(filler(1, used)))
            why = "'then-Sen.' is time-qualified"
        elif kind == "senator-and-party":
            party = R.choice(["Democrat", "Republican"])
            a = role_article(n, "Sen.", state, city, used)
            b = paras("%s \u2014 %s, a %s %s, %s. %s" % (city.upper(), n, state, party,
                                                        R.choice(["said the bill would pass", "voted against the "
                                                                  "measure", "called for an audit"]),
                                                        " ".join(filler(1, used))),
                      "The senator said %s." % R.choice(TOPICS), " ".join(filler(2, used)))
            why = "'Sen.' and 'a %s %s' fit together" % (state, party)
        elif kind == "year-apart":
            d2 = d1 + dt.timedelta(days=R.randint(400, 700))
            r1, r2 = R.choice([("Rep.", "Sen."), ("Lt. Gov.", "Gov."), ("Deputy Mayor", "Mayor")])
            a = role_article(n, r1, state, city, used)
            b = role_article(n, r2, state, city, used)
            why = "%s then %s more than a year later: people change offices" % (r1, r2)
        elif kind == "same-role-two-forms":
            r1, r2 = R.choice([("Sen.", "Senator"), ("Gov.", "Governor"), ("Rep.", "Representative")])
            a = role_article(n, r1, state, city, used)
            b = role_article(n, r2, state, city, used)
            why = "'%s' and '%s' are the same office" % (r1, r2)
        else:
            a = role_article(n, "Sen.", state, city, used)
            b = paras("%s \u2014 %s, who chairs the Senate Finance Committee, %s. %s" % (
                city.upper(), n, R.choice(["said the state could afford the plan", "questioned the agency's numbers"]),
                " ".join(filler(1, used))), " ".join(filler(2, used)))
            why = "a committee chair in the Senate is a senator"
        out.append(("role_conflict", "trap-%02d-%s" % (i + 1, kind), "none", why,
                    [("a-" + slug(o1), header(rheadline(n), d1, o1) + a + footer()),
                     ("b-" + slug(o2), header(rheadline(n, True), d2, o2) + b + footer())]))
    return out


def rheadline(n, alt=False):
    s = surname(n)
    return R.choice(["%s pushes new bill" % s, "%s weighs in on budget fight" % s, "Lawmakers react as %s moves"
                     % s]) if not alt else R.choice(["%s under pressure from both parties" % s,
                                                      "Capitol notebook: %s, rail and the budget" % s])


# ---------------------------------------------------------------- stale republication
def news_body(state, city, used, quote=True, published=None):
    metric, short, (lo, hi) = R.choice([m for m in METRICS if m[0] not in used])
    used.add(metric)
    year = published.year - 1 if published else R.choice([2020, 2021, 2022])
    n = R.randint(lo, hi)
    sp = name()
    body = [city.upper() + " \u2014 " + fig_sentence(R.randint(0, 7), state, fmt_int(n), metric, "in %d" % year,
                                                     R.choice(AGENCY_OF[metric])) + " " + " ".join(filler(1, used)),
            " ".join(filler(2, used))]
    if quote:
        q = R.choice([x for x in OTHER_QUOTES + [d[0] for d in DRIFTS] if x not in used])
        used.add(q)
        body.append("%s, %s, attended the briefing where the figures were released. %s" % (
            sp, R.choice(["the county's emergency manager", "a deputy commissioner at the agency",
                          "who chairs the oversight board"]), quote_attr(q, sp, R.choice([0, 1]))))
    body.append(" ".join(filler(2, used)))
    return paras(*body), metric


def stale_cases():
    out = []
    for i in range(22):
        state, city = STATES[(i * 13 + 3) % len(STATES)]
        used = set()
        d1 = rand_date(2021, 2023)
        body, metric = news_body(state, city, used, published=d1)
        gap = R.choice([190, 240, 365, 420, 600, 800])
        d2 = d1 + dt.timedelta(days=gap)
        o1 = R.choice(OUTLETS)
        agg = R.choice(AGGREGATORS)
        a = header(headline(state, metric), d1, o1) + body + footer()
        body2 = body
        edit = "verbatim"
        if i % 2 == 0:
            # near-verbatim: a light edit of timing words and the closing paragraph cut
            body2 = body.replace("next week", "soon").replace("last fall", "recently").replace("this month", "soon")
            last = body2.strip().rsplit(". ", 1)
            body2 = (last[0] + ".\n") if len(last) == 2 else body2
            edit = "near-verbatim (closing sentence cut)"
        b = header(R.choice(["BREAKING: ", "JUST IN: ", ""]) + headline(state, metric, alt=True), d2, agg,
                   url="https://www.%s/%d/%02d/story-%d" % (agg, d2.year, d2.month, i + 100)) + body2 + \
            "\nClick here to read more stories like this!\n"
        out.append(("stale_republication", "pos-%02d-%d-days" % (i + 1, gap), "stale_republication",
                    "the same body, %s, republished by %s %d days after the original" % (edit, agg, gap),
                    [("a-original", a), ("b-repost", b)]))
    kinds = ["copy-same-week", "independent-year-apart", "copy-two-months", "independent-same-topic-month"]
    for i in range(22):
        kind = kinds[i % len(kinds)]
        state, city = STATES[(i * 13 + 8) % len(STATES)]
        used = set()
        d1 = rand_date(2021, 2023)
        body, metric = news_body(state, city, used, published=d1)
        o1, o2 = R.sample(OUTLETS, 2)
        a = header(headline(state, metric), d1, o1) + body + footer()
        if kind == "copy-same-week":
            gap = R.randint(0, 6)
            b = header(headline(state, metric, alt=True), d1 + dt.timedelta(days=gap), o2) + body + footer()
            why = "syndicated copy %d days later" % gap
        elif kind == "copy-two-months":
            gap = R.randint(40, 120)
            b = header(headline(state, metric, alt=True), d1 + dt.timedelta(days=gap), o2) + body + footer()
            why = "copy %d days later, under the 180-day threshold" % gap
        elif kind == "independent-year-apart":
            gap = R.randint(300, 500)
            body2, _ = news_body(state, city, used, published=d1 + dt.timedelta(days=gap))
            b = header(headline(state, metric, alt=True), d1 + dt.timedelta(days=gap), o2) + body2 + footer()
            why = "a new, independently written story on the same topic %d days later" % gap
        else:
            gap = R.randint(20, 40)
            body2, _ = news_body(state, city, used, published=d1 + dt.timedelta(days=gap))
            b = header(headline(state, metric, alt=True), d1 + dt.timedelta(days=gap), o2) + body2 + footer()
            why = "two independent stories on one topic, a month apart"
        out.append(("stale_republication", "trap-%02d-%s" % (i + 1, kind), "none", why,
                    [("a-original", a), ("b-later", b)]))
    return out


# ---------------------------------------------------------------- figure drift
def figure_drift_cases():
    out = []
    for i in range(12):
        state, city = STATES[(i * 17 + 2) % len(STATES)]
        metric, short, (lo, hi) = METRICS[(i + 5) % len(METRICS)]
        year = R.choice([2021, 2022, 2023])
        n1 = R.randint(lo, hi)
        n2 = R.choice([n1 * 10, n1 + int(n1 * 0.4) + 7, max(1, n1 // 2)])
        used = set()
        style = R.randint(0, 7)
        agency = R.choice(AGENCY_OF[metric])
        rest = " ".join(filler(3, used))
        body1 = paras(city.upper() + " \u2014 " + fig_sentence(style, state, fmt_int(n1), metric, "in %d" % year,
                                                               agency), rest, " ".join(filler(2, used)))
        body2 = body1.replace(fmt_int(n1), fmt_int(n2), 1)
        d1 = rand_date(2022, 2024)
        o1, o2 = R.sample(OUTLETS, 2)
        out.append(("figure_drift", "pos-%02d-%s-%d-to-%d" % (i + 1, slug(state), n1, n2), "figure_drift",
                    "a reprint two days later changed %s to %s" % (fmt_int(n1), fmt_int(n2)),
                    [("a-original", header(headline(state, metric), d1, o1) + body1 + footer()),
                     ("b-reprint", header(headline(state, metric, alt=True), d1 + dt.timedelta(days=2), o2) + body2
                      + footer())]))
    kinds = ["verbatim-copy", "word-changed", "number-format", "same-number-rewritten"]
    for i in range(12):
        kind = kinds[i % len(kinds)]
        state, city = STATES[(i * 17 + 9) % len(STATES)]
        metric, short, (lo, hi) = METRICS[(i + 2) % len(METRICS)]
        year = R.choice([2021, 2022, 2023])
        n1 = R.randint(max(lo, 1000), max(hi, 2000))
        used = set()
        style = R.randint(0, 7)
        agency = R.choice(AGENCY_OF[metric])
        body1 = paras(city.upper() + " \u2014 " + fig_sentence(style, state, fmt_int(n1), metric, "in %d" % year,
                                                               agency), " ".join(filler(3, used)),
                      " ".join(filler(2, used)))
        if kind == "verbatim-copy":
            body2 = body1
            why = "verbatim reprint"
        elif kind == "word-changed":
            body2 = body1.replace("according to", "citing", 1).replace("the most", "the highest number", 1) \
                .replace("said", "reported", 1)
            why = "a reprint changed words around the figure, not the figure"
        elif kind == "number-format":
            body2 = body1.replace(fmt_int(n1), str(n1), 1)
            why = "%s written as %d: same number" % (fmt_int(n1), n1)
        else:
            body2 = paras(city.upper() + " \u2014 " + fig_sentence((style + 2) % 8, state, fmt_int(n1), metric,
                                                                   "in %d" % year, agency),
                          " ".join(filler(3, used)))
            why = "independent rewrite with the same number"
        d1 = rand_date(2022, 2024)
        o1, o2 = R.sample(OUTLETS, 2)
        out.append(("figure_drift", "trap-%02d-%s" % (i + 1, kind), "none", why,
                    [("a-original", header(headline(state, metric), d1, o1) + body1 + footer()),
                     ("b-reprint", header(headline(state, metric, alt=True), d1 + dt.timedelta(days=2), o2) + body2
                      + footer())]))
    return out


# ---------------------------------------------------------------- suspect experts
GENERIC = ["Sarah Johnson", "Emily Carter", "John Smith", "Michael Thompson", "Emily Chen", "Sarah Mitchell",
           "David Miller", "Laura Bennett", "James Anderson", "Rachel Adams", "Mark Williams"]
VAGUE = ["the Institute for Strategic Affairs", "the Global Policy Institute", "the Center for Economic Research",
         "the International Research Center", "the Institute of Advanced Studies", "the Institute for Policy Studies",
         "the Center for Global Development Trends"]
HEDGES = ["It is a complex issue, and only time will tell how it unfolds",
          "There are many factors at play here, and it is important for all stakeholders to work together",
          "At the end of the day, it is a matter of balancing different priorities",
          "We must remain vigilant as the situation continues to evolve",
          "Moving forward, careful consideration will be essential for everyone involved",
          "It remains to be seen how policy makers will respond to these challenges",
          "The bigger picture is that there is no simple answer to these questions",
          "It is clear that this situation needs to be addressed in the long run"]
TOPIC_FARM = ["rising food prices", "the drought", "the housing shortage", "electric car subsidies",
              "the teachers' strike", "rural hospital closures", "the fuel shortage", "record heat"]


def farm_article(place, topic, e1, inst, quotes, used, variant=0, e2=None, inst2=None, q2=None):
    intro = ("%s has been making headlines in %s, and many people are wondering what it means for them. "
             "In this article we look at what the experts are saying about %s." % (topic.capitalize(), place, topic))
    if variant % 3 == 0:
        p1 = "\u201c%s,\u201d said Dr. %s, a senior analyst at %s." % (quotes[0], e1, inst)
        p2 = "%s explained that %s. \u201c%s,\u201d %s added." % (surname(e1), R.choice(
            ["the situation is evolving quickly", "there are no easy answers", "people should stay informed"]),
            quotes[1], surname(e1))
    elif variant % 3 == 1:
        p1 = "Dr. %s, a researcher at %s, told us that the issue deserves attention. \"%s,\" %s said." % (
            e1, inst, quotes[0], surname(e1))
        p2 = "Asked what comes next, %s was cautious: \"%s.\"" % (surname(e1), quotes[1])
    else:
        p1 = "## What do experts say?\n\nAccording to Professor %s of %s, \u201c%s.\u201d" % (e1, inst, quotes[0])
        p2 = "## Why does it matter?\n\n\u201c%s,\u201d %s explained." % (quotes[1], surname(e1))
    extra = ""
    if e2:
        extra = "\"%s,\" said Professor %s, a leading expert at %s." % (q2, e2, inst2)
    outro = "Only time will tell what %s will mean for %s. Stay tuned for more updates." % (topic, place)
    return paras(intro, p1, p2, extra, intro if variant % 2 == 0 else "", outro,
                 R.choice(["Share your thoughts in the comments below!", "Let us know what you think in the comments!",
                           "What do you think? Comment below"]),
                 R.choice(["Ask our AI assistant about this story", "Chat with our AI assistant"]))


def suspect_expert_cases():
    out = []
    for i in range(12):
        place, city = (STATES + [(c, k) for c, k, _ in COUNTRIES])[(i * 7 + 3) % 50]
        topic = TOPIC_FARM[i % len(TOPIC_FARM)]
        e1 = GENERIC[i % len(GENERIC)]
        inst = VAGUE[i % len(VAGUE)]
        q = R.sample(HEDGES, 2)
        used = set()
        d1 = rand_date(2023, 2024)
        agg = AGGREGATORS[i % len(AGGREGATORS)]
        e2 = GENERIC[(i + 5) % len(GENERIC)] if i % 3 == 1 else None
        rest = [h for h in HEDGES if h not in q]
        farm = farm_article(place, topic, e1, inst, q, used, variant=i, e2=e2, inst2=VAGUE[(i + 3) % len(VAGUE)],
                            q2=R.choice(rest))
        news, metric = news_body(place, city, used, published=d1)
        o2 = R.choice(OUTLETS)
        out.append(("suspect_expert", "pos-%02d-%s" % (i + 1, slug(e1)), "suspect_expert",
                    "content farm quotes Dr. %s of %s saying only stock phrases" % (e1, inst),
                    [("a-farm", header(("%s: experts weigh in" % topic.capitalize()), d1, agg,
                                       url="https://%s/%s" % (agg, slug(topic))) + farm + "\nComments (%d)\n"
                      % R.randint(3, 30)),
                     ("b-news", header(headline(place, metric), d1 - dt.timedelta(days=1), o2) + news + footer())]))
    for i in range(12):
        place, city = STATES[(i * 3 + 11) % len(STATES)]
        used = set()
        kind = ["named-fellow", "professor-with-number", "generic-name-specific-inst", "farm-page-real-expert"][i % 4]
        n = name() if kind != "generic-name-specific-inst" else GENERIC[(i + 4) % len(GENERIC)]
        council = R.choice(["the %s Council on Housing Finance" % place, "the %s Budget and Policy Center" % place,
                            "the University of %s's School of Public Health" % place,
                            "the %s Hospital Association" % place])
        num = R.randint(12, 88)
        q = "Our survey of %d clinics in %s found that %d percent had cut weekend hours since 2021" % (
                R.randint(40, 200), place, num)
        role = {"named-fellow": "a senior fellow at %s" % council,
                "professor-with-number": "a professor of economics at %s" % council,
                "generic-name-specific-inst": "research director at %s" % council,
                "farm-page-real-expert": "a senior fellow at %s" % council}[kind]
        lead = fig_sentence(R.randint(0, 7), place, fmt_int(R.randint(900, 9000)), "evictions", "in 2023",
                            R.choice(AGENCIES))
        a = paras(city.upper() + " \u2014 " + lead + " " + " ".join(filler(1, used)),
                  "\u201c%s,\u201d said Dr. %s, %s." % (q, n, role), " ".join(filler(2, used)))
        news, metric = news_body(place, city, used)
        d1 = rand_date(2023, 2024)
        o1, o2 = R.sample(OUTLETS, 2)
        if kind == "farm-page-real-expert":
            a = a + "\nShare your thoughts in the comments below!\n\nAsk our AI assistant about this story\n"
        out.append(("suspect_expert", "trap-%02d-%s" % (i + 1, kind), "none",
                    "%s, %s, quoted with a checkable number on an ordinary news page" % (n, role),
                    [("a-news", header(headline(place, "evictions"), d1, o1) + a + footer(0)),
                     ("b-news", header(headline(place, metric), d1, o2) + news + footer())]))
    return out


# ---------------------------------------------------------------- figures, second round (own random stream)
# More metrics, number forms, scopes and periods for figure_conflict and figure_drift. These cases draw on their own
# seeded stream (see with_rng), so adding them leaves every earlier case byte-for-byte as it was.
def with_rng(seed, fn):
    global R
    saved = R
    R = random.Random(seed)
    try:
        return fn()
    finally:
        R = saved


WORDS_1_9 = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def words_hundreds(v):
    """400 -> 'four hundred', 1200 -> 'twelve hundred' is avoided: only multiples of 100 below 1,000."""
    return WORDS_1_9[v // 100] + " hundred"


def fmt_scaled(v, unit=""):
    """1400000 -> '1.4 million'; with unit '$' -> '$1.4 million'."""
    if v >= 1000000000:
        s = ("%.1f" % (v / 1e9)).rstrip("0").rstrip(".") + " billion"
    else:
        s = ("%.1f" % (v / 1e6)).rstrip("0").rstrip(".") + " million"
    return unit + s


def fmt_bn(v):
    """2300000000 -> '$2.3bn'; 310000000 -> '$310m'."""
    if v >= 1000000000:
        return "$" + ("%.1f" % (v / 1e9)).rstrip("0").rstrip(".") + "bn"
    return "$" + str(v // 1000000) + "m"


def fmt_pct(v, word=False):
    s = ("%.1f" % v)
    return s + (" percent" if word else "%")


COUNTIES = [("Cuyahoga County", "Ohio", "Cleveland"), ("Multnomah County", "Oregon", "Portland"),
            ("Polk County", "Iowa", "Des Moines"), ("Washoe County", "Nevada", "Reno"),
            ("Sedgwick County", "Kansas", "Wichita"), ("Salt Lake County", "Utah", "Salt Lake City"),
            ("Bernalillo County", "New Mexico", "Albuquerque"), ("Jefferson County", "Kentucky", "Louisville"),
            ("Pima County", "Arizona", "Tucson"), ("Ada County", "Idaho", "Boise"),
            ("Dane County", "Wisconsin", "Madison"), ("Hennepin County", "Minnesota", "Minneapolis"),
            ("Douglas County", "Nebraska", "Omaha"), ("Pulaski County", "Arkansas", "Little Rock")]

# A figure family: (name, agencies, value kind, low, high, sentence shapes). Shapes take {P} place, {V} value,
# {T} period words, {A} agency. Value kinds: int (1,234), scaled (1.4 million), bn ($2.3bn), usd ($2.3 billion),
# pct (4.2%), words (four hundred).
FAMILIES = [
    ("job losses", ["Department of Labor", "state workforce commission"], "int", 4000, 60000, [
        "{P} lost {V} jobs {T}, according to the {A}.",
        "The {A} said {V} jobs were lost in {P} {T}.",
        "Job losses in {P} reached {V} {T}, the {A} reported."]),
    ("acres burned", ["state forestry agency", "Interagency Fire Center"], "scaled", 1100000, 4900000, [
        "Wildfires burned {V} acres in {P} {T}, the {A} said.",
        "The {A} estimated that {V} acres burned in {P} {T}.",
        "Fires scorched {V} acres across {P} {T}, according to the {A}."]),
    ("arrests", ["Department of Public Safety", "state Bureau of Investigation"], "int", 6000, 70000, [
        "Police in {P} made {V} arrests {T}, according to the {A}.",
        "The {A} counted {V} arrests in {P} {T}.",
        "There were {V} arrests in {P} {T}, the {A} said in a statement."]),
    ("evictions", ["state housing agency", "Administrative Office of the Courts"], "int", 2000, 40000, [
        "Courts in {P} ordered {V} evictions {T}, the {A} said.",
        "The {A} recorded {V} evictions in {P} {T}.",
        "{P} saw {V} evictions {T}, according to data from the {A}."]),
    ("flood damage", ["state emergency management agency", "state insurance commissioner"], "bn", 1200000000,
     6800000000, [
        "Flood damage in {P} totalled {V} {T}, the {A} said.",
        "The {A} put flood damage in {P} at {V} {T}.",
        "Floods caused {V} in damage in {P} {T}, according to the {A}."]),
    ("unemployment rate", ["Department of Labor", "state economic research office"], "pct", 3.1, 7.9, [
        "The unemployment rate in {P} averaged {V} {T}, the {A} said.",
        "{P}'s jobless rate averaged {V} {T}, according to the {A}.",
        "The {A} said the unemployment rate in {P} averaged {V} {T}."]),
    ("traffic deaths", ["state Department of Transportation", "Highway Patrol"], "words", 200, 900, [
        "{V} people died in traffic crashes in {P} {T}, the {A} said.",
        "The {A} said {V} people were killed on the roads of {P} {T}.",
        "Traffic crashes killed {V} people in {P} {T}, according to the {A}."]),
    ("measles cases", ["Department of Health", "state epidemiologist's office"], "int", 40, 400, [
        "{P} confirmed {V} measles cases {T}, the {A} said.",
        "The {A} reported {V} measles cases in {P} {T}.",
        "There were {V} measles cases in {P} {T}, according to the {A}."]),
]
INTL_FAMILIES = [
    ("cholera cases", ["Ministry of Health", "national public health institute"], "int", 900, 9000, [
        "{P} recorded {V} cholera cases {T}, according to the {A}.",
        "Health officials counted {V} cholera cases in {P} {T}, the {A} said.",
        "The {A} said {P} had {V} cholera cases {T}."]),
    ("people displaced", ["national disaster agency", "UN refugee agency"], "int", 12000, 90000, [
        "Floods displaced {V} people in {P} {T}, the {A} said.",
        "The {A} said {V} people were displaced in {P} {T}.",
        "Some {V} people were displaced by flooding in {P} {T}, according to the {A}."]),
]


def fam_value(kind, v):
    if kind == "int":
        return fmt_int(v)
    if kind == "scaled":
        return fmt_scaled(v)
    if kind == "bn":
        return fmt_bn(v)
    if kind == "usd":
        return fmt_scaled(v, "$")
    if kind == "pct":
        return fmt_pct(v)
    if kind == "words":
        return words_hundreds(v)
    raise ValueError(kind)


def fam_draw(kind, lo, hi):
    if kind == "pct":
        return round(R.uniform(lo, hi), 1)
    if kind == "words":
        return R.randint(max(2, lo // 100), min(9, hi // 100)) * 100
    if kind in ("scaled", "bn"):
        return R.randint(lo // 100000000, hi // 100000000) * 100000000 if kind == "bn" \
            else R.randint(lo // 100000, hi // 100000) * 100000
    return R.randint(lo, hi)


def fam_far(kind, v):
    """A value at least 25% away from v, in the same form."""
    f = R.choice([0.6, 0.7, 1.35, 1.5])
    if kind == "pct":
        return round(v * f, 1)
    if kind == "words":
        w = v + 300 if v <= 600 else v - 300
        return w
    if kind == "scaled":
        return int(round(v * f / 100000)) * 100000
    if kind == "bn":
        return int(round(v * f / 100000000)) * 100000000
    return int(v * f)


def sent(shape, place, value, period, agency):
    s = shape.format(P=place, V=value, T=period, A=agency)
    return s[0].upper() + s[1:]


def dateline(city, state=None, wire=False):
    forms = [city.upper() + " \u2014 ", city.upper() + ", " + (state or "") + " \u2014 " if state else
             city.upper() + " \u2014 ", city.upper() + " (" + R.choice(["Capitol Wire", "Meridian News Service",
                                                                       "Continental Dispatch"]) + ") \u2014 ", ""]
    return forms[1 if wire and state else R.randint(0, 3)]


def fig_body(lead, used, intl=False, extra=None, quote=True, dl=""):
    body = [dl + lead + " " + " ".join(filler(1, used, intl))]
    if quote and not intl:
        body.append(official_quote_line(name(), R.choice(["a deputy director at the agency",
                                                          "a county administrator",
                                                          "who chairs the legislature's budget committee"]), used))
    if extra:
        body.append(extra)
    body.append(" ".join(filler(2, used, intl)))
    return paras(*body)


def fig_pair(typ, nm, expect, why, place, title_metric, d1, d2, body_a, body_b, o=None):
    o1, o2 = o or R.sample(OUTLETS, 2)
    return (typ, nm, expect, why,
            [("a-" + slug(o1), header(headline(place, title_metric), d1, o1) + body_a + footer()),
             ("b-" + slug(o2), header(headline(place, title_metric, alt=True), d2, o2) + body_b + footer())])


def period_pair(year):
    """Two wordings of one year: 'in 2023' and 'last year' said in the following year, or 'during 2023'."""
    return R.choice([("in %d" % year, "in %d" % year), ("in %d" % year, "last year"), ("last year", "in %d" % year),
                     ("during %d" % year, "in %d" % year)])


def figure_conflict_cases_2():
    out = []
    fams = FAMILIES + INTL_FAMILIES
    # positives: two independent reports, same metric, scope and year, values far apart
    for i in range(16):
        fam = fams[i % len(fams)]
        metric, agencies, kind, lo, hi, shapes = fam
        intl = fam in INTL_FAMILIES
        county = i % 6 == 5 and not intl
        if intl:
            place, city, _ = COUNTRIES[(i * 3) % len(COUNTRIES)]
            state = None
        elif county:
            place, state, city = COUNTIES[i % len(COUNTIES)]
        else:
            place, city = STATES[(i * 7 + 3) % len(STATES)]
            state = place
        year = R.choice([2022, 2023])
        v1 = fam_draw(kind, lo, hi)
        v2 = fam_far(kind, v1)
        t1, t2 = period_pair(year)
        s1, s2 = R.sample(shapes, 2)
        a1, a2 = agencies if R.random() < 0.5 else agencies[::-1]
        d1 = dt.date(year + 1, R.randint(1, 10), R.randint(1, 20))
        d2 = d1 + dt.timedelta(days=R.randint(1, 12))
        qual = ""
        if i % 4 == 1 and kind in ("int", "scaled"):
            qual = R.choice(["at least ", "more than ", "nearly ", "about "])
        used = set()
        v1s, v2s = fam_value(kind, v1), qual + fam_value(kind, v2)
        if qual and "Some {V}" in s2:
            s1, s2 = s2, s1  # "Some at least 300": the qualified value takes the other shape
        if qual in ("at least ", "more than ") and v2 < v1:
            v1, v2 = v2, v1  # "at least" the smaller would reach up to the larger: the bound goes on the larger
            v1s, v2s = fam_value(kind, v1), qual + fam_value(kind, v2)
        if qual == "nearly " and v2 < v1:
            v1, v2 = v2, v1
            v1s, v2s = fam_value(kind, v1), qual + fam_value(kind, v2)
        if i % 8 == 3 and kind == "int":
            lo2 = int(v2 * 0.95) // 1000 * 1000
            v2s = "between %s and %s" % (fmt_int(lo2), fmt_int(lo2 + max(1000, v2 // 10 // 1000 * 1000)))
        a = fig_body(sent(s1, place, v1s, t1, a1), used, intl, dl=dateline(city, state, wire=True))
        b = fig_body(sent(s2, place, v2s, t2, a2), used, intl, dl=dateline(city, state))
        out.append(fig_pair("figure_conflict", "pos-%02d-%s-%s" % (23 + i, slug(place), slug(metric)),
                            "figure_conflict", "independent reports give %s %s for %d as %s and %s" % (
                                place, metric, year, v1s, v2s), place, metric, d1, d2, a, b))
    # traps
    kinds = ["country-vs-city", "state-vs-county", "month-vs-year", "last-year-differs", "about-vs-roughly",
             "range-vs-inside", "scaled-vs-digits", "words-vs-digits", "syndicated-trimmed", "other-metric",
             "percent-forms", "bn-vs-billion", "nearly-vs-just-under", "wire-three-copies", "fiscal-vs-other-year",
             "national-vs-state-pct"]
    for i, kind in enumerate(kinds):
        used = set()
        year = R.choice([2022, 2023])
        d1 = dt.date(year + 1, R.randint(1, 10), R.randint(1, 20))
        d2 = d1 + dt.timedelta(days=R.randint(1, 12))
        o1, o2 = R.sample(OUTLETS, 2)
        fam = R.choice(FAMILIES)
        metric, agencies, fkind, lo, hi, shapes = fam
        s1, s2 = R.sample(shapes, 2)
        place, city = STATES[(i * 5 + 1) % len(STATES)]
        state = place
        title_place = place
        if kind == "country-vs-city":
            metric, agencies, fkind, lo, hi, shapes = INTL_FAMILIES[i % 2]
            s1, s2 = R.sample(shapes, 2)
            place, city, _ = COUNTRIES[i % len(COUNTRIES)]
            v1 = fam_draw(fkind, lo, hi)
            v2 = v1 // R.choice([3, 4, 5])
            a = fig_body(sent(s1, place, fmt_int(v1), "in %d" % year, agencies[0]), used, True, dl=dateline(city))
            b = fig_body(sent(s2, city, fmt_int(v2), "in %d" % year, agencies[1]), used, True, dl=dateline(city))
            why = "%s (%s) vs its capital %s (%s): a city inside the country" % (place, fmt_int(v1), city, fmt_int(v2))
        elif kind == "state-vs-county":
            fam = FAMILIES[i % 4 * 1 if i % 4 != 1 else 0]
            metric, agencies, fkind, lo, hi, shapes = FAMILIES[[0, 2, 3, 7][i % 4]]
            s1, s2 = R.sample(shapes, 2)
            cty, place, city = COUNTIES[i % len(COUNTIES)]
            v1 = fam_draw(fkind, lo, hi)
            v2 = max(12, v1 // R.choice([4, 6, 9]))
            a = fig_body(sent(s1, place, fmt_int(v1), "in %d" % year, agencies[0]), used, dl=dateline(city, place))
            b = fig_body(sent(s2, cty, fmt_int(v2), "in %d" % year, agencies[1]), used, dl=dateline(city, place))
            why = "%s (%s) vs %s (%s): a county inside the state" % (place, fmt_int(v1), cty, fmt_int(v2))
        elif kind == "month-vs-year":
            metric, agencies, fkind, lo, hi, shapes = FAMILIES[[0, 2, 3][i % 3]]
            s1, s2 = R.sample(shapes, 2)
            v1 = fam_draw(fkind, lo, hi)
            v2 = max(5, v1 // 12 + R.randint(-20, 20))
            mon = R.choice(MONTHS)
            a = fig_body(sent(s1, place, fmt_int(v1), "in %d" % year, agencies[0]), used)
            b = fig_body(sent(s2, place, fmt_int(v2), "in %s %d" % (mon, year), agencies[1]), used)
            why = "the whole of %d (%s) vs %s %d alone (%s)" % (year, fmt_int(v1), mon, year, fmt_int(v2))
        elif kind == "last-year-differs":
            metric, agencies, fkind, lo, hi, shapes = FAMILIES[[0, 2, 3, 7][i % 4]]
            s1, s2 = R.sample(shapes, 2)
            v1 = fam_draw(fkind, lo, hi)
            v2 = int(v1 * 1.4)
            d2 = dt.date(d1.year + 1, d1.month, d1.day)
            a = fig_body(sent(s1, place, fmt_int(v1), "last year", agencies[0]), used)
            b = fig_body(sent(s2, place, fmt_int(v2), "last year", agencies[1]), used)
            why = "both say 'last year' but were published in %d and %d: different years" % (d1.year, d2.year)
        elif kind == "about-vs-roughly":
            metric, agencies, fkind, lo, hi, shapes = FAMILIES[[0, 2, 3][i % 3]]
            s1, s2 = R.sample(shapes, 2)
            v1 = fam_draw(fkind, lo, hi) // 100 * 100
            v2 = int(v1 * 1.03) // 10 * 10
            q1, q2 = R.sample(["about", "roughly", "around", "an estimated", "some"], 2)
            a = fig_body(sent(s1, place, q1 + " " + fmt_int(v1), "in %d" % year, agencies[0]), used)
            b = fig_body(sent(s2, place, q2 + " " + fmt_int(v2), "in %d" % year, agencies[1]), used)
            why = "%s %s vs %s %s: within the approximation tolerance" % (q1, fmt_int(v1), q2, fmt_int(v2))
        elif kind == "range-vs-inside":
            metric, agencies, fkind, lo, hi, shapes = FAMILIES[[0, 2, 3][i % 3]]
            s1, s2 = R.sample(shapes, 2)
            v1 = fam_draw(fkind, max(lo, 10000), max(hi, 20000)) // 1000 * 1000
            a = fig_body(sent(s1, place, "between %s and %s" % (fmt_int(v1), fmt_int(v1 + 4000)), "in %d" % year,
                              agencies[0]), used)
            b = fig_body(sent(s2, place, fmt_int(v1 + 2300), "in %d" % year, agencies[1]), used)
            why = "a range and a value inside it"
        elif kind == "scaled-vs-digits":
            metric, agencies, fkind, lo, hi, shapes = FAMILIES[1]
            s1, s2 = R.sample(shapes, 2)
            v1 = fam_draw(fkind, lo, hi)
            a = fig_body(sent(s1, place, fmt_scaled(v1), "in %d" % year, agencies[0]), used)
            b = fig_body(sent(s2, place, fmt_int(v1), "in %d" % year, agencies[1]), used)
            why = "%s and %s are one number" % (fmt_scaled(v1), fmt_int(v1))
        elif kind == "words-vs-digits":
            metric, agencies, fkind, lo, hi, shapes = FAMILIES[6]
            s1, s2 = R.sample(shapes, 2)
            v1 = fam_draw(fkind, lo, hi)
            a = fig_body(sent(s1, place, words_hundreds(v1), "in %d" % year, agencies[0]), used)
            b = fig_body(sent(s2, place, fmt_int(v1), "in %d" % year, agencies[1]), used)
            why = "%s and %s are one number" % (words_hundreds(v1), fmt_int(v1))
        elif kind == "syndicated-trimmed":
            v1 = fam_draw(fkind, lo, hi)
            a = fig_body(sent(s1, place, fam_value(fkind, v1), "in %d" % year, agencies[0]), used,
                         dl=dateline(city, state, wire=True))
            parts = a.strip().split("\n\n")
            b = paras(*parts[:-1])  # the reprint drops the last paragraph, keeps the number
            d2 = d1
            why = "a syndicated copy that cut a paragraph and kept the number"
        elif kind == "other-metric":
            v1 = fam_draw(fkind, lo, hi)
            m2 = FAMILIES[(FAMILIES.index(fam) + 1) % len(FAMILIES)]
            v2 = fam_draw(m2[2], m2[3], m2[4])
            a = fig_body(sent(s1, place, fam_value(fkind, v1), "in %d" % year, agencies[0]), used)
            b = fig_body(sent(R.choice(m2[5]), place, fam_value(m2[2], v2), "in %d" % year, m2[1][0]), used)
            why = "%s and %s: different metrics" % (metric, m2[0])
        elif kind == "percent-forms":
            metric, agencies, fkind, lo, hi, shapes = FAMILIES[5]
            s1, s2 = R.sample(shapes, 2)
            v1 = fam_draw(fkind, lo, hi)
            a = fig_body(sent(s1, place, fmt_pct(v1), "in %d" % year, agencies[0]), used)
            b = fig_body(sent(s2, place, fmt_pct(v1, word=True), "in %d" % year, agencies[1]), used)
            why = "%s and %s are one number" % (fmt_pct(v1), fmt_pct(v1, True))
        elif kind == "bn-vs-billion":
            metric, agencies, fkind, lo, hi, shapes = FAMILIES[4]
            s1, s2 = R.sample(shapes, 2)
            v1 = fam_draw(fkind, lo, hi)
            a = fig_body(sent(s1, place, fmt_bn(v1), "in %d" % year, agencies[0]), used)
            b = fig_body(sent(s2, place, fmt_scaled(v1, "$"), "in %d" % year, agencies[1]), used)
            why = "%s and %s are one number" % (fmt_bn(v1), fmt_scaled(v1, "$"))
        elif kind == "nearly-vs-just-under":
            metric, agencies, fkind, lo, hi, shapes = FAMILIES[[0, 2, 3][i % 3]]
            s1, s2 = R.sample(shapes, 2)
            v1 = fam_draw(fkind, lo, hi) // 1000 * 1000 + 1000
            v2 = v1 - R.randint(40, 300)
            a = fig_body(sent(s1, place, "nearly " + fmt_int(v1), "in %d" % year, agencies[0]), used)
            b = fig_body(sent(s2, place, fmt_int(v2), "in %d" % year, agencies[1]), used)
            why = "nearly %s vs %s: the exact figure is just under the round one" % (fmt_int(v1), fmt_int(v2))
        elif kind == "wire-three-copies":
            v1 = fam_draw(fkind, lo, hi)
            a = fig_body(sent(s1, place, fam_value(fkind, v1), "in %d" % year, agencies[0]), used,
                         dl=dateline(city, state, wire=True))
            b = a
            o3 = R.choice([x for x in OUTLETS if x not in (o1, o2)])
            why = "one wire story reprinted three times counts once; the number never changes"
            out.append(("figure_conflict", "trap-%02d-%s" % (23 + i, kind), "none", why,
                        [("a-" + slug(o1), header(headline(place, metric), d1, o1) + a + footer()),
                         ("b-" + slug(o2), header(headline(place, metric, alt=True), d1, o2) + a + footer()),
                         ("c-" + slug(o3), header(headline(place, metric), d1 + dt.timedelta(days=1), o3) + a
                          + footer())]))
            continue
        elif kind == "fiscal-vs-other-year":
            v1 = fam_draw(fkind, lo, hi)
            v2 = fam_far(fkind, v1)
            a = fig_body(sent(s1, place, fam_value(fkind, v1), "in %d" % year, agencies[0]), used)
            b = fig_body(sent(s2, place, fam_value(fkind, v2), "in %d" % (year - 1), agencies[1]), used)
            why = "%d and %d: different years" % (year, year - 1)
        else:  # national-vs-state-pct
            metric, agencies, fkind, lo, hi, shapes = FAMILIES[5]
            s1, s2 = R.sample(shapes, 2)
            v1 = fam_draw(fkind, lo, hi)
            v2 = round(v1 * 0.6, 1)
            a = fig_body(sent(s1, place, fmt_pct(v1), "in %d" % year, agencies[0]), used)
            b = fig_body("The national unemployment rate averaged %s in %d, according to federal data." % (
                fmt_pct(v2), year), used)
            why = "%s rate (%s) vs the national rate (%s): different scopes" % (place, fmt_pct(v1), fmt_pct(v2))
        out.append(fig_pair("figure_conflict", "trap-%02d-%s" % (23 + i, kind), "none", why, title_place, metric,
                            d1, d2, a, b, (o1, o2)))
    return out


def mutate_number(kind, v):
    """A changed value as a careless copy would change it: digits swapped, a digit dropped or added, another value."""
    if kind == "pct":
        s = "%.1f" % v
        w = float(s[1] + s[0] + s[2:]) if s[0] != s[1] and s[1] != "." else round(v * 1.6, 1)
        return w if abs(w - v) / max(w, v) > 0.2 else round(v * 1.6, 1)
    if kind == "words":
        return v + 300 if v <= 600 else v - 300
    if kind in ("scaled", "bn"):
        return fam_far(kind, v)
    return R.choice([v * 10, v // 10 if v >= 100 else v * 3, int(v * 1.45), int(str(v)[::-1]) if
                     abs(int(str(v)[::-1]) - v) > v * 0.2 else v * 2])


def figure_drift_cases_2():
    out = []
    fams = FAMILIES + INTL_FAMILIES
    shapes_pos = ["wire-copy", "wire-copy-trimmed", "second-paragraph", "three-copies-last-changed",
                  "rewrite-same-sentence", "copy-new-headline", "copy-date-line"]
    for i in range(22):
        fam = fams[(i * 3) % len(fams)]
        metric, agencies, kind, lo, hi, shapes = fam
        intl = fam in INTL_FAMILIES
        if intl:
            place, city, _ = COUNTRIES[(i * 7 + 2) % len(COUNTRIES)]
            state = None
        else:
            place, city = STATES[(i * 11 + 5) % len(STATES)]
            state = place
        year = R.choice([2021, 2022, 2023])
        v1 = fam_draw(kind, lo, hi)
        v2 = mutate_number(kind, v1)
        if v2 == v1:
            v2 = fam_far(kind, v1)
        qual = R.choice(["", "", "", "about ", "at least ", "more than "]) if kind == "int" else ""
        s1 = fam_value(kind, v1)
        s2 = fam_value(kind, v2)
        used = set()
        agency = R.choice(agencies)
        shape = R.choice(shapes)
        how = shapes_pos[i % len(shapes_pos)]
        period = R.choice(["in %d" % year, "last year", "during %d" % year])
        lead = sent(shape, place, qual + s1, period, agency)
        dl = dateline(city, state, wire=True)
        if how == "second-paragraph":
            body1 = paras(dl + " ".join(filler(2, used, intl)), lead + " " + " ".join(filler(1, used, intl)),
                          " ".join(filler(2, used, intl)))
        else:
            body1 = fig_body(lead, used, intl, dl=dl)
        lead2 = sent(shape, place, qual + s2, period, agency)
        body2 = body1.replace(lead, lead2, 1)
        d1 = rand_date(2022, 2024)
        if period == "last year":
            year = d1.year - 1
            body1 = body1.replace("last year", "last year", 1)
        d2 = d1 + dt.timedelta(days=R.randint(1, 4))
        o1, o2 = R.sample(OUTLETS, 2)
        why = "a reprint changed %s to %s" % (qual + s1, qual + s2)
        if how == "wire-copy-trimmed":
            body2 = paras(*body2.strip().split("\n\n")[:-1])
            why += " (and cut the last paragraph)"
        elif how == "rewrite-same-sentence":
            body2 = paras(lead2.replace(" said", " reported", 1).replace("according to", "citing", 1),
                          " ".join(filler(3, used, intl)))
            why = "a later story reuses the sentence with %s instead of %s" % (qual + s2, qual + s1)
        elif how == "copy-date-line":
            body2 = body2.replace(dl, "", 1) if dl else body2
            why += " (and dropped the dateline)"
        arts = [("a-" + slug(o1), header(headline(place, metric), d1, o1) + body1 + footer()),
                ("b-" + slug(o2), header(headline(place, metric, alt=True) if how == "copy-new-headline"
                                         else headline(place, metric), d2, o2) + body2 + footer())]
        if how == "three-copies-last-changed":
            o3 = R.choice([x for x in OUTLETS if x not in (o1, o2)])
            arts = [("a-" + slug(o1), header(headline(place, metric), d1, o1) + body1 + footer()),
                    ("b-" + slug(o3), header(headline(place, metric), d1 + dt.timedelta(days=1), o3) + body1
                     + footer()),
                    ("c-" + slug(o2), header(headline(place, metric), d2 + dt.timedelta(days=1), o2) + body2
                     + footer())]
            why = "two faithful copies, then a third that changed %s to %s" % (qual + s1, qual + s2)
        out.append(("figure_drift", "pos-%02d-%s-%s" % (13 + i, slug(place), slug(metric)), "figure_drift", why,
                    arts))
    kinds = ["verbatim-scaled", "format-scaled-to-digits", "format-words-to-digits", "format-pct-word",
             "format-bn-to-billion", "qualifier-synonym", "weekday-changed", "year-period-reworded",
             "dateline-changed", "rewrite-same-number", "time-stamp-changed", "later-year-new-figure",
             "rounded-copy", "trimmed-copy", "other-number-changed", "verbatim-three", "section-number-changed",
             "phone-number-changed", "headline-only-changed", "different-state-same-shape", "percent-verbatim",
             "range-verbatim"]
    for i, kind in enumerate(kinds):
        fam = fams[(i * 5 + 1) % len(fams)]
        if kind in ("format-scaled-to-digits", "verbatim-scaled"):
            fam = FAMILIES[1]
        elif kind == "format-words-to-digits":
            fam = FAMILIES[6]
        elif kind in ("format-pct-word", "percent-verbatim"):
            fam = FAMILIES[5]
        elif kind == "format-bn-to-billion":
            fam = FAMILIES[4]
        elif kind in ("qualifier-synonym", "rounded-copy", "range-verbatim", "other-number-changed"):
            fam = FAMILIES[[0, 2, 3][i % 3]]
        metric, agencies, kind_v, lo, hi, shapes = fam
        intl = fam in INTL_FAMILIES
        if intl:
            place, city, _ = COUNTRIES[(i * 5 + 4) % len(COUNTRIES)]
            state = None
        else:
            place, city = STATES[(i * 13 + 8) % len(STATES)]
            state = place
        year = R.choice([2021, 2022, 2023])
        v1 = fam_draw(kind_v, lo, hi)
        used = set()
        agency = R.choice(agencies)
        shape = R.choice(shapes)
        s1 = fam_value(kind_v, v1)
        if kind == "qualifier-synonym":
            s1 = "about " + s1
        if kind == "range-verbatim":
            s1 = "between %s and %s" % (fmt_int(v1), fmt_int(v1 + v1 // 5))
        period = "in %d" % year
        lead = sent(shape, place, s1, period, agency)
        dl = dateline(city, state, wire=True)
        body1 = fig_body(lead, used, intl, dl=dl)
        body2 = body1
        d1 = rand_date(2022, 2024)
        d2 = d1 + dt.timedelta(days=R.randint(1, 4))
        arts = None
        if kind in ("verbatim-scaled", "percent-verbatim", "range-verbatim"):
            why = "verbatim reprint"
        elif kind == "format-scaled-to-digits":
            body2 = body1.replace(s1, fmt_int(v1), 1)
            why = "%s written as %s" % (s1, fmt_int(v1))
        elif kind == "format-words-to-digits":
            body2 = body1.replace(lead, lead.replace(s1.capitalize(), fmt_int(v1)).replace(s1, fmt_int(v1)), 1)
            why = "%s written as %s" % (s1, fmt_int(v1))
        elif kind == "format-pct-word":
            body2 = body1.replace(s1, fmt_pct(v1, True), 1)
            why = "%s written as %s" % (s1, fmt_pct(v1, True))
        elif kind == "format-bn-to-billion":
            body2 = body1.replace(s1, fmt_scaled(v1, "$"), 1)
            why = "%s written as %s" % (s1, fmt_scaled(v1, "$"))
        elif kind == "qualifier-synonym":
            body2 = body1.replace("about ", "roughly ", 1)
            why = "'about' became 'roughly': same approximate figure"
        elif kind == "weekday-changed":
            body1 = body1.replace(lead, lead[:-1] + " on Tuesday.", 1)
            body2 = body1.replace(" on Tuesday.", " on Wednesday.", 1)
            why = "the reprint changed the weekday, not the figure"
        elif kind == "year-period-reworded":
            body2 = body1.replace(lead, sent(shape, place, s1, "last year", agency), 1)
            d1 = dt.date(year + 1, R.randint(1, 10), R.randint(1, 20))
            d2 = d1 + dt.timedelta(days=2)
            why = "'in %d' became 'last year' in a copy published in %d: same period, same number" % (year, year + 1)
        elif kind == "dateline-changed":
            body2 = body1.replace(dl, city.upper() + " \u2014 ", 1) if dl else body1
            why = "the copy rewrote the dateline only"
        elif kind == "rewrite-same-number":
            other = [s for s in shapes if s != shape][0]
            body2 = fig_body(sent(other, place, s1, period, agency), used, intl)
            why = "an independent rewrite with the same number"
        elif kind == "time-stamp-changed":
            body1 = body1 + "\nUpdated 3:15 p.m.\n"
            body2 = body1.replace("3:15 p.m.", "5:40 p.m.")
            why = "only the update time changed"
        elif kind == "later-year-new-figure":
            v2 = fam_far(kind_v, v1)
            body2 = fig_body(sent(shape, place, fam_value(kind_v, v2), "in %d" % (year + 1), agency), used, intl,
                             dl=dl)
            d2 = d1 + dt.timedelta(days=380)
            why = "a year later the same agency reports the next year's figure: a new period, not a changed number"
        elif kind == "rounded-copy":
            v1 = v1 // 10 * 10 + 3
            s1 = fmt_int(v1)
            lead = sent(shape, place, s1, period, agency)
            body1 = fig_body(lead, used, intl, dl=dl)
            body2 = body1.replace(s1, "about " + fmt_int(round(v1, -2)), 1)
            why = "%s rounded to about %s in the copy" % (s1, fmt_int(round(v1, -2)))
        elif kind == "trimmed-copy":
            body2 = paras(*body1.strip().split("\n\n")[:-1])
            why = "the copy cut a paragraph; the number is unchanged"
        elif kind == "other-number-changed":
            extra = "The agency said it had %d staff working on the count." % R.randint(12, 40)
            body1 = fig_body(lead, used, intl, dl=dl, extra=extra)
            body2 = body1.replace(extra, extra.replace("staff", "analysts"), 1)
            body2 = body2.replace(" had ", " has ", 1) if " had " in extra else body2
            why = "a sentence without the figure was reworded"
        elif kind == "verbatim-three":
            o = R.sample(OUTLETS, 3)
            arts = [("%s-%s" % ("abc"[k], slug(o[k])), header(headline(place, metric), d1 + dt.timedelta(days=k),
                                                                  o[k]) + body1 + footer()) for k in range(3)]
            why = "three verbatim reprints"
        elif kind == "section-number-changed":
            extra = "The figures were published under Section %d of the state's open records law." % R.randint(3, 9)
            body1 = fig_body(lead, used, intl, dl=dl, extra=extra)
            body2 = body1.replace(extra, extra.replace("Section", "section"), 1)
            why = "a section number is not a figure; the copy only changed case"
        elif kind == "phone-number-changed":
            extra = "Residents can call the agency's hotline at 555-%04d." % R.randint(1000, 9999)
            body1 = fig_body(lead, used, intl, dl=dl, extra=extra)
            body2 = body1.replace(extra, "Residents can call the agency's hotline at 555-%04d." % R.randint(1000,
                                                                                                           9999), 1)
            why = "only a phone number changed"
        elif kind == "headline-only-changed":
            why = "the copy has a new headline, the same body"
        elif kind == "different-state-same-shape":
            other, ocity = STATES[(i * 13 + 15) % len(STATES)]
            v2 = fam_far(kind_v, v1)
            body2 = fig_body(sent(shape, other, fam_value(kind_v, v2), period, agency), used, intl,
                             dl=dateline(ocity, other, wire=True))
            why = "the same sentence shape about another state: %s vs %s" % (place, other)
        else:
            why = "verbatim reprint"
        if arts is None:
            o1, o2 = R.sample(OUTLETS, 2)
            arts = [("a-original", header(headline(place, metric), d1, o1) + body1 + footer()),
                    ("b-reprint", header(headline(place, metric, alt=kind == "headline-only-changed"), d2, o2)
                     + body2 + footer())]
        out.append(("figure_drift", "trap-%02d-%s" % (13 + i, kind), "none", why, arts))
    return out


def main():
    for t in ["figure_conflict", "figure_drift", "quote_drift", "quote_misattribution", "role_conflict",
              "stale_republication", "suspect_expert"]:
        # generated cases only: hand-written ones (hand-*) stay
        if os.path.isdir(os.path.join(HERE, t)):
            for c in os.listdir(os.path.join(HERE, t)):
                if c.startswith("pos-") or c.startswith("trap-"):
                    shutil.rmtree(os.path.join(HERE, t, c))
    allc = (figure_conflict_cases() + quote_drift_cases() + quote_misattribution_cases() + role_conflict_cases()
            + stale_cases() + figure_drift_cases() + suspect_expert_cases()
            + with_rng(20261126, figure_conflict_cases_2) + with_rng(20261127, figure_drift_cases_2))
    for typ, nm, expect, why, arts in allc:
        write_case(typ, nm, expect, why, arts)
    print(len(allc), "cases")


if __name__ == "__main__":
    main()
