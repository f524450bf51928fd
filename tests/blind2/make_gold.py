"""Generates blind2.gold.json (hand-annotated gold for tests/blind2/articles). Edit here, then run: python tests/blind2/make_gold.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldbuilder import P, O, S, T, L, GoldBuilder  # noqa: E402

g = GoldBuilder(__file__)
e, al, fb, r, stretch, ok = g.e, g.al, g.fb, g.r, g.stretch, g.ok

# --- persons
for a in [
 ("lourenco", "Joao Lourenco", "João Lourenço", "Lourenco", "Lourenço"),
 ("ghazouani", "Mohamed Ould Ghazouani", "Ghazouani", "Mohamed Ould Cheikh El Ghazouani"),
 ("faki", "Moussa Faki Mahamat", "Moussa Faki", "Faki", "Faki Mahamat"),
 ("youssouf", "Mahmoud Ali Youssouf", "Youssouf"),
 ("alsharif", "Ali Youssef al-Sharif", "Ali Youssef", "al-Sharif", "Al-Sharif", "Ali Youssef al Sharif", "Ali Youssef Sharif"),
 ("mudavadi", "Musalia Mudavadi", "Mudavadi"),
 ("dagalo", "Mohamed Hamdan Dagalo", "Dagalo", "Hemedti"),
 ("irfaan_ali", "Irfaan Ali", "Mohamed Irfaan Ali", "Ali"),
 ("maduro", "Nicolas Maduro", "Nicolás Maduro", "Maduro"),
 ("gil", "Yvan Gil", "Gil"),
 ("barnett", "Carla Barnett", "Barnett"),
 ("lula", "Luiz Inacio Lula da Silva", "Lula da Silva", "Lula", "Luiz Inácio Lula da Silva"),
 ("cabello", "Diosdado Cabello", "Cabello"),
 ("arreaza", "Jorge Arreaza", "Arreaza"),
 ("mast", "Brian Mast", "Mast"),
 ("bera", "Ami Bera", "Bera"),
 ("lai", "Lai Ching-te", "Lai", "Lai Ching te", "William Lai"),
 ("lin", "Lin Chia-lung", "Lin", "Lin Chia lung"),
 ("chen", "Chen Binhua", "Chen"),
 ("trump", "Donald Trump", "Trump", "Donald J. Trump"),
 ("chu", "Eric Chu", "Chu"),
 ("tsai", "Tsai Ing-wen", "Tsai", "Tsai Ing wen"),
 ("mccarthy", "Kevin McCarthy", "McCarthy"),
 ("rubio", "Marco Rubio", "Rubio"),
 ("wong", "Penny Wong", "Wong"),
 ("jaishankar", "Subrahmanyam Jaishankar", "Jaishankar", "S. Jaishankar", "S Jaishankar"),
 ("iwaya", "Takeshi Iwaya", "Iwaya"),
 ("mao", "Mao Ning", "Mao"),
 ("abe", "Shinzo Abe", "Abe"),
 ("yamada", "Shigeo Yamada", "Yamada"),
 ("ramdin", "Albert Ramdin", "Ramdin"),
 ("almagro", "Luis Almagro", "Almagro"),
 ("browne", "Gaston Browne", "Browne"),
 ("landau", "Christopher Landau", "Landau"),
 ("adsett", "Hugh Adsett", "Adsett"),
 ("modi", "Narendra Modi", "Modi"),
 ("asif", "Khawaja Asif", "Asif", "Khawaja Muhammad Asif"),
 ("skhan", "Shafqat Ali Khan", "Shafqat Khan"),
 ("jaiswal", "Randhir Jaiswal", "Jaiswal"),
 ("bilawal", "Bilawal Bhutto Zardari", "Bilawal Bhutto", "Bilawal", "Bhutto Zardari"),
 ("ssharif", "Shehbaz Sharif", "Sharif", "Shahbaz Sharif"),
 ("guterres", "Antonio Guterres", "António Guterres", "Guterres"),
 ("botchwey", "Shirley Ayorkor Botchwey", "Shirley Botchwey", "Botchwey"),
 ("pscotland", "Patricia Scotland", "Baroness Scotland"),
 ("starmer", "Keir Starmer", "Starmer"),
 ("charles", "King Charles", "Charles", "King Charles III", "Charles III"),
 ("fiame", "Fiame Naomi Mata'afa", "Fiame Naomi Mataafa", "Fiame", "Mata'afa", "Naomi Mata'afa"),
 ("albanese", "Anthony Albanese", "Albanese"),
 ("kvsingh", "Kirti Vardhan Singh", "Singh"),
 ("tusk", "Donald Tusk", "Tusk"),
 ("orban", "Viktor Orban", "Viktor Orbán", "Orban", "Orbán"),
 ("fico", "Robert Fico", "Fico"),
 ("fiala", "Petr Fiala", "Fiala"),
 ("lipavsky", "Jan Lipavsky", "Jan Lipavský", "Lipavsky"),
 ("babis", "Andrej Babis", "Andrej Babiš", "Babis", "Babiš"),
 ("vdl", "Ursula von der Leyen", "von der Leyen", "Von der Leyen"),
 ("kobakhidze", "Irakli Kobakhidze", "Kobakhidze"),
 ("kallas", "Kaja Kallas", "Kallas"),
 ("kavelashvili", "Mikheil Kavelashvili", "Kavelashvili"),
 ("zourabichvili", "Salome Zourabichvili", "Zourabichvili"),
 ("ivanishvili", "Bidzina Ivanishvili", "Ivanishvili"),
 ("peskov", "Dmitry Peskov", "Peskov", "Dmitri Peskov"),
 ("putin", "Vladimir Putin", "Putin"),
 ("lukashenko", "Alexander Lukashenko", "Lukashenko", "Alexander Lukashenka"),
 ("tokayev", "Kassym-Jomart Tokayev", "Tokayev", "Kassym Jomart Tokayev"),
 ("japarov", "Sadyr Japarov", "Japarov", "Sadyr Zhaparov"),
 ("muhriddin", "Sirojiddin Muhriddin", "Muhriddin"),
 ("rahmon", "Emomali Rahmon", "Rahmon"),
 ("pashinyan", "Nikol Pashinyan", "Pashinyan"),
 ("mirzoyan", "Ararat Mirzoyan", "Mirzoyan"),
 ("masadykov", "Taalatbek Masadykov", "Masadykov"),
 ("tasmagambetov", "Imangali Tasmagambetov", "Tasmagambetov"),
]:
    e(a[0], P, *a[1:])
# --- organisations
for a in [
 ("au", "African Union", "AU", "A.U."),
 ("rsf", "Rapid Support Forces", "RSF"),
 ("auc", "African Union Commission", "AU Commission", "AUC"),
 ("psc", "Peace and Security Council", "AU Peace and Security Council", "African Union Peace and Security Council", "PSC"),
 ("igad", "Intergovernmental Authority on Development", "IGAD"),
 ("icj", "International Court of Justice", "ICJ", "World Court"),
 ("un", "United Nations", "UN", "U.N.", "U.N"),
 ("caricom", "Caribbean Community", "CARICOM", "Caricom"),
 ("exxon", "ExxonMobil", "Exxon Mobil", "Exxon"),
 ("psuv", "United Socialist Party of Venezuela", "PSUV", "Socialist Party", "United Socialist Party"),
 ("hfac", "House Foreign Affairs Committee", "Foreign Affairs Committee", "House Committee on Foreign Affairs"),
 ("tao", "Taiwan Affairs Office", "China's Taiwan Affairs Office"),
 ("pla", "People's Liberation Army", "PLA"),
 ("dpp", "Democratic Progressive Party", "DPP"),
 ("kmt", "Kuomintang", "KMT"),
 ("ly", "Legislative Yuan"),
 ("quad", "Quadrilateral Security Dialogue", "Quad", "the Quad"),
 ("cn_mfa", "Chinese Foreign Ministry", "Foreign Ministry", "China's Foreign Ministry", "Chinese Ministry of Foreign Affairs"),
 ("oas", "Organization of American States", "Organisation of American States", "OAS"),
 ("iachr", "Inter-American Commission on Human Rights", "IACHR"),
 ("pk_fo", "Foreign Office", "Pakistan's Foreign Office", "Pakistani Foreign Office", "Pakistan Foreign Office"),
 ("mea", "Ministry of External Affairs", "India's Ministry of External Affairs", "External Affairs Ministry", "MEA", "Indian Ministry of External Affairs"),
 ("ppp", "Pakistan Peoples Party", "PPP", "Pakistan People's Party"),
 ("commonwealth", "Commonwealth", "Commonwealth of Nations", "the Commonwealth"),
 ("v4", "Visegrad Group", "Visegrád Group", "Visegrad Four", "V4", "Visegrad group"),
 ("eu", "European Union", "EU", "E.U."),
 ("nato", "NATO", "Nato", "North Atlantic Treaty Organization"),
 ("ano", "ANO", "ANO movement", "ANO 2011"),
 ("ec", "European Commission", "EU Commission"),
 ("gd", "Georgian Dream", "Georgian Dream party"),
 ("csto", "Collective Security Treaty Organization", "Collective Security Treaty Organisation", "CSTO"),
 ("eaeu", "Eurasian Economic Union", "EAEU", "EEU"),
]:
    e(a[0], O, *a[1:])
# --- states
for a in [
 ("sudan", "Sudan"), ("angola", "Angola"), ("mauritania", "Mauritania"), ("chad", "Chad"),
 ("djibouti", "Djibouti"), ("kenya", "Kenya"), ("ethiopia", "Ethiopia"),
 ("guyana", "Guyana"), ("venezuela", "Venezuela"), ("brazil", "Brazil"),
 ("us", "United States", "US", "U.S.", "USA", "United States of America", "America"),
 ("taiwan", "Taiwan", "Republic of China"), ("china", "China", "People's Republic of China", "PRC"),
 ("japan", "Japan"), ("india", "India"), ("australia", "Australia"), ("pakistan", "Pakistan"),
 ("skorea", "South Korea", "Republic of Korea"),
 ("antigua", "Antigua and Barbuda", "Antigua"), ("haiti", "Haiti"), ("nicaragua", "Nicaragua"),
 ("cuba", "Cuba"), ("canada", "Canada"), ("guatemala", "Guatemala"), ("uruguay", "Uruguay"),
 ("mexico", "Mexico"), ("bolivia", "Bolivia"),
 ("uk", "Britain", "United Kingdom", "UK", "U.K.", "Great Britain"), ("ghana", "Ghana"), ("samoa", "Samoa"),
 ("togo", "Togo"), ("gabon", "Gabon"), ("rwanda", "Rwanda"), ("zimbabwe", "Zimbabwe"), ("ssudan", "South Sudan"),
 ("poland", "Poland"), ("hungary", "Hungary"), ("czechia", "Czech Republic", "Czechia"),
 ("slovakia", "Slovakia"), ("czechoslovakia", "Czechoslovakia"), ("ukraine", "Ukraine"),
 ("russia", "Russia", "Russian Federation"), ("georgia", "Georgia"),
 ("belarus", "Belarus"), ("kazakhstan", "Kazakhstan"), ("kyrgyzstan", "Kyrgyzstan", "Kyrgyz Republic"),
 ("tajikistan", "Tajikistan"), ("armenia", "Armenia"), ("uzbekistan", "Uzbekistan"), ("azerbaijan", "Azerbaijan"),
]:
    e(a[0], S, *a[1:])
# --- places
for a in [
 ("essequibo", "Essequibo", "Essequibo region"),
 ("roraima", "Roraima"),
 ("pahalgam", "Pahalgam"),
 ("jk", "Jammu and Kashmir", "Jammu & Kashmir"),
 ("kashmir", "Kashmir"),
 ("ladakh", "Ladakh"),
 ("abkhazia", "Abkhazia"),
 ("sossetia", "South Ossetia"),
 ("crimea", "Crimea", "Crimean Peninsula"),
]:
    e(a[0], L, *a[1:])
# --- treaties
for a in [
 ("constitutive_act", "Constitutive Act", "Constitutive Act of the African Union"),
 ("geneva_1966", "Geneva Agreement", "1966 Geneva Agreement"),
 ("iwt", "Indus Waters Treaty", "1960 Indus Waters Treaty"),
 ("simla", "Simla Agreement", "1972 Simla Agreement", "Shimla Agreement"),
 ("oas_charter", "Charter of the Organization of American States", "OAS Charter", "Charter of the OAS"),
 ("visegrad_decl", "Visegrad Declaration", "Visegrád Declaration"),
 ("eu_ga", "Association Agreement", "EU-Georgia Association Agreement", "EU–Georgia Association Agreement"),
 ("cst", "Collective Security Treaty"),
]:
    e(a[0], T, *a[1:])

for a in [
 ("addis", "Addis Ababa"), ("africa", "Africa"), ("port_sudan", "Port Sudan"), ("nairobi", "Nairobi"),
 ("sudan_army", "Sudanese army", "Sudan's army", "Sudanese Armed Forces"),
 ("caracas", "Caracas"), ("georgetown", "Georgetown"), ("guayana_esequiba", "Guayana Esequiba", "state of Guayana Esequiba"),
 ("ve_na", "National Assembly", "Venezuela's National Assembly", "Venezuelan National Assembly"),
 ("st_vincent", "St Vincent", "Saint Vincent", "St. Vincent", "Saint Vincent and the Grenadines"),
 ("taipei", "Taipei"), ("beijing", "Beijing"), ("washington", "Washington", "Washington, D.C."),
 ("songshan", "Songshan airport", "Songshan"), ("congress", "Congress", "US Congress", "U.S. Congress"),
 ("house", "House", "House of Representatives"), ("europe", "Europe"), ("california", "California"),
 ("indo_pacific", "Indo-Pacific"), ("state_dept", "State Department", "US State Department", "Department of State"),
 ("quad_cmi", "Quad Critical Minerals Initiative", "Critical Minerals Initiative"),
 ("new_delhi", "New Delhi", "Delhi"), ("tokyo", "Tokyo"), ("asian_nato", "Asian NATO"),
 ("st_johns", "St. John's", "St John's"), ("americas", "Americas"), ("port_au_prince", "Port-au-Prince"),
 ("managua", "Managua"), ("havana", "Havana"), ("bogota", "Bogota", "Bogotá"),
 ("oas_ga", "General Assembly", "OAS General Assembly"),
 ("mss", "Multinational Security Support mission", "multinational security mission"),
 ("iadc", "Inter-American Democratic Charter"),
 ("srinagar", "Srinagar"), ("islamabad", "Islamabad"), ("loc", "Line of Control", "LoC"),
 ("indian_army", "Indian army", "Indian Army"),
 ("apia", "Apia"), ("chogm", "Commonwealth Heads of Government Meeting", "CHOGM"), ("pacific", "Pacific"),
 ("caribbean", "Caribbean"),
 ("krakow", "Krakow", "Kraków"), ("prague", "Prague"), ("warsaw", "Warsaw"), ("kyiv", "Kyiv", "Kiev"),
 ("budapest", "Budapest"), ("moscow", "Moscow"), ("visegrad_town", "Visegrad", "Visegrád"),
 ("tbilisi", "Tbilisi"), ("rustaveli", "Rustaveli Avenue"), ("brussels", "Brussels"), ("kremlin", "Kremlin", "the Kremlin"),
 ("bishkek", "Bishkek"), ("yerevan", "Yerevan"), ("tashkent", "Tashkent"),
]:
    al(*a)

fb("agency_reuters", "Reuters", "REUTERS")
fb("agency_afp", "AFP", "Agence France-Presse")
fb("agency_ap", "AP", "Associated Press")
fb("credit_bekele", "Tiksa Bekele", "Tiksa Bekele/Reuters")
fb("byline_wondimu", "Hailu Wondimu"); fb("byline_kiplagat", "Grace Kiplagat")
fb("byline_ashworth", "Tom Ashworth"); fb("byline_delaney", "Ros Delaney")
fb("credit_wen", "Wen Cheng-hao", "Wen Cheng hao")
fb("caption_taichung", "Taichung")
fb("related_philippines", "Philippines"); fb("related_scarborough", "Scarborough Shoal")
fb("related_vietnam", "Vietnam"); fb("related_tolam", "To Lam", "Tô Lâm"); fb("related_jakarta", "Jakarta")
fb("credit_kumar", "Rakesh Kumar", "Rakesh Kumar/AP")
fb("caption_amritsar", "Amritsar")
fb("byline_mehra", "Arun Mehra"); fb("byline_qureshi", "Faisal Qureshi"); fb("byline_fairbrother", "Neil Fairbrother")
fb("junk", "Advertisement", "Related Articles")

# 01 AU / Sudan
r("alsharif", "leads-delegation", "sudan")
r("mudavadi", "leads-delegation", "kenya")
r("ethiopia", "member-of", "igad"); r("kenya", "member-of", "igad"); r("djibouti", "member-of", "igad")
r("lourenco", "holds-office", "angola")
r("ghazouani", "holds-office", "mauritania")
r("faki", "holds-office", "auc")
r("youssouf", "holds-office", "djibouti")
r("alsharif", "holds-office", "sudan")
r("mudavadi", "holds-office", "kenya")
r("dagalo", "holds-office", "rsf")
# the Peace and Security Council and the AU Commission are organs of the AU: part-of joins places only
stretch("constitutive_act", "establishes", "au")
# 02 Essequibo
r("guyana", "member-of", "caricom")
r("maduro", "holds-office", "venezuela")
r("irfaan_ali", "holds-office", "guyana")
r("gil", "holds-office", "venezuela")
r("barnett", "holds-office", "caricom")
r("lula", "holds-office", "brazil")
r("cabello", "holds-office", "venezuela")
r("cabello", "affiliated-with", "psuv")
r("essequibo", "part-of", "guyana")
r("roraima", "part-of", "brazil")
# the ICJ is "the United Nations' top court": part-of joins places only
r("venezuela", "party-to", "geneva_1966")
r("guyana", "party-to", "geneva_1966")
# 03 Taiwan
r("mast", "leads-delegation", "us")
r("mast", "holds-office", "hfac")
r("lai", "holds-office", "taiwan")
r("lai", "affiliated-with", "dpp")
r("lin", "holds-office", "taiwan")
r("chen", "spokesperson-for", "tao")
r("trump", "holds-office", "us")
r("chu", "holds-office", "kmt")
# 04 Quad
for s in ("us", "japan", "india", "australia"):
    r(s, "member-of", "quad")
r("rubio", "holds-office", "us")
r("wong", "holds-office", "australia")
r("jaishankar", "holds-office", "india")
r("iwaya", "holds-office", "japan")
r("mao", "spokesperson-for", "cn_mfa")
r("yamada", "ambassador-to", "us")
# 05 OAS
r("landau", "leads-delegation", "us")
r("haiti", "member-of", "oas")
r("antigua", "member-of", "oas")
r("ramdin", "holds-office", "oas")
r("browne", "holds-office", "antigua")
r("landau", "holds-office", "us")
r("adsett", "ambassador-to", "oas")
# the IACHR is "an autonomous organ of the OAS": part-of joins places only
r("oas_charter", "establishes", "oas")
# 06 Kashmir
r("modi", "holds-office", "india")
r("asif", "holds-office", "pakistan")
r("skhan", "spokesperson-for", "pk_fo")
r("jaiswal", "spokesperson-for", "mea")
r("bilawal", "holds-office", "ppp")
r("ssharif", "holds-office", "pakistan")
r("guterres", "holds-office", "un")
r("pahalgam", "part-of", "jk")
r("pakistan", "party-to", "iwt")
r("india", "party-to", "simla")
r("pakistan", "party-to", "simla")
# 07 Commonwealth
r("albanese", "leads-delegation", "australia")
r("kvsingh", "leads-delegation", "india")
for s in ("togo", "gabon", "rwanda"):
    r(s, "member-of", "commonwealth")
r("botchwey", "holds-office", "ghana")
r("pscotland", "holds-office", "commonwealth")
r("starmer", "holds-office", "uk")
r("charles", "holds-office", "commonwealth")
r("fiame", "holds-office", "samoa")
r("albanese", "holds-office", "australia")
r("kvsingh", "holds-office", "india")
r("zimbabwe", "seeks-membership", "commonwealth")
# 08 Visegrad
r("lipavsky", "leads-delegation", "czechia")
for s in ("poland", "hungary", "czechia", "slovakia"):
    r(s, "member-of", "v4"); r(s, "member-of", "eu"); r(s, "member-of", "nato")
r("tusk", "holds-office", "poland")
r("orban", "holds-office", "hungary")
r("fico", "holds-office", "slovakia")
r("fiala", "holds-office", "czechia")
r("lipavsky", "holds-office", "czechia")
r("babis", "affiliated-with", "ano")
r("vdl", "holds-office", "ec")
r("ukraine", "seeks-membership", "eu")
for s in ("poland", "hungary", "czechoslovakia"):
    r(s, "party-to", "visegrad_decl")
stretch("visegrad_decl", "establishes", "v4")
# 09 Georgia
r("russia", "annexed", "crimea")
r("kobakhidze", "holds-office", "georgia")
r("kobakhidze", "affiliated-with", "gd")
r("georgia", "seeks-membership", "eu")
r("georgia", "seeks-membership", "nato")
r("kallas", "holds-office", "eu")
r("kavelashvili", "holds-office", "georgia")
r("ivanishvili", "affiliated-with", "gd")
r("abkhazia", "part-of", "georgia")
r("sossetia", "part-of", "georgia")
r("crimea", "part-of", "ukraine")
r("georgia", "party-to", "eu_ga")
r("eu", "party-to", "eu_ga")
# 10 CSTO
r("muhriddin", "leads-delegation", "tajikistan")
for s in ("russia", "belarus", "kazakhstan", "kyrgyzstan", "tajikistan"):
    r(s, "member-of", "csto")
r("armenia", "member-of", "eaeu")
r("putin", "holds-office", "russia")
r("lukashenko", "holds-office", "belarus")
r("tokayev", "holds-office", "kazakhstan")
r("japarov", "holds-office", "kyrgyzstan")
r("muhriddin", "holds-office", "tajikistan")
r("rahmon", "holds-office", "tajikistan")
r("pashinyan", "holds-office", "armenia")
r("mirzoyan", "holds-office", "armenia")
r("cst", "establishes", "csto")
stretch("tasmagambetov", "holds-office", "csto")

# 01
ok("lourenco", "holds-office", "au"); ok("faki", "holds-office", "au")
for s in ("angola", "mauritania", "djibouti", "kenya", "ethiopia", "chad"):
    ok(s, "member-of", "au")
ok("sudan", "member-of", "igad")
ok("dagalo", "affiliated-with", "rsf"); ok("dagalo", "leads-delegation", "rsf")
# 02
ok("guayana_esequiba", "part-of", "venezuela")
ok("ve_na", "part-of", "venezuela")
ok("caracas", "party-to", "geneva_1966")
ok("cabello", "holds-office", "psuv")
ok("maduro", "affiliated-with", "psuv")
ok("guyana", "member-of", "un"); ok("venezuela", "member-of", "un")
# 03
ok("mast", "holds-office", "us"); ok("bera", "holds-office", "us"); ok("bera", "holds-office", "hfac")
# part-of joins places only: a committee, office, army, legislature or ministry is not part-of anything below
ok("chen", "spokesperson-for", "china"); ok("chen", "holds-office", "china")
ok("chen", "holds-office", "tao"); ok("chen", "affiliated-with", "tao")
ok("chu", "affiliated-with", "kmt")
ok("bera", "leads-delegation", "us")
# 04
ok("mao", "spokesperson-for", "china"); ok("mao", "holds-office", "china"); ok("mao", "holds-office", "cn_mfa")
ok("yamada", "holds-office", "japan")
# Quad establishes the minerals initiative: only a treaty establishes, in the schema
ok("state_dept", "part-of", "us")
# 05
ok("adsett", "holds-office", "canada")
for s in ("us", "canada", "guatemala", "mexico"):
    ok(s, "member-of", "oas")
ok("ramdin", "ambassador-to", "oas")
# 06
ok("skhan", "spokesperson-for", "pakistan"); ok("skhan", "holds-office", "pakistan")
ok("jaiswal", "spokesperson-for", "india"); ok("jaiswal", "holds-office", "india")
ok("bilawal", "affiliated-with", "ppp")
ok("jk", "part-of", "india"); ok("jk", "part-of", "kashmir"); ok("ladakh", "part-of", "india")
ok("ladakh", "part-of", "kashmir"); ok("pahalgam", "part-of", "kashmir"); ok("pahalgam", "part-of", "india")
ok("india", "party-to", "iwt")
ok("india", "member-of", "un"); ok("pakistan", "member-of", "un")
# 07
ok("charles", "holds-office", "uk")
for s in ("uk", "ghana", "samoa", "australia", "india", "antigua"):
    ok(s, "member-of", "commonwealth")
ok("starmer", "leads-delegation", "uk"); ok("fiame", "leads-delegation", "samoa")
# 08
ok("ukraine", "seeks-membership", "nato")
ok("babis", "holds-office", "ano")
ok("vdl", "holds-office", "eu")
ok("tusk", "holds-office", "v4")
ok("fiala", "leads-delegation", "czechia")
ok("czechoslovakia", "member-of", "v4")
# 09
ok("ivanishvili", "holds-office", "gd")  # a person does not "establish" in the schema
ok("kavelashvili", "affiliated-with", "gd")
# "Kremlin spokesman": the Kremlin is an allowed name with no type, so Peskov for the Kremlin is acceptable, not gold
ok("peskov", "spokesperson-for", "kremlin"); ok("peskov", "spokesperson-for", "russia"); ok("peskov", "spokesperson-for", "putin"); ok("peskov", "holds-office", "russia")
ok("moscow", "annexed", "crimea")
# 10
ok("armenia", "member-of", "csto")
ok("armenia", "seeks-membership", "eu")
for s in ("russia", "belarus", "kazakhstan", "kyrgyzstan", "tajikistan", "armenia"):
    ok(s, "party-to", "cst")
ok("masadykov", "holds-office", "kyrgyzstan")
ok("putin", "leads-delegation", "russia"); ok("lukashenko", "leads-delegation", "belarus")
ok("tokayev", "leads-delegation", "kazakhstan"); ok("japarov", "leads-delegation", "kyrgyzstan")
ok("russia", "member-of", "eaeu"); ok("belarus", "member-of", "eaeu"); ok("kazakhstan", "member-of", "eaeu"); ok("kyrgyzstan", "member-of", "eaeu")
ok("russia", "member-of", "un"); ok("china", "member-of", "un")



# Offices the text names as former ('former President X', 'a former foreign minister of Y', 'then-Speaker'):
# issue 11 keeps a former office as an office held, marked former in its role; acceptable here, not gold.
ok("arreaza", "holds-office", "venezuela")
ok("abe", "holds-office", "japan")
ok("mccarthy", "holds-office", "hfac")

g.write(
    about="Blind gold for tests/blind2/articles (10 original wire-style articles on international politics, on topics disjoint from tests/dev, tests/heldout and tests/blind; written and annotated without reading kg/). Same schema and matching rules as seeds.gold.json. Tier 1 = leads-delegation, member-of, annexed; tier 2 = the rest of the schema; tier 3 = stretch (coreference, an organisation named only in context, or inference). Do not tune against this set.",
    notes=[
  "Only relations the text asserts are gold. Suspended, departed, withdrawn and self-frozen states are not members (Armenia in the CSTO is only acceptable); applicants are seekers, not members; former office holders, predecessors and successors-elect are not gold; proposals, conditionals, denials, claims and questions assert nothing.",
  "Must-not examples: Sudan member-of AU (suspended); Youssouf holds-office AUC (elected, takes office later); Faki holds-office Chad (former PM); Venezuela annexed Essequibo (accusation, denied); Essequibo part-of Venezuela (claim); Taiwan part-of China (claim); Taiwan member-of UN; Tsai or McCarthy holds-office (former); Abe holds-office Japan ('then-'); South Korea seeks-membership Quad (has not applied); Quad establishes a rare-earth stockpile (proposal); Almagro holds-office OAS (predecessor); Venezuela, Nicaragua or Cuba member-of OAS; Kashmir part-of India or Pakistan (both claim it); Bilawal holds-office Pakistan (former FM); Botchwey holds-office Commonwealth (takes over in April); Zimbabwe or South Sudan member-of Commonwealth; Babis holds-office Czech Republic; Ukraine member-of EU; V4 establishes a procurement office (proposal); Georgia member-of EU; Zourabichvili or Ivanishvili holds-office Georgia (former); Russia annexed South Ossetia or Abkhazia (question); Masadykov holds-office CSTO (from January); Uzbekistan, Azerbaijan or Georgia party-to the Collective Security Treaty or member-of CSTO (withdrew); Armenia member-of EU.",
  "Photo captions with credits, dateline agencies (Reuters, AFP), 'Reporting by ...; Editing by ...' bylines, 'Advertisement' and 'Related Articles' with the headlines under it are debris: none of their names may become nodes."
 ],
)
