"""Generates dev.gold.json (the hand-annotated gold for tests/dev/articles). Edit here, then run: python tests/dev/make_gold.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
E=[]
def ent(i,t,*al): E.append({"id":i,"type":t,"aliases":list(al)})
P="person"; O="organisation"; S="state"; T="treaty"; L="place"
# persons
ent("haavisto",P,"Pekka Haavisto","Haavisto")
ent("blinken",P,"Antony Blinken","Blinken","Antony J. Blinken","Tony Blinken")
ent("niinisto",P,"Sauli Niinisto","Niinisto","Sauli Niinistö","Niinistö")
ent("kristersson",P,"Ulf Kristersson","Kristersson")
ent("stoltenberg",P,"Jens Stoltenberg","Stoltenberg")
ent("erdogan",P,"Tayyip Erdogan","Erdogan","Recep Tayyip Erdogan","Erdoğan","Recep Tayyip Erdoğan")
ent("orban",P,"Viktor Orban","Orban","Viktor Orbán","Orbán")
ent("peskov",P,"Dmitry Peskov","Peskov","Dmitri Peskov")
ent("grushko",P,"Alexander Grushko","Grushko","Aleksandr Grushko")
ent("zelenskiy",P,"Volodymyr Zelenskiy","Zelenskiy","Volodymyr Zelensky","Zelensky","Volodymyr Zelenskyy","Zelenskyy")
ent("kishida",P,"Fumio Kishida","Kishida")
ent("biden",P,"Joe Biden","Biden","Joseph Biden","Joseph R. Biden")
ent("scholz",P,"Olaf Scholz","Scholz")
ent("colonna",P,"Catherine Colonna","Colonna")
ent("macron",P,"Emmanuel Macron","Macron")
ent("trudeau",P,"Justin Trudeau","Trudeau")
ent("vonderleyen",P,"Ursula von der Leyen","von der Leyen","Von der Leyen")
ent("michel",P,"Charles Michel","Michel")
ent("wangwenbin",P,"Wang Wenbin")
ent("johnson",P,"Boris Johnson","Johnson")
ent("thomasgreenfield",P,"Linda Thomas-Greenfield","Thomas-Greenfield")
ent("nebenzia",P,"Vassily Nebenzia","Nebenzia","Vasily Nebenzya","Vassily Nebenzya")
ent("zhangjun",P,"Zhang Jun")
ent("baeriswyl",P,"Pascale Baeriswyl","Baeriswyl")
ent("guterres",P,"Antonio Guterres","Guterres","António Guterres")
ent("dujarric",P,"Stephane Dujarric","Dujarric","Stéphane Dujarric")
ent("griffiths",P,"Martin Griffiths","Griffiths")
ent("sabbagh",P,"Bassam Sabbagh","Sabbagh")
ent("assad",P,"Bashar al-Assad","Assad","al-Assad","Bashar Assad")
ent("aliyev",P,"Ilham Aliyev","Aliyev")
ent("hajiyev",P,"Hikmet Hajiyev","Hajiyev")
ent("pashinyan",P,"Nikol Pashinyan","Pashinyan")
ent("zakharova",P,"Maria Zakharova","Zakharova")
ent("miller",P,"Matthew Miller")
ent("vartanyan",P,"Olesya Vartanyan","Vartanyan")
ent("mirzoyan",P,"Ararat Mirzoyan","Mirzoyan")
ent("bazoum",P,"Mohamed Bazoum","Bazoum")
ent("tinubu",P,"Bola Tinubu","Tinubu","Bola Ahmed Tinubu")
ent("touray",P,"Omar Touray","Touray","Omar Alieu Touray")
ent("tiani",P,"Abdourahamane Tiani","Tiani","General Abdourahamane Tiani","Abdourahmane Tiani")
ent("issoufou",P,"Mahamadou Issoufou","Issoufou")
ent("ouattara",P,"Alassane Ouattara","Ouattara")
ent("laessing",P,"Ulf Laessing","Laessing")
ent("vines",P,"Alex Vines","Vines")
ent("obasi",P,"Nnamdi Obasi","Obasi")
ent("putin",P,"Vladimir Putin","Putin")
ent("ryabkov",P,"Sergei Ryabkov","Ryabkov","Sergey Ryabkov")
ent("kimball",P,"Daryl Kimball","Kimball")
ent("kristensen",P,"Hans Kristensen","Kristensen")
ent("kyslytsya",P,"Sergiy Kyslytsya","Kyslytsya","Serhiy Kyslytsya")
ent("lavrov",P,"Sergei Lavrov","Lavrov","Sergey Lavrov")
ent("kuleba",P,"Dmytro Kuleba","Kuleba")
ent("bessent",P,"Scott Bessent","Bessent")
ent("greer",P,"Jamieson Greer","Greer")
ent("helifeng",P,"He Lifeng")
ent("trump",P,"Donald Trump","Trump","Donald J. Trump")
ent("kellersutter",P,"Karin Keller-Sutter","Keller-Sutter")
ent("parmelin",P,"Guy Parmelin","Parmelin")
ent("lichenggang",P,"Li Chenggang")
ent("wangwentao",P,"Wang Wentao")
ent("okonjoiweala",P,"Ngozi Okonjo-Iweala","Okonjo-Iweala")
ent("cutler",P,"Wendy Cutler","Cutler")
ent("lighthizer",P,"Robert Lighthizer","Lighthizer")
# organisations
ent("nato",O,"NATO","Nato","North Atlantic Treaty Organization","North Atlantic Treaty Organisation")
ent("eu",O,"European Union","EU","E.U.")
ent("fidesz",O,"Fidesz","Fidesz party")
ent("g7",O,"G7","G-7","Group of Seven","Group of 7")
ent("ec",O,"European Commission")
ent("ecouncil",O,"European Council")
ent("unsc",O,"U.N. Security Council","UN Security Council","Security Council","United Nations Security Council","UNSC")
ent("un",O,"United Nations","U.N.","UN")
ent("unga",O,"U.N. General Assembly","UN General Assembly","General Assembly","United Nations General Assembly","UNGA")
ent("csto",O,"Collective Security Treaty Organization","Collective Security Treaty Organisation","CSTO")
ent("icg",O,"International Crisis Group","Crisis Group","ICG")
ent("ecowas",O,"Economic Community of West African States","ECOWAS")
ent("ecowas_commission",O,"ECOWAS Commission")
ent("kas",O,"Konrad Adenauer Foundation","Konrad Adenauer Stiftung","Konrad-Adenauer-Stiftung")
ent("chatham",O,"Chatham House","Royal Institute of International Affairs")
ent("aca",O,"Arms Control Association")
ent("fas",O,"Federation of American Scientists")
ent("wto",O,"World Trade Organization","World Trade Organisation","WTO")
ent("aspi",O,"Asia Society Policy Institute","Asia Society")
# states
for i,*al in [("finland","Finland","Republic of Finland"),("sweden","Sweden"),("russia","Russia","Russian Federation"),
  ("turkey","Turkey","Türkiye","Turkiye"),("hungary","Hungary"),("us","United States","United States of America","US","U.S.","USA","America"),
  ("ukraine","Ukraine"),("japan","Japan"),("germany","Germany"),("uk","Britain","United Kingdom","UK","U.K.","Great Britain"),
  ("france","France"),("italy","Italy"),("canada","Canada"),("china","China","People's Republic of China"),("syria","Syria"),
  ("switzerland","Switzerland"),("brazil","Brazil"),("azerbaijan","Azerbaijan"),("armenia","Armenia"),("niger","Niger"),
  ("nigeria","Nigeria"),("senegal","Senegal"),("ivorycoast","Ivory Coast","Cote d'Ivoire","Côte d'Ivoire"),("benin","Benin"),
  ("mali","Mali"),("burkinafaso","Burkina Faso"),("belarus","Belarus"),("northkorea","North Korea","Democratic People's Republic of Korea","DPRK"),
  ("nicaragua","Nicaragua"),("india","India"),("southafrica","South Africa"),("pakistan","Pakistan"),("israel","Israel"),("moldova","Moldova")]:
    ent(i,S,*al)
# treaties
ent("newstart",T,"New START","New START treaty","New Strategic Arms Reduction Treaty","strategic offensive arms treaty")
ent("inf",T,"Intermediate-Range Nuclear Forces Treaty","INF Treaty","1987 Intermediate-Range Nuclear Forces Treaty","INF")
ent("openskies",T,"Open Skies Treaty","Treaty on Open Skies")
ent("npt",T,"Treaty on the Non-Proliferation of Nuclear Weapons","Non-Proliferation Treaty","Nuclear Non-Proliferation Treaty","NPT")
ent("uncharter",T,"U.N. Charter","UN Charter","United Nations Charter","Charter of the United Nations")
# places
ent("karabakh",L,"Nagorno-Karabakh","Karabakh","Nagorno-Karabakh region","Nagorno Karabakh")
ent("nakhchivan",L,"Nakhchivan","Nakhchivan exclave","Nakhichevan")
ent("donetsk",L,"Donetsk","Donetsk region","Donetsk Oblast")
ent("luhansk",L,"Luhansk","Luhansk region","Luhansk Oblast","Lugansk")
ent("zaporizhzhia",L,"Zaporizhzhia","Zaporizhzhia region","Zaporizhzhia Oblast","Zaporizhia","Zaporozhye")
ent("kherson",L,"Kherson","Kherson region","Kherson Oblast")
ent("crimea",L,"Crimea","Crimean peninsula","Crimean Peninsula","Crimea peninsula")
ent("golan",L,"Golan Heights","Golan")
ent("transnistria",L,"Transnistria","Trans-Dniester","Transdniestria")

allowed=[]
def al(i,*a): allowed.append({"id":i,"aliases":list(a)})
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

forbidden=[
 {"id":"credit_reuters","aliases":["Reuters"]},
 {"id":"credit_ap","aliases":["AP","Associated Press"]},
 {"id":"credit_ota","aliases":["Kiyoshi Ota","Kiyoshi Ota/Pool Photo via AP"]},
 {"id":"credit_pool","aliases":["Pool","Pool Photo","Pool Photo via AP"]},
 {"id":"credit_hamidou","aliases":["Mahamadou Hamidou","Mahamadou Hamidou/Reuters"]},
 {"id":"junk","aliases":["Advertisement","Related Articles"]},
]

R=[]
def r(t,s,rel,tg): R.append({"tier":t,"source":s,"relation":rel,"target":tg})
A=[]
def a(s,rel,tg): A.append({"source":s,"relation":rel,"target":tg})
# 01 Finland/NATO
r(1,"finland","member-of","nato"); r(1,"finland","member-of","eu"); r(1,"sweden","member-of","eu")
r(2,"sweden","seeks-membership","nato"); r(2,"ukraine","seeks-membership","nato")
for p_,s_ in [("haavisto","finland"),("blinken","us"),("niinisto","finland"),("kristersson","sweden"),("stoltenberg","nato"),
              ("erdogan","turkey"),("orban","hungary"),("grushko","russia")]: r(2,p_,"holds-office",s_)
r(2,"orban","affiliated-with","fidesz"); r(2,"peskov","spokesperson-for","russia")
a("turkey","member-of","nato"); a("hungary","member-of","nato"); a("us","member-of","nato")
a("finland","seeks-membership","nato"); a("peskov","spokesperson-for","kremlin"); a("peskov","spokesperson-for","putin")
a("peskov","holds-office","russia"); a("orban","holds-office","fidesz")
# 02 G7
for s_ in ["us","japan","germany","uk","france","italy","canada"]: r(1,s_,"member-of","g7")
for p_,s_ in [("zelenskiy","ukraine"),("kishida","japan"),("biden","us"),("scholz","germany"),
              ("colonna","france"),("macron","france"),("trudeau","canada"),("vonderleyen","ec"),("michel","ecouncil")]: r(2,p_,"holds-office",s_)
r(2,"wangwenbin","spokesperson-for","china")
a("eu","member-of","g7"); a("vonderleyen","holds-office","eu"); a("michel","holds-office","eu")
a("ec","member-of","eu"); a("ecouncil","member-of","eu")
a("wangwenbin","spokesperson-for","chinese_mfa"); a("wangwenbin","spokesperson-for","foreign_ministry"); a("zakharova","spokesperson-for","foreign_ministry"); a("bessent","holds-office","treasury"); a("sunak","holds-office","uk"); a("meloni","holds-office","italy"); a("wangwenbin","holds-office","china")
# 03 UNSC
for s_ in ["switzerland","russia","china","us","uk","france"]: r(1,s_,"member-of","unsc")
for p_ in ["thomasgreenfield","nebenzia","zhangjun","baeriswyl","sabbagh"]: r(2,p_,"ambassador-to","un"); a(p_,"ambassador-to","unsc")
for p_,s_ in [("thomasgreenfield","us"),("nebenzia","russia"),("zhangjun","china"),("baeriswyl","switzerland"),("sabbagh","syria")]: a(p_,"holds-office",s_)
r(2,"guterres","holds-office","un"); r(2,"dujarric","spokesperson-for","guterres"); r(2,"griffiths","holds-office","un"); r(2,"assad","holds-office","syria")
a("dujarric","spokesperson-for","un"); a("dujarric","holds-office","un"); a("brazil","member-of","unsc"); a("unsc","member-of","un")
# 04 Karabakh
r(2,"karabakh","part-of","azerbaijan"); r(1,"armenia","member-of","csto")
for p_,s_ in [("aliyev","azerbaijan"),("pashinyan","armenia"),("mirzoyan","armenia")]: r(2,p_,"holds-office",s_)
r(2,"zakharova","spokesperson-for","russia"); r(2,"miller","spokesperson-for","us"); r(2,"vartanyan","affiliated-with","icg")
r(3,"nakhchivan","part-of","azerbaijan")
a("hajiyev","holds-office","azerbaijan"); a("zakharova","spokesperson-for","russian_mfa"); a("zakharova","holds-office","russia")
a("miller","spokesperson-for","state_department"); a("miller","holds-office","us"); a("vartanyan","holds-office","icg"); a("russia","member-of","csto")
# 05 Niger
for s_ in ["nigeria","senegal","ivorycoast","benin","mali","burkinafaso"]: r(1,s_,"member-of","ecowas")
r(2,"tinubu","holds-office","nigeria"); r(2,"touray","holds-office","ecowas_commission"); r(2,"ouattara","holds-office","ivorycoast")
for p_,o_ in [("laessing","kas"),("vines","chatham"),("obasi","icg")]: r(2,p_,"affiliated-with",o_); a(p_,"holds-office",o_)
a("tinubu","holds-office","ecowas"); a("touray","holds-office","ecowas"); a("ecowas_commission","member-of","ecowas")
a("bazoum","holds-office","niger"); a("tiani","holds-office","niger"); a("niger","member-of","ecowas")
# 06 New START
r(2,"russia","party-to","newstart"); r(2,"us","party-to","newstart"); r(2,"russia","party-to","npt"); r(2,"us","party-to","npt")
r(1,"uk","member-of","nato"); r(1,"france","member-of","nato")
for p_,s_ in [("putin","russia"),("ryabkov","russia")]: r(2,p_,"holds-office",s_)
r(2,"kimball","affiliated-with","aca"); r(2,"kristensen","affiliated-with","fas")
a("kimball","holds-office","aca"); a("kristensen","holds-office","fas"); a("russia","party-to","inf")
# 07 UNGA annexation
for pl in ["donetsk","luhansk","zaporizhzhia","kherson"]: r(1,"russia","annexed",pl); r(2,pl,"part-of","ukraine")
r(1,"russia","annexed","crimea"); r(2,"crimea","part-of","ukraine"); r(1,"israel","annexed","golan"); r(2,"transnistria","part-of","moldova")
r(2,"kyslytsya","ambassador-to","un"); r(2,"lavrov","holds-office","russia"); r(2,"kuleba","holds-office","ukraine")
a("kyslytsya","ambassador-to","unga"); a("nebenzia","ambassador-to","unga"); a("kyslytsya","holds-office","ukraine")
a("golan","part-of","syria"); a("uncharter","establishes","un")
for pl in ["donetsk","luhansk","zaporizhzhia","kherson","crimea"]: a("moscow","annexed",pl)
for s_ in ["russia","belarus","northkorea","syria","nicaragua","china","india","southafrica","pakistan","ukraine","us","uk","france",
           "switzerland","brazil","moldova","israel"]:
    a(s_,"member-of","un"); a(s_,"member-of","unga")
a("unga","member-of","un"); a("russia","party-to","uncharter")
# 08 Geneva
r(1,"bessent","leads-delegation","us"); r(1,"greer","leads-delegation","us"); r(1,"helifeng","leads-delegation","china")
r(1,"us","member-of","wto"); r(1,"china","member-of","wto")
for p_,s_ in [("bessent","us"),("greer","us"),("helifeng","china"),("trump","us"),("kellersutter","switzerland"),("parmelin","switzerland"),("okonjoiweala","wto")]:
    r(2,p_,"holds-office",s_)
r(2,"lichenggang","ambassador-to","wto"); r(2,"cutler","affiliated-with","aspi"); r(3,"wangwentao","holds-office","china")
a("lichenggang","holds-office","china"); a("cutler","holds-office","aspi")
a("us","party-to","phase_one"); a("china","party-to","phase_one")

# sanity
ids={e["id"] for e in E}; aids={x["id"] for x in allowed}
for x in R+A:
    for k in ("source","target"):
        assert x[k] in ids or x[k] in aids, x
seen=set()
for x in R:
    key=(x["source"],x["relation"],x["target"]); assert key not in seen,key; seen.add(key)
A=[x for x in A if (x["source"],x["relation"],x["target"]) not in seen]
assert len(ids)==len(E)
gold={
 "about":"Development gold for tests/dev/articles (8 original wire-style articles on international politics, written for kg's dev set). Same schema and matching rules as seeds.gold.json. Tier 1 = leads-delegation, member-of, annexed; tier 2 = the rest of the schema; tier 3 = stretch (needs coreference or inference).",
 "documents":sorted(os.listdir(os.path.join(HERE,'articles'))),
 "entities":E,"allowed":allowed,"forbidden":forbidden,"relations":R,"acceptable_relations":A,
 "notes":[
  "Must-not (traps): Sweden member-of NATO ('would become a member', 'will become a member'); Ukraine member-of NATO ('if Ukraine joined NATO'); NATO anything from 'Moscow proposed that NATO rule out...'; Boris Johnson holds-office UK ('Former British Prime Minister'); Mahamadou Issoufou holds-office Niger ('former President'); Robert Lighthizer holds-office US ('Former U.S. Trade Representative'); Wendy Cutler holds-office US ('a former U.S. trade negotiator'); Azerbaijan annexed Armenia/southern Armenia ('denies that it intends to annex'); Russia annexed Transnistria ('asked whether Russia intends to annex'); Russia annexed Ukraine; Armenia leaving CSTO is conditional; US party-to INF or Open Skies and Russia party-to Open Skies (withdrew/left); Li Chenggang or Wang Wentao leads-delegation (they joined the delegation); Macron/G7 proposals; EU member-of G7 is only acceptable ('also attends').",
  "Bazoum (overthrown) and Tiani (coup leader) holding office in Niger are neutral, not gold.",
  "Photo captions with credits, dateline agencies (Reuters, AP), 'Advertisement' and 'Related Articles' are debris: none may become nodes."]
}
json.dump(gold,open(os.path.join(HERE,'dev.gold.json'),'w'),indent=1,ensure_ascii=False)
print(len(E),len(R),len(A))
