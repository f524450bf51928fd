"""member-of from the attendance of an organisation's leaders' meeting (kg/relations/attendance.py),
on sentences written for the test and the real model."""

from __future__ import annotations

import pytest

from conftest import assert_sentence, model_triples

pytestmark = pytest.mark.model

SUMMIT = "The summit of the Economic Community of West African States opened in Abuja. "


def _members(extractor, text):
    return {t for t in model_triples(extractor, text) if t[1] == "member-of"}


def test_the_states_whose_heads_attend_an_organisations_summit_are_its_members(extractor):
    text = SUMMIT + "The summit was attended by President of Ghana John Mensah and President of Senegal Pierre Ndiaye."
    assert {("state:ghana", "member-of", "org:ecowas"), ("state:senegal", "member-of", "org:ecowas")} <= _members(extractor, text)


def test_observers_and_guests_at_the_summit_are_not_members(extractor):
    text = SUMMIT + "The summit was attended by President of Israel David Levi, a special guest of the leaders."
    assert ("state:israel", "member-of", "org:ecowas") not in _members(extractor, text)
    text = SUMMIT + "Observer states attended too: President of Morocco Karim Alaoui took part."
    assert ("state:morocco", "member-of", "org:ecowas") not in _members(extractor, text)


def test_no_members_when_the_meeting_is_of_no_one_organisation(extractor):
    text = ("Leaders of the African Union and of the Economic Community of West African States held a summit. "
            "The summit was attended by President of Ghana John Mensah.")
    assert not _members(extractor, text)


def test_a_leader_who_attends_in_passing_is_no_list_of_attendees(extractor):
    text = SUMMIT + "Prime Minister of Ghana John Mensah, attending his first summit, offered to host the next one."
    assert ("state:ghana", "member-of", "org:ecowas") not in _members(extractor, text)


def test_a_list_of_leaders_under_a_line_of_attendance(extractor):
    text = ("The Supreme Council held its session in Doha with the participation of Their Majesties and Highnesses:\n\n"
            "His Majesty King Hamad bin Isa Al Khalifa\nKing of the Kingdom of Bahrain\n\n"
            "His Highness Shaikh Mohamed bin Zayed Al Nahyan\nPresident of the United Arab Emirates\n\n"
            "The Secretary General of the Gulf Cooperation Council also took part.")
    assert {("state:bahrain", "member-of", "org:gcc"), ("state:united-arab-emirates", "member-of", "org:gcc")} <= _members(extractor, text)


def test_a_permanent_representative_speaks_for_a_member_but_an_ambassador_to_the_bloc_may_not(extractor):
    text = "The new Permanent Representative of Barbados to the Organization of American States (OAS), Victor Hall, spoke."
    assert ("state:barbados", "member-of", "org:oas") in _members(extractor, text)
    text = "The US Ambassador to the African Union, Jane Smith, met officials."
    assert not _members(extractor, text)


def test_the_presidents_of_listed_states_taking_part_and_a_territory_passed_over(extractor):
    text = ("An informal meeting of the heads of the member countries of the Collective Security Treaty Organization "
            "will take place in Minsk. The presidents of Belarus, Kazakhstan and Armenia will take part in the meeting.")
    assert {("state:belarus", "member-of", "org:csto"), ("state:kazakhstan", "member-of", "org:csto"),
            ("state:armenia", "member-of", "org:csto")} <= _members(extractor, text)
    text = ("The Pacific Islands Forum Leaders meeting ended in Apia. It was attended by Heads of State and Government "
            "from the Republic of Nauru, Niue, Palau and Tuvalu.")
    assert {("state:nauru", "member-of", "org:pacific-islands-forum"),
            ("state:tuvalu", "member-of", "org:pacific-islands-forum")} <= _members(extractor, text)


def test_part_of_something_is_no_attendance(extractor):
    text = SUMMIT + "President of Ghana John Mensah said the region was part of a wider market."
    assert ("state:ghana", "member-of", "org:ecowas") not in _members(extractor, text)


def test_leaders_listed_after_the_leaders_of_an_organisations_member_states(extractor):
    text = ("The Presidents of MERCOSUR Member States, Mauricio Macri, of the Argentine Republic; Michel Temer, of the "
            "Federative Republic of Brazil, and the President of the Plurinational State of Bolivia, Evo Morales, met.")
    found = _members(extractor, text)
    assert {("state:argentina", "member-of", "org:mercosur"), ("state:brazil", "member-of", "org:mercosur")} <= found
    assert ("state:bolivia", "member-of", "org:mercosur") not in found


