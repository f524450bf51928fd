"""Generates dev.gold.json (the hand-annotated gold for tests/dev/articles). Edit here, then run: python tests/dev/make_gold.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldbuilder import P, O, S, T, L, GoldBuilder  # noqa: E402

g = GoldBuilder(__file__)
e, al, fb, r, stretch, ok = g.e, g.al, g.fb, g.r, g.stretch, g.ok
# persons
e("haavisto",P,"Pekka Haavisto","Haavisto")
e("blinken",P,"Antony Blinken","Blinken","Antony J. Blinken","Tony Blinken")
e("niinisto",P,"Sauli Niinisto","Niinisto","Sauli Niinistö","Niinistö")
e("kristersson",P,"Ulf Kristersson","Kristersson")
e("stoltenberg",P,"Jens Stoltenberg","Stoltenberg")
e("erdogan",P,"Tayyip Erdogan","Erdogan","Recep Tayyip Erdogan","Erdoğan","Recep Tayyip Erdoğan")
e("orban",P,"Viktor Orban","Orban","Viktor Orbán","Orbán")
e("peskov",P,"Dmitry Peskov","Peskov","Dmitri Peskov")
e("grushko",P,"Alexander Grushko","Grushko","Aleksandr Grushko")
e("zelenskiy",P,"Volodymyr Zelenskiy","Zelenskiy","Volodymyr Zelensky","Zelensky","Volodymyr Zelenskyy","Zelenskyy")
e("kishida",P,"Fumio Kishida","Kishida")
e("biden",P,"Joe Biden","Biden","Joseph Biden","Joseph R. Biden")
e("scholz",P,"Olaf Scholz","Scholz")
e("colonna",P,"Catherine Colonna","Colonna")
e("macron",P,"Emmanuel Macron","Macron")
e("trudeau",P,"Justin Trudeau","Trudeau")
e("vonderleyen",P,"Ursula von der Leyen","von der Leyen","Von der Leyen")
e("michel",P,"Charles Michel","Michel")
e("wangwenbin",P,"Wang Wenbin")
e("johnson",P,"Boris Johnson","Johnson")
e("thomasgreenfield",P,"Linda Thomas-Greenfield","Thomas-Greenfield")
e("nebenzia",P,"Vassily Nebenzia","Nebenzia","Vasily Nebenzya","Vassily Nebenzya")
e("zhangjun",P,"Zhang Jun")
e("baeriswyl",P,"Pascale Baeriswyl","Baeriswyl")
e("guterres",P,"Antonio Guterres","Guterres","António Guterres")
e("dujarric",P,"Stephane Dujarric","Dujarric","Stéphane Dujarric")
e("griffiths",P,"Martin Griffiths","Griffiths")
e("sabbagh",P,"Bassam Sabbagh","Sabbagh")
e("assad",P,"Bashar al-Assad","Assad","al-Assad","Bashar Assad")
e("aliyev",P,"Ilham Aliyev","Aliyev")
e("hajiyev",P,"Hikmet Hajiyev","Hajiyev")
e("pashinyan",P,"Nikol Pashinyan","Pashinyan")
e("zakharova",P,"Maria Zakharova","Zakharova")
e("miller",P,"Matthew Miller")
e("vartanyan",P,"Olesya Vartanyan","Vartanyan")
e("mirzoyan",P,"Ararat Mirzoyan","Mirzoyan")
e("bazoum",P,"Mohamed Bazoum","Bazoum")
e("tinubu",P,"Bola Tinubu","Tinubu","Bola Ahmed Tinubu")
e("touray",P,"Omar Touray","Touray","Omar Alieu Touray")
e("tiani",P,"Abdourahamane Tiani","Tiani","General Abdourahamane Tiani","Abdourahmane Tiani")
e("issoufou",P,"Mahamadou Issoufou","Issoufou")
e("ouattara",P,"Alassane Ouattara","Ouattara")
e("laessing",P,"Ulf Laessing","Laessing")
e("vines",P,"Alex Vines","Vines")
e("obasi",P,"Nnamdi Obasi","Obasi")
e("putin",P,"Vladimir Putin","Putin")
e("ryabkov",P,"Sergei Ryabkov","Ryabkov","Sergey Ryabkov")
e("kimball",P,"Daryl Kimball","Kimball")
e("kristensen",P,"Hans Kristensen","Kristensen")
e("kyslytsya",P,"Sergiy Kyslytsya","Kyslytsya","Serhiy Kyslytsya")
e("lavrov",P,"Sergei Lavrov","Lavrov","Sergey Lavrov")
e("kuleba",P,"Dmytro Kuleba","Kuleba")
e("bessent",P,"Scott Bessent","Bessent")
e("greer",P,"Jamieson Greer","Greer")
e("helifeng",P,"He Lifeng")
e("trump",P,"Donald Trump","Trump","Donald J. Trump")
e("kellersutter",P,"Karin Keller-Sutter","Keller-Sutter")
e("parmelin",P,"Guy Parmelin","Parmelin")
e("lichenggang",P,"Li Chenggang")
e("wangwentao",P,"Wang Wentao")
e("okonjoiweala",P,"Ngozi Okonjo-Iweala","Okonjo-Iweala")
e("cutler",P,"Wendy Cutler","Cutler")
e("lighthizer",P,"Robert Lighthizer","Lighthizer")
# organisations
e("nato",O,"NATO","Nato","North Atlantic Treaty Organization","North Atlantic Treaty Organisation")
e("eu",O,"European Union","EU","E.U.")
e("fidesz",O,"Fidesz","Fidesz party")
e("g7",O,"G7","G-7","Group of Seven","Group of 7")
e("ec",O,"European Commission")
e("ecouncil",O,"European Council")
e("unsc",O,"U.N. Security Council","UN Security Council","Security Council","United Nations Security Council","UNSC")
e("un",O,"United Nations","U.N.","UN")
e("unga",O,"U.N. General Assembly","UN General Assembly","General Assembly","United Nations General Assembly","UNGA")
e("csto",O,"Collective Security Treaty Organization","Collective Security Treaty Organisation","CSTO")
e("icg",O,"International Crisis Group","Crisis Group","ICG")
e("ecowas",O,"Economic Community of West African States","ECOWAS")
e("ecowas_commission",O,"ECOWAS Commission")
e("kas",O,"Konrad Adenauer Foundation","Konrad Adenauer Stiftung","Konrad-Adenauer-Stiftung")
e("chatham",O,"Chatham House","Royal Institute of International Affairs")
e("aca",O,"Arms Control Association")
e("fas",O,"Federation of American Scientists")
e("wto",O,"World Trade Organization","World Trade Organisation","WTO")
e("aspi",O,"Asia Society Policy Institute","Asia Society")
# states
for i,*names in [("finland","Finland","Republic of Finland"),("sweden","Sweden"),("russia","Russia","Russian Federation"),
  ("turkey","Turkey","Türkiye","Turkiye"),("hungary","Hungary"),("us","United States","United States of America","US","U.S.","USA","America"),
  ("ukraine","Ukraine"),("japan","Japan"),("germany","Germany"),("uk","Britain","United Kingdom","UK","U.K.","Great Britain"),
  ("france","France"),("italy","Italy"),("canada","Canada"),("china","China","People's Republic of China"),("syria","Syria"),
  ("switzerland","Switzerland"),("brazil","Brazil"),("azerbaijan","Azerbaijan"),("armenia","Armenia"),("niger","Niger"),
  ("nigeria","Nigeria"),("senegal","Senegal"),("ivorycoast","Ivory Coast","Cote d'Ivoire","Côte d'Ivoire"),("benin","Benin"),
  ("mali","Mali"),("burkinafaso","Burkina Faso"),("belarus","Belarus"),("northkorea","North Korea","Democratic People's Republic of Korea","DPRK"),
  ("nicaragua","Nicaragua"),("india","India"),("southafrica","South Africa"),("pakistan","Pakistan"),("israel","Israel"),("moldova","Moldova")]:
    e(i,S,*names)
# treaties
e("newstart",T,"New START","New START treaty","New Strategic Arms Reduction Treaty","strategic offensive arms treaty")
e("inf",T,"Intermediate-Range Nuclear Forces Treaty","INF Treaty","1987 Intermediate-Range Nuclear Forces Treaty","INF")
e("openskies",T,"Open Skies Treaty","Treaty on Open Skies")
e("npt",T,"Treaty on the Non-Proliferation of Nuclear Weapons","Non-Proliferation Treaty","Nuclear Non-Proliferation Treaty","NPT")
e("uncharter",T,"U.N. Charter","UN Charter","United Nations Charter","Charter of the United Nations")
# places
e("karabakh",L,"Nagorno-Karabakh","Karabakh","Nagorno-Karabakh region","Nagorno Karabakh")
e("nakhchivan",L,"Nakhchivan","Nakhchivan exclave","Nakhichevan")
e("donetsk",L,"Donetsk","Donetsk region","Donetsk Oblast")
e("luhansk",L,"Luhansk","Luhansk region","Luhansk Oblast","Lugansk")
e("zaporizhzhia",L,"Zaporizhzhia","Zaporizhzhia region","Zaporizhzhia Oblast","Zaporizhia","Zaporozhye")
e("kherson",L,"Kherson","Kherson region","Kherson Oblast")
e("crimea",L,"Crimea","Crimean peninsula","Crimean Peninsula","Crimea peninsula")
e("golan",L,"Golan Heights","Golan")
e("transnistria",L,"Transnistria","Trans-Dniester","Transdniestria")

for c in ["Brussels","Helsinki","Stockholm","Ankara","Vilnius","Moscow","Hiroshima","Berlin","Beijing","Baku","Yerevan","Yevlakh",
          "Abuja","Niamey","Prague","Geneva","Kyiv","Damascus","Europe","Sahel","West Africa","Tokyo","Paris","London","Washington"]:
    al(c.lower().replace(" ","_"),c)
al("eastern_europe","eastern Europe","Eastern Europe")
al("kremlin","Kremlin","the Kremlin")
al("nato_hq","NATO headquarters")
al("peace_park","Peace Memorial Park","Hiroshima Peace Memorial Park")
al("bab_al_hawa","Bab al-Hawa","Bab al-Hawa border crossing","Bab al-Hawa crossing")
al("nw_syria","northwest Syria","northwestern Syria")
al("idlib","Idlib","Idlib province")
al("southern_armenia","southern Armenia")
al("state_department","State Department","U.S. State Department","US State Department","Department of State")
al("chinese_mfa","Chinese Foreign Ministry","China's Foreign Ministry")
al("foreign_ministry","Foreign Ministry","foreign ministry")
al("treasury","Treasury","U.S. Treasury","US Treasury","Treasury Department")
# Sunak and Meloni are named only in a photo caption (debris), so they are neutral, not expected
al("sunak","Rishi Sunak","Sunak")
al("meloni","Giorgia Meloni","Meloni")
al("russian_mfa","Russian Foreign Ministry","Russia's Foreign Ministry")
al("chinese_mofcom","Commerce Ministry","China's Commerce Ministry","Chinese Commerce Ministry","Ministry of Commerce")
al("nigeria_senate","Senate","Nigeria's Senate","Nigerian Senate")
al("nip","Nuclear Information Project")
al("russian_embassy","Russian embassy","Russian embassy in Washington")
al("phase_one","Phase One agreement","Phase One","2020 Phase One agreement","Phase One trade deal")
al("soviet_union","Soviet Union","USSR")
al("west","West","the West")
al("parliament","parliament","Hungary's parliament")

fb("credit_reuters","Reuters")
fb("credit_ap","AP","Associated Press")
fb("credit_ota","Kiyoshi Ota","Kiyoshi Ota/Pool Photo via AP")
fb("credit_pool","Pool","Pool Photo","Pool Photo via AP")
fb("credit_hamidou","Mahamadou Hamidou","Mahamadou Hamidou/Reuters")
fb("junk","Advertisement","Related Articles")

# 01 Finland/NATO
r("finland","member-of","nato"); r("finland","member-of","eu"); r("sweden","member-of","eu")
r("sweden","seeks-membership","nato"); r("ukraine","seeks-membership","nato")
for p_,s_ in [("haavisto","finland"),("blinken","us"),("niinisto","finland"),("kristersson","sweden"),("stoltenberg","nato"),
              ("erdogan","turkey"),("orban","hungary"),("grushko","russia")]: r(p_,"holds-office",s_)
r("orban","affiliated-with","fidesz"); r("peskov","spokesperson-for","russia")
ok("turkey","member-of","nato"); ok("hungary","member-of","nato"); ok("us","member-of","nato")
ok("finland","seeks-membership","nato"); ok("peskov","spokesperson-for","kremlin"); ok("peskov","spokesperson-for","putin")
ok("peskov","holds-office","russia"); ok("orban","holds-office","fidesz")
# 02 G7
for s_ in ["us","japan","germany","uk","france","italy","canada"]: r(s_,"member-of","g7")
for p_,s_ in [("zelenskiy","ukraine"),("kishida","japan"),("biden","us"),("scholz","germany"),
              ("colonna","france"),("macron","france"),("trudeau","canada"),("vonderleyen","ec"),("michel","ecouncil")]: r(p_,"holds-office",s_)
r("wangwenbin","spokesperson-for","china")
ok("eu","member-of","g7"); ok("vonderleyen","holds-office","eu"); ok("michel","holds-office","eu")
ok("ec","member-of","eu"); ok("ecouncil","member-of","eu")
ok("wangwenbin","spokesperson-for","chinese_mfa"); ok("wangwenbin","spokesperson-for","foreign_ministry"); ok("zakharova","spokesperson-for","foreign_ministry"); ok("bessent","holds-office","treasury"); ok("sunak","holds-office","uk"); ok("meloni","holds-office","italy"); ok("wangwenbin","holds-office","china")
# 03 UNSC
for s_ in ["switzerland","russia","china","us","uk","france"]: r(s_,"member-of","unsc")
for p_ in ["thomasgreenfield","nebenzia","zhangjun","baeriswyl","sabbagh"]: r(p_,"ambassador-to","un"); ok(p_,"ambassador-to","unsc")
for p_,s_ in [("thomasgreenfield","us"),("nebenzia","russia"),("zhangjun","china"),("baeriswyl","switzerland"),("sabbagh","syria")]: ok(p_,"holds-office",s_)
r("guterres","holds-office","un"); r("dujarric","spokesperson-for","guterres"); r("griffiths","holds-office","un"); r("assad","holds-office","syria")
ok("dujarric","spokesperson-for","un"); ok("dujarric","holds-office","un"); ok("brazil","member-of","unsc"); ok("unsc","member-of","un")
# 04 Karabakh
r("karabakh","part-of","azerbaijan"); r("armenia","member-of","csto")
for p_,s_ in [("aliyev","azerbaijan"),("pashinyan","armenia"),("mirzoyan","armenia")]: r(p_,"holds-office",s_)
r("zakharova","spokesperson-for","russia"); r("miller","spokesperson-for","us"); r("vartanyan","affiliated-with","icg")
stretch("nakhchivan","part-of","azerbaijan")
ok("hajiyev","holds-office","azerbaijan"); ok("zakharova","spokesperson-for","russian_mfa"); ok("zakharova","holds-office","russia")
ok("miller","spokesperson-for","state_department"); ok("miller","holds-office","us"); ok("vartanyan","holds-office","icg"); ok("russia","member-of","csto")
# 05 Niger
for s_ in ["nigeria","senegal","ivorycoast","benin","mali","burkinafaso"]: r(s_,"member-of","ecowas")
r("tinubu","holds-office","nigeria"); r("touray","holds-office","ecowas_commission"); r("ouattara","holds-office","ivorycoast")
for p_,o_ in [("laessing","kas"),("vines","chatham"),("obasi","icg")]: r(p_,"affiliated-with",o_); ok(p_,"holds-office",o_)
ok("tinubu","holds-office","ecowas"); ok("touray","holds-office","ecowas"); ok("ecowas_commission","member-of","ecowas")
ok("bazoum","holds-office","niger"); ok("tiani","holds-office","niger"); ok("niger","member-of","ecowas")
# 06 New START
r("russia","party-to","newstart"); r("us","party-to","newstart"); r("russia","party-to","npt"); r("us","party-to","npt")
r("uk","member-of","nato"); r("france","member-of","nato")
for p_,s_ in [("putin","russia"),("ryabkov","russia")]: r(p_,"holds-office",s_)
r("kimball","affiliated-with","aca"); r("kristensen","affiliated-with","fas")
ok("kimball","holds-office","aca"); ok("kristensen","holds-office","fas"); ok("russia","party-to","inf")
# 07 UNGA annexation
for pl in ["donetsk","luhansk","zaporizhzhia","kherson"]: r("russia","annexed",pl); r(pl,"part-of","ukraine")
r("russia","annexed","crimea"); r("crimea","part-of","ukraine"); r("israel","annexed","golan"); r("transnistria","part-of","moldova")
r("kyslytsya","ambassador-to","un"); r("lavrov","holds-office","russia"); r("kuleba","holds-office","ukraine")
ok("kyslytsya","ambassador-to","unga"); ok("nebenzia","ambassador-to","unga"); ok("kyslytsya","holds-office","ukraine")
ok("golan","part-of","syria"); ok("uncharter","establishes","un")
for pl in ["donetsk","luhansk","zaporizhzhia","kherson","crimea"]: ok("moscow","annexed",pl)
for s_ in ["russia","belarus","northkorea","syria","nicaragua","china","india","southafrica","pakistan","ukraine","us","uk","france",
           "switzerland","brazil","moldova","israel"]:
    ok(s_,"member-of","un"); ok(s_,"member-of","unga")
ok("unga","member-of","un"); ok("russia","party-to","uncharter")
# 08 Geneva
r("bessent","leads-delegation","us"); r("greer","leads-delegation","us"); r("helifeng","leads-delegation","china")
r("us","member-of","wto"); r("china","member-of","wto")
for p_,s_ in [("bessent","us"),("greer","us"),("helifeng","china"),("trump","us"),("kellersutter","switzerland"),("parmelin","switzerland"),("okonjoiweala","wto")]:
    r(p_,"holds-office",s_)
r("lichenggang","ambassador-to","wto"); r("cutler","affiliated-with","aspi"); stretch("wangwentao","holds-office","china")
ok("lichenggang","holds-office","china"); ok("cutler","holds-office","aspi")
ok("us","party-to","phase_one"); ok("china","party-to","phase_one")



# Offices the text names as former ('former President X', 'a former foreign minister of Y', 'then-Speaker'):
# issue 11 keeps a former office as an office held, marked former in its role; acceptable here, not gold.
ok("johnson", "holds-office", "uk")
ok("lighthizer", "holds-office", "us")

g.write(
 about="Development gold for tests/dev/articles (8 original wire-style articles on international politics, written for kg's dev set). Same schema and matching rules as seeds.gold.json. Tier 1 = leads-delegation, member-of, annexed; tier 2 = the rest of the schema; tier 3 = stretch (needs coreference or inference).",
 notes=[
  "Must-not (traps): Sweden member-of NATO ('would become a member', 'will become a member'); Ukraine member-of NATO ('if Ukraine joined NATO'); NATO anything from 'Moscow proposed that NATO rule out...'; Boris Johnson holds-office UK ('Former British Prime Minister'); Mahamadou Issoufou holds-office Niger ('former President'); Robert Lighthizer holds-office US ('Former U.S. Trade Representative'); Wendy Cutler holds-office US ('a former U.S. trade negotiator'); Azerbaijan annexed Armenia/southern Armenia ('denies that it intends to annex'); Russia annexed Transnistria ('asked whether Russia intends to annex'); Russia annexed Ukraine; Armenia leaving CSTO is conditional; US party-to INF or Open Skies and Russia party-to Open Skies (withdrew/left); Li Chenggang or Wang Wentao leads-delegation (they joined the delegation); Macron/G7 proposals; EU member-of G7 is only acceptable ('also attends').",
  "Bazoum (overthrown) and Tiani (coup leader) holding office in Niger are neutral, not gold.",
  "Photo captions with credits, dateline agencies (Reuters, AP), 'Advertisement' and 'Related Articles' are debris: none may become nodes."])