def test_ministers_listed_each_with_their_title_after_the_member_states(extractor):
    # "The Foreign Ministers of the BIMSTEC Member States i.e. A, Minister ... of X, B, ...": each name's
    # own title follows it; the list ends where a verb takes over
    text = ("The Foreign Ministers of the SAARC Member States, namely Rahim Karimi, Minister for Foreign Affairs of "
            "Afghanistan, Sonam Wangdi, Minister for Foreign Affairs of Bhutan, and Aishath Nasheed, Minister of "
            "Foreign Affairs of Maldives, attended the session.")
    found = _members(extractor, text)
    assert {("state:afghanistan", "member-of", "org:saarc"), ("state:maldives", "member-of", "org:saarc")} <= found
    text = ("The Foreign Ministers of the SAARC Member States met Hiro Tanaka, Minister for Foreign Affairs of Japan, "
            "and Li Wei, Minister of Foreign Affairs of China.")
    found = _members(extractor, text)
    assert not {t for t in found if t[0] in ("state:japan", "state:china")}


def test_the_states_parties_of_the_organisation_of_the_summit(extractor):
    text = ("Mercosur held its summit in Brasilia. It was attended by the representatives of the States "
            "Parties Argentina, Brazil and Uruguay, and associated States Chile and Peru.")
    found = _members(extractor, text)
    assert ("state:uruguay", "member-of", "org:mercosur") in found and ("state:chile", "member-of", "org:mercosur") not in found
    assert not _members(extractor, "The States Parties to the Chemical Weapons Convention met in The Hague.")


def test_an_organisation_named_only_inside_another_bodys_name_holds_no_summit(extractor):
    text = ("The consultative meeting of Central Asian leaders will be attended by the Presidents of Kenya William Ruto "
            "and Uganda Yoweri Museveni, as well as the head of the UN Regional Centre for East Africa, Mary Otieno.")
    assert not {t for t in _members(extractor, text) if t[2] == "org:united-nations"}
    # the same meeting of a bloc the article names on its own is still read
    text = ("The heads of state of the East African Community met in Arusha. The meeting was attended by the Presidents "
            "of Kenya William Ruto and Uganda Yoweri Museveni, as well as the head of the UN Regional Centre, Mary Otieno.")
    assert ("state:kenya", "member-of", "org:east-african-community") in _members(extractor, text)


def test_a_summit_named_by_the_organisations_organ(extractor):
    text = ("The 9th Ordinary Session of the IGAD Assembly of Heads of State and Government was held in Nairobi and was "
            "attended by: H.E. John Okello, President of the Republic of Uganda; H.E. Ali Warsame, President of the "
            "Republic of Djibouti.")
    assert {("state:uganda", "member-of", "org:igad"), ("state:djibouti", "member-of", "org:igad")} <= _members(extractor, text)
    text = ("The 9th Ordinary Session of the IGAD Secretariat staff was held in Nairobi and was attended by: "
            "H.E. John Okello, President of the Republic of Uganda.")
    assert not _members(extractor, text)


def test_a_list_of_members_in_attendance_runs_to_the_end_of_its_paragraph(extractor):
    text = ("The Thirtieth Regular Meeting of the Conference of Heads of Government of the Caribbean Community (CARICOM) "
            "was held in Kingston. Members of the Conference in attendance were: Honourable Kai Brown, Prime Minister "
            "of Antigua and Barbuda; Honourable Mia Grant, Prime Minister of the Republic of Barbados; Dr the "
            "Honourable Ralph Cole, Prime Minister of St Vincent and the Grenadines.\n"
            "Dr Vince Hall, Minister of Foreign Affairs, represented the Commonwealth of Dominica.")
    got = _members(extractor, text)
    assert {("state:antigua-and-barbuda", "member-of", "org:caricom"), ("state:barbados", "member-of", "org:caricom"),
            ("state:saint-vincent-and-the-grenadines", "member-of", "org:caricom"),
            ("state:dominica", "member-of", "org:caricom")} <= got


def test_a_state_that_takes_or_hands_over_a_rotating_chair_is_a_member(extractor):
    text = ("The Dominican Republic assumed the Pro Tempore Presidency (PPT) of the Central American Integration System "
            "on Thursday. Haiti took over the chairmanship of CARICOM from Saint Lucia.")
    got = _members(extractor, text)
    assert {("state:dominican-republic", "member-of", "org:sica"), ("state:haiti", "member-of", "org:caricom"),
            ("state:saint-lucia", "member-of", "org:caricom")} <= got
    text = "Kenya did not take over the chairmanship of the African Union. Ruth Otieno took the chair of IGAD."
    assert not _members(extractor, text)


def test_leaders_at_a_funeral_are_no_summits_members(extractor):
    # a funeral, a wedding, an inauguration the leaders attended is no meeting of the bloc named beside it
    text = ("More than 100 dignitaries attended the funeral, including British Prime Minister Anne Hall and Kenyan "
            "President John Otieno. The late leader co-founded the Non-Aligned Movement and hosted its summit.")
    assert not _members(extractor, text)
    text = ("The summit of the Non-Aligned Movement was attended by British Prime Minister Anne Hall and Kenyan "
            "President John Otieno.")
    assert ("state:kenya", "member-of", "org:non-aligned-movement") in _members(extractor, text)


def test_the_chair_of_a_body_the_text_does_not_tie_to_an_organisation_makes_no_member(extractor):
    # "hand over the Presidency of the Committee of Ministers": a body of some organisation, not a bloc
    text = "Ireland will hand over the Presidency of the Committee of Ministers to Italy in May."
    assert not _members(extractor, text)
    text = "Ireland will hand over the chairmanship of CARICOM to Jamaica in May."
    assert ("state:jamaica", "member-of", "org:caricom") in _members(extractor, text)


def test_a_leader_who_hands_over_a_rotating_chair_stands_for_the_state_of_their_office(extractor):
    text = ("Argentine President Alberto Fernandez handed over the pro tempore presidency of CELAC on Tuesday to the Prime "
            "Minister of Saint Vincent and the Grenadines, Ralph Gonsalves.")
    assert {("state:argentina", "member-of", "org:celac"), ("state:saint-vincent-and-the-grenadines", "member-of", "org:celac")} \
        <= _members(extractor, text)
    # the organisation before the chair noun; "turned over" it, not "turned" it into something else
    assert ("state:singapore", "member-of", "org:asean") in _members(extractor, "The Philippines turns over the ASEAN chairmanship to Singapore.")
    assert not _members(extractor, "Critics say Jakarta turned the ASEAN chairmanship into a stage for Indonesia.")
    # a person with no state's office stands for no state
    assert not _members(extractor, "Maria Lopez handed over the presidency of CELAC to Jose Diaz on Tuesday.")


def test_the_person_who_takes_or_hands_over_a_bloc_s_chair_holds_or_held_it(extractor):
    from conftest import model_triples
    got = model_triples(extractor, "President Ali Hassan handed over the chairmanship of the East African Community to "
                                   "Grace Wanjiru on Saturday.")
    assert {("person:grace wanjiru", "holds-office", "org:east-african-community"), ("person:ali hassan", "holds-office", "org:east-african-community")} <= got, got
    got = model_triples(extractor, "The East African Community summit ended in Arusha. President Ali Hassan handed over "
                                   "the regional bloc's chairmanship to Grace Wanjiru, who has been elected to lead the EAC until 2027.")
    assert ("person:grace wanjiru", "holds-office", "org:east-african-community") in got, got
    got = model_triples(extractor, "Grace Wanjiru was elected to lead the East African Community for a year.")
    assert ("person:grace wanjiru", "holds-office", "org:east-african-community") in got, got
    # a hope, a refusal, a future: nobody holds anything
    got = model_triples(extractor, "The East African Community summit ended in Arusha. Grace Wanjiru hopes to be elected to "
                                   "lead the EAC. Ali Hassan refused to hand over the chairmanship to Wanjiru.")
    assert not {t for t in got if t[1] == "holds-office"}, got
    # a body that is no bloc: leading it is no chair of a bloc
    got = model_triples(extractor, "Grace Wanjiru was elected to lead the Kenya Airways board.")
    assert not {t for t in got if t[1] == "holds-office" and t[2] == "org:east-african-community"}, got


def test_a_state_or_its_leader_described_as_a_bloc_s_chair_is_a_member(extractor):
    got = _members(extractor, "Thailand, the current chair of BIMSTEC, has proposed to host the next summit in Bangkok.")
    assert ("state:thailand", "member-of", "org:bimstec") in got
    got = _members(extractor, "Bhutan's foreign minister met Thai Foreign Minister Somchai Preecha (current BIMSTEC chair) in Delhi.")
    assert ("state:thailand", "member-of", "org:bimstec") in got
    # a chair of a count of members: "of the 15-member Caribbean Community"
    got = _members(extractor, "Haiti's President Michel Joseph has taken over the chairmanship of the 15-member Caribbean Community.")
    assert ("state:haiti", "member-of", "org:caricom") in got
    # a person with no state's office chairs for no state; an organisation's own officials are no member states
    assert not _members(extractor, "John Smith, the chair of IGAD, spoke in Nairobi on Monday.")


def test_a_state_that_holds_the_presidency_of_an_unknown_organisation_is_its_member(extractor):
    got = _members(extractor, "Niger took over the presidency of the Sahel Union on Monday.")
    assert ("state:niger", "member-of", "org:sahel union") in got
    assert not _members(extractor, "Maria Lopez assumed the presidency of the Lima Chess Federation.")


def test_a_person_who_chaired_a_bloc_held_its_chair(extractor):
    from conftest import model_triples
    got = model_triples(extractor, "President Ahmed Bello, who chaired ECOWAS from July 2023 to July 2025, stayed home.")
    assert ("person:ahmed bello", "holds-office", "org:ecowas") in got, got
    got = model_triples(extractor, "Macky Sall chairs the African Union this year.")
    assert ("person:macky sall", "holds-office", "org:african-union") in got, got
    # a meeting chaired, or a chair to come, is no office of the bloc
    got = model_triples(extractor, "Macky Sall chaired the ECOWAS summit in Abuja. Grace Wanjiru will chair the African Union next year.")
    assert not {t for t in got if t[1] == "holds-office" and t[2] in ("org:ecowas", "org:african-union")}, got


def test_a_nationality_before_community_names_no_known_bloc(extractor):
    """ "the Mexican community's presidency" after the Caribbean Community was named is not
    CARICOM's chair: a nationality names some other community."""
    got = _members(extractor, "Leaders of the Caribbean Community met in Lima. The ministry said it would transfer the Mexican "
                              "community's temporary presidency to Argentina.")
    assert ("state:argentina", "member-of", "org:caricom") not in got, got
    got = _members(extractor, "Leaders of the Caribbean Community met in Lima. The ministry said Jamaica took over the "
                              "community's presidency from Haiti.")
    assert ("state:jamaica", "member-of", "org:caricom") in got, got


def test_heads_named_by_title_alone_and_ministers_from_states_attend_as_members(extractor):
    text = ("The Pacific Islands Forum Foreign Ministers Meeting was held in Apia. The Meeting was attended by the President of Kiribati, the Premier of Niue, the Deputy Prime Minister of Tonga, "
        "and Ministers from Fiji, Samoa and Tuvalu.")
    got = _members(extractor, text)
    for state in ("kiribati", "niue", "tonga", "fiji", "samoa", "tuvalu"):
        assert (f"state:{state}", "member-of", "org:pacific-islands-forum") in got, state


def test_a_head_named_along_with_the_members_is_not_one_of_them(extractor):
    text = ("The summit of the Association of Southeast Asian Nations opened in Jakarta. Nine Heads of State of ASEAN attended "
            "the meeting, along with the Minister of Foreign Affairs of Laos, as well as the Prime Minister of Timor-Leste.")
    got = _members(extractor, text)
    assert ("state:east-timor", "member-of", "org:asean") not in got and ("state:timor-leste", "member-of", "org:asean") not in got


def test_a_first_attendance_is_no_sign_of_membership(extractor):
    text = ("Ministers of NATO met in Brussels for a meeting of NATO ministers of foreign affairs. "
            "Prime Minister of Montenegro Dragan Vukic will participate for the first time in the meeting.")
    assert ("state:montenegro", "member-of", "org:nato") not in _members(extractor, text)
    text = ("Ministers of NATO met in Brussels for a meeting of NATO ministers of foreign affairs. "
            "Prime Minister of Montenegro Dragan Vukic participated in the meeting.")
    assert ("state:montenegro", "member-of", "org:nato") in _members(extractor, text)


def test_ministers_attending_an_organisations_ministerial_council_stand_for_member_states(extractor):
    text = ("The Ministerial Council of the Gulf Cooperation Council held its 160th session in Riyadh, with the participation of:\n"
            "His Excellency Mr Rashid bin Khalid Al Nuaimi,\nMinister of Foreign Affairs of the Kingdom of Bahrain\n"
            "His Excellency Shaikh Nasser Fahad Al Sabah,\nMinister of Foreign Affairs of the State of Kuwait\n"
            "The meeting issued the following statement.")
    got = model_triples(extractor, text)
    assert {("person:rashid bin khalid al nuaimi", "holds-office", "state:bahrain"),
            ("person:nasser fahad al sabah", "holds-office", "state:kuwait")} <= got
    assert {("state:bahrain", "member-of", "org:gcc"), ("state:kuwait", "member-of", "org:gcc")} <= got


def test_ministers_at_a_leaders_summit_do_not_stand_for_members(extractor):
    text = (SUMMIT + "The summit was attended by Minister of Foreign Affairs of Morocco Karim Alaoui and "
            "Minister of Trade of Japan Kenji Sato.")
    got = _members(extractor, text)
    assert ("state:morocco", "member-of", "org:ecowas") not in got and ("state:japan", "member-of", "org:ecowas") not in got


def test_ministers_and_ambassadors_from_states_each_followed_by_a_name(extractor):
    text = ("The IGAD Council of Ministers met in Djibouti. The Council Meeting was attended by Ministers and Ambassadors from "
            "the Republic of Kenya, H.E Amina Wanjiru Otieno, the Republic of Uganda, H.E Samuel Okello Mugisha and the "
            "Republic of Sudan, H.E Kamal Hassan Idris.")
    got = model_triples(extractor, text)
    for state in ("kenya", "uganda", "sudan"):
        assert (f"state:{state}", "member-of", "org:igad") in got, state
    assert ("person:amina wanjiru otieno", "holds-office", "state:kenya") in got


MEETING = "Delegations of COMESA states gathered in Lusaka for the Intergovernmental Committee meeting. "


@pytest.mark.parametrize("text, present, absent", [
    (MEETING + "The meeting was attended by Kenya, Malawi and Zambia.",
     {"state:kenya", "state:malawi", "state:zambia"}, set()),
    (MEETING + "Delegations in attendance include Egypt, Rwanda and Uganda.",
     {"state:egypt", "state:rwanda", "state:uganda"}, set()),
    (MEETING + "The meeting was attended by Kenya and Malawi. Norway and Japan attended as observers.",
     {"state:kenya", "state:malawi"}, {"state:norway", "state:japan"}),
    (MEETING + "The meeting was attended by Kenya and by partners France and Japan.",
     set(), {"state:kenya", "state:france", "state:japan"}),  # partners in the sentence: nothing from it
    ("Delegations of Kenya and Malawi met in Lusaka. The meeting was attended by Zambia.",
     set(), {"state:zambia"}),  # a meeting of no organisation
], ids=["attended-by", "in-attendance-include", "observers-apart", "partners", "no-organisation"])
def test_states_attending_an_organisations_meeting_in_their_own_name_are_members(extractor, text, present, absent):
    found = {s for s, _, o in _members(extractor, text) if o == "org:comesa"}
    assert present <= found and not (absent & found), found


def test_a_former_head_who_came_along_with_the_members_makes_no_member(extractor):
    text = SUMMIT + ("The summit was attended by President of Ghana John Mensah and President of Senegal Pierre Ndiaye, "
                     "along with ex-President of Kenya Tom Mwangi, who represented the UN.")
    found = _members(extractor, text)
    assert ("state:ghana", "member-of", "org:ecowas") in found and ("state:kenya", "member-of", "org:ecowas") not in found, found


def test_attendance_in_a_paragraph_about_another_organisations_meeting_is_not_the_summits(extractor):
    # a page that reports two meetings: the second paragraph's attendees are not the first bloc's members
    text = ("The council of ministers of the Economic Community of West African States met in Abuja. "
            "Others attending the session were Foreign Minister of Ghana John Mensah and Foreign Minister of Senegal Pierre Ndiaye.\n\n"
            "The council of the Southern African Development Community met in Gaborone in May. "
            "Other member governments were represented by Foreign Minister of Zambia Peter Banda and Foreign Minister of Malawi Grace Phiri.")
    members = _members(extractor, text)
    assert ("state:zambia", "member-of", "org:ecowas") not in members, members
    assert ("state:malawi", "member-of", "org:ecowas") not in members, members


def test_guests_at_an_inauguration_are_no_members_of_the_one_organisation_named(extractor):
    # no meeting is reported: the heads of government who came are guests, not the EU's members
    text = ("Over 20 heads of state graced the inauguration. President John Mensah was sworn in on Tuesday in Accra. "
            "Also in attendance were Prime Minister Ali Zeine of Niger and Prime Minister Amadou Diallo of Mali. "
            "The delegation of the European Union was led by Anna Berg.")
    members = _members(extractor, text)
    assert ("state:niger", "member-of", "org:european-union") not in members, members


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    ("The 44th Pacific Islands Forum was held in Majuro and was attended by Heads of State and Government of Australia, "
     "Kiribati, Nauru, Samoa and Tonga.", {("state:kiribati", "member-of", "org:pacific-islands-forum"), ("state:tonga", "member-of", "org:pacific-islands-forum")}, set()),
    ("Croatia became the 28th EU member state in 2013. The ceremony was attended by leaders of Austria, Slovenia and Hungary.",
     set(), {("state:slovenia", "member-of", "org:eu")}),
], ids=["numbered-forum", "numbered-member-state"])
def test_an_organisation_numbered_as_its_meetings_is_a_meeting(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.parametrize("text, present, absent", [
    # an ordinal in words numbers the meeting as well as "28th" does
    ("The Thirty-First Pacific Islands Forum was held in Apia and was attended by Heads of Government and "
     "representatives of Fiji, Tonga and Tuvalu.", {"state:fiji", "state:tonga", "state:tuvalu"}, set()),
    # the national delegations of states at the one organisation's session
    ("The 40th Plenary Session of the Inter-Parliamentary Union was held in Geneva. The national delegations of "
     "Chile, Kenya and Norway took part in it.", {"state:chile", "state:kenya", "state:norway"}, set()),
    # representatives who came as guests are no members
    ("The Thirty-First Pacific Islands Forum was held in Apia. Representatives of Japan and France attended as guests.",
     set(), {"state:japan", "state:france"}),
])
def test_ordinals_in_words_and_delegations_of_states_at_a_session(extractor, text, present, absent):
    found = {t[0] for t in _members(extractor, text)}
    assert present <= found and not (absent & found)


def test_present_at_the_summit_were_and_a_list_of_lines_each_with_its_stop(extractor):
    text = (SUMMIT + "Present at the Summit were the following Heads of State and Government:\n"
            "H.E. Jean KOFFI, President of the Republic of Benin.\n"
            "H.E. Amadou DIALLO, President of the Republic of Senegal.\n"
            "H.E. Kwesi MENSAH, President of the Republic of Ghana.\n"
            "The Summit was also attended by:\n"
            "H.E. Paul OKAFOR, former President of the Republic of Liberia.\n")
    found = {t[0] for t in _members(extractor, text)}
    assert {"state:benin", "state:senegal", "state:ghana"} <= found
    assert "state:liberia" not in found  # a former president who came beside the members


def test_the_present_situation_is_no_attendance(extractor):
    text = SUMMIT + "The present situation in Chad worried President of Ghana John Mensah, who spoke to reporters."
    assert ("state:ghana", "member-of", "org:ecowas") not in _members(extractor, text)


def test_the_leaders_attending_the_summit_are_a_list_of_heads(extractor):
    text = ("Leaders of SAARC met in Kathmandu. Other leaders of the eight member alliance attending the Summit are "
            "Karim Rahman, President of Afghanistan, and Rajan Shah, Prime Minister of India.")
    found = {t[0] for t in _members(extractor, text)}
    assert {"state:afghanistan", "state:india"} <= found
    text = "Leaders of SAARC met in Kathmandu. Prime Minister of India Rajan Shah, attending his first summit, offered to host it."
    assert not _members(extractor, text)


def test_presidents_of_member_states_attending_include(extractor):
    text = (SUMMIT + "Presidents of member-states attending the meeting include Ali Bako of Niger; Jean Kone of Ivory Coast and "
            "Kofi Mensah of Ghana.")
    found = {t[0] for t in _members(extractor, text)}
    assert {"state:ivory-coast", "state:ghana"} <= found


@pytest.mark.parametrize("text, absent", [
    # delegations that are not said to be the members' own may be guests
    ("NATO leaders met at the summit in Brussels. Delegations from Russia and China attended the meeting.", "state:russia"),
    # "also present" adds guests to the members
    ("The AU summit opened in Addis Ababa. Also present at the summit were the presidents of Turkey and Brazil.", "state:turkey"),
], ids=["delegations-from", "also-present"])
def test_guests_among_those_present_are_not_members(extractor, text, absent):
    assert absent not in {t[0] for t in _members(extractor, text)}


def test_leaders_who_also_attended_are_beside_the_members(extractor):
    text = (SUMMIT + "Leaders of Ghana, Senegal and Niger attended. Leaders from Japan, India and Brazil also attended the summit.")
    found = {t[0] for t in _members(extractor, text)}
    assert "state:ghana" in found and "state:japan" not in found, found


def test_heads_of_states_who_also_attended_are_members(extractor):
    text = (SUMMIT + "The presidents of Ghana, Senegal and Niger also attended the summit.")
    assert "state:ghana" in {t[0] for t in _members(extractor, text)}


def test_heads_met_on_the_sidelines_are_not_members(extractor):
    text = ("Leaders of the Pacific Alliance held their summit in Lima. The president attended the summit and held bilateral "
            "meetings with the Presidents of Brazil, Michel Torres; and of Haiti, Jovenel Mwanga.")
    assert ("state:brazil", "member-of", "org:pacific-alliance") not in _members(extractor, text)


def test_talks_before_the_attendance_clause_do_not_set_its_heads_apart(extractor):
    text = ("After talks with Ethiopian Prime Minister Abiy Ahmed, the Presidents of Kenya, Uganda and Somalia attended the IGAD summit.")
    got = _members(extractor, text)
    assert {("state:kenya", "member-of", "org:igad"), ("state:somalia", "member-of", "org:igad")} <= got


@pytest.mark.model
@pytest.mark.parametrize("text, absent, present", [
    # states the text says were invited to the summit are guests, though their leaders attend
    ("The 17th G20 Summit opened in Bali on Tuesday. Besides the G20 leaders, Ukraine and the Republic of Fiji were also invited to "
     "attend the G20 Summit. The summit was attended by President Joko Widodo of Indonesia, President Volodymyr Zelenskyy of "
     "Ukraine and Prime Minister Sitiveni Rabuka of Fiji.", {"state:ukraine", "state:fiji"}, {"state:indonesia"}),
    # an invitation to do something else, or to a state's people, sets no state apart
    ("The 17th G20 Summit opened in Bali on Tuesday. The summit was attended by President Joko Widodo of Indonesia and Prime "
     "Minister Sitiveni Rabuka of Fiji. Fiji was invited to host the next summit, and citizens of Indonesia were invited to apply "
     "for visas.", set(), {"state:indonesia", "state:fiji"}),
    # the host inviting is not invited: the states whose heads attend are read as members
    ("The 17th G20 Summit opened in Bali on Tuesday. Indonesia invited the leaders of all member states. The summit was attended "
     "by President Joko Widodo of Indonesia and Prime Minister Sitiveni Rabuka of Fiji.", set(), {"state:indonesia", "state:fiji"}),
])
def test_states_invited_to_a_summit_are_its_guests(extractor, text, absent, present):
    found = {t[0] for t in _members(extractor, text)}
    assert present <= found and not (absent & found), found


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    # the heads of an organisation's counted member states, listed by their offices: the count is filled
    ("Heads of state of the EAC's three member countries -- President Daniel Moi of Kenya, President Benjamin Mkapa of "
     "Tanzania and President Yoweri Museveni of Uganda -- signed the treaty.",
     {"state:kenya", "state:tanzania", "state:uganda"}, set()),
    # a list shorter than the count is not the members
    ("Heads of state of the EAC's five member countries -- President Daniel Moi of Kenya and President Benjamin Mkapa of "
     "Tanzania -- signed the treaty.", set(), {"state:kenya", "state:tanzania"}),
])
def test_heads_of_counted_member_states_listed(extractor, text, present, absent):
    found = {t[0] for t in _members(extractor, text)}
    assert present <= found and not (absent & found), found
