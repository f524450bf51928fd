"""Offices a clause gives (kg/relations/clause_offices.py), appointments among them, on sentences
written for the test and the real model; the setting's share ("voted for N as Deputy Prime
Minister" in an article about one state) through kg/relations/setting.py."""

from __future__ import annotations

import pytest

from conftest import assert_sentence

pytestmark = pytest.mark.model

CASES = [
    # the subject holds the office the clause gives it
    ("Grace Atieno was appointed Foreign Minister of Kenya in May.", {("person:grace atieno", "holds-office", "state:kenya")}, set()),
    # an appointment: the person appointed, not the one who appoints, holds the office
    ("President Omondi appointed Grace Atieno as Foreign Minister of Kenya.",
     {("person:grace atieno", "holds-office", "state:kenya")}, {("person:~omondi", "holds-office", "state:kenya")}),
    ("Kenya named Grace Atieno foreign minister on Monday.", {("person:grace atieno", "holds-office", "state:kenya")}, set()),
    ("Ghana appointed Kwame Mensah as ambassador to Togo.",
     {("person:kwame mensah", "holds-office", "state:ghana"), ("person:kwame mensah", "ambassador-to", "state:togo")}, set()),
    # "assumed his duties as", "began his term as": an office taken up; not one still to be taken
    ("Ravi Persaud assumed his duties as Suriname's Ambassador to the Netherlands on Monday.",
     {("person:ravi persaud", "holds-office", "state:suriname"), ("person:ravi persaud", "ambassador-to", "state:netherlands")}, set()),
    ("Ravi Persaud will assume his duties as Suriname's Ambassador to the Netherlands next month.", set(),
     {("person:ravi persaud", "holds-office", "state:suriname")}),
    # a title that ends in "general" ("Secretary-General", "Attorney General"), with an ordinal before it
    ("Amina Diallo served as the ninth Secretary-General of the African Union.",
     {("person:amina diallo", "holds-office", "org:african-union")}, set()),
    ("Tomas Berg was Attorney General of Sweden until 2019.", {("person:tomas berg", "holds-office", "state:sweden")}, set()),
    ("Tomas Berg will become Secretary General of NATO next year.", set(),
     {("person:tomas berg", "holds-office", "org:nato")}),
    ("The general was the commander of the army in Sweden.", set(), {("person:~general", "holds-office", "state:sweden")}),
    # an organisation that elects: "its chairman", "chairman of the bloc" is the organisation's office
    ("The Southern African Development Community has elected President Lazarus Banda as its chairman.",
     {("person:lazarus banda", "holds-office", "org:sadc")}, set()),
    ("ECOWAS leaders elected Musa Danjuma as chairman of the bloc on Sunday.",
     {("person:musa danjuma", "holds-office", "org:ecowas")}, set()),
    ("ECOWAS leaders will elect Musa Danjuma as chairman of the bloc on Sunday.", set(),
     {("person:musa danjuma", "holds-office", "org:ecowas")}),
    # the summit body's chair is the organisation's
    ("The Authority of Heads of State and Government of ECOWAS elected Musa Danjuma as its chairman.",
     {("person:musa danjuma", "holds-office", "org:ecowas")}, set()),
    # a nomination, a denial or a meeting gives no office
    ("President Omondi nominated Grace Atieno as Foreign Minister of Kenya.", set(),
     {("person:grace atieno", "holds-office", "state:kenya")}),
    ("President Omondi did not appoint Grace Atieno as Foreign Minister of Kenya.", set(),
     {("person:grace atieno", "holds-office", "state:kenya")}),
    ("President Omondi met Grace Atieno as Foreign Minister of Kenya.", set(),
     {("person:grace atieno", "holds-office", "state:kenya")}),
    # a parliament's vote in an article about one state: the office is that state's, from the setting
    ("Nairobi: The Kenyan Parliament approved the cabinet. It voted in favour of Grace Atieno as Deputy Prime Minister, "
     "and for Peter Kamau as another Deputy Prime Minister. Kenya's president welcomed the vote in Kenya.",
     {("person:grace atieno", "holds-office", "state:kenya"), ("person:peter kamau", "holds-office", "state:kenya")}, set()),
    # a clause that gives an ownerless office ("took over as", "was sworn in as", "has been appointed
    # as") in an article about one state: the office is that state's; not one to come, not a hope,
    # and not a title that ends the sentence before the name ("... as Minister of Health. N said")
    ("Nairobi: Kenya's president reshuffled the Kenyan cabinet. Grace Atieno took over as Minister of Health. "
     "Peter Kamau was sworn in as Minister of Tourism on Tuesday. John Mbeki said the changes were welcome in Kenya.",
     {("person:grace atieno", "holds-office", "state:kenya"), ("person:peter kamau", "holds-office", "state:kenya")},
     {("person:john mbeki", "holds-office", "state:kenya")}),
    ("Nairobi: Kenya's president reshuffled the Kenyan cabinet. Mary Wanjiru will become Minister of Water. "
     "Moses Kuria hopes to become Minister of Sports. Susan Nakhumicha has been appointed as Minister of Lands in Kenya.",
     {("person:susan nakhumicha", "holds-office", "state:kenya")},
     {("person:mary wanjiru", "holds-office", "state:kenya"), ("person:moses kuria", "holds-office", "state:kenya")}),
    # a "President N" of an organisation the text named him for is not the article's state's
    ("Abuja: Nigeria welcomed the envoys to Nigeria. The ECOWAS Commission president Omar Toure received four ambassadors "
     "to Nigeria. President Toure thanked Nigeria.",
     {("person:omar toure", "holds-office", "org:ecowas-commission")}, {("person:omar toure", "holds-office", "state:nigeria")}),
    # who heads, leads or takes the helm at a ministry holds an office of its state (its name's, else
    # the article's); not one who will head it, or works there
    ("Lima: Peru's president named his cabinet in Peru. Rosa Quispe heads the Education Ministry, and Luis Soto takes "
     "the helm at the Ministry of Industry and Trade. Ana Vega will head the Justice Ministry. Juan Paz works at the "
     "Ministry of Finance.",
     {("person:rosa quispe", "holds-office", "state:peru"), ("person:luis soto", "holds-office", "state:peru")},
     {("person:ana vega", "holds-office", "state:peru"), ("person:juan paz", "holds-office", "state:peru")}),
    ("Carlos Ruiz leads the Chilean Health Ministry.", {("person:carlos ruiz", "holds-office", "state:chile")}, set()),
    # the title the subject and the name what it is: "X's new Foreign Minister is N"; not "will be", "is not",
    # or someone else the sentence names
    ("Chile's new Foreign Minister is Ana Rojas, a former trade negotiator.", {("person:ana rojas", "holds-office", "state:chile")}, set()),
    ("Chile's new Foreign Minister will be Ana Rojas.", set(), {("person:ana rojas", "holds-office", "state:chile")}),
    ("Chile's Foreign Minister is not Ana Rojas.", set(), {("person:ana rojas", "holds-office", "state:chile")}),
    ("Chile's Foreign Minister is a friend of Ana Rojas.", set(), {("person:ana rojas", "holds-office", "state:chile")}),
    # a state named beside the article's far less often ("ties between Japan and Russia") leaves the
    # article about Japan; one named nearly as often makes it about both
    ("Tokyo: Japan's prime minister reshuffled the Japanese cabinet on Wednesday. Japan will keep its trade policy, and "
     "Japan's new ministers met in Japan. The cabinet will handle economic ties between Japan and Russia, which Russia "
     "welcomed. Finance Minister Taro Aso kept his post.",
     {("person:taro aso", "holds-office", "state:japan")}, set()),
    ("Tokyo: Japan's prime minister reshuffled the Japanese cabinet on Wednesday. Japan will keep its trade policy, and "
     "Japan's new ministers met in Japan. The cabinet will handle economic ties between Japan and Russia, which Russia, "
     "Russian officials and the Russian envoy welcomed. Finance Minister Taro Aso kept his post.",
     set(), {("person:taro aso", "holds-office", "state:japan")}),
    # portfolios of oil, water and mines are titles too
    ("Kuwaiti Minister of Oil and Minister of Electricity and Water Faisal Al-Ghanim will lead his country's delegation.",
     {("person:faisal al ghanim", "holds-office", "state:kuwait"), ("person:faisal al ghanim", "leads-delegation", "state:kuwait")}, set()),
    ("The meeting was opened by Bahraini Oil Minister Sheikh Salman Al-Khalifa.",
     {("person:salman al khalifa", "holds-office", "state:bahrain")}, set()),
    # an appointment whose title names no owner: the state of the one who appoints, even with the
    # date between the verb and the name
    ("Chilean President Ana Rojas appointed, on Tuesday, Javier Gonzalez-Olmos as the country's new Minister of Foreign Affairs.",
     {("person:javier gonzalez olmos", "holds-office", "state:chile")}, set()),
    ("President Ana Rojas of Chile appointed Javier Gonzalez as foreign minister.",
     {("person:javier gonzalez", "holds-office", "state:chile")}, set()),
    ("Chilean President Ana Rojas said Javier Gonzalez, once a minister, had left.", set(),
     {("person:javier gonzalez", "holds-office", "state:chile")}),
]


@pytest.mark.parametrize("text, present, absent", CASES, ids=[c[0][:40] for c in CASES])
def test_offices_in_clauses(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    # a chamber that confirms or elects someone to an office not its own owns no office
    ("The Senate confirmed Tom Reyes as ambassador to New Zealand.",
     {("person:tom reyes", "ambassador-to", "state:new-zealand")}, {("person:tom reyes", "holds-office", "org:senate")}),
    ("The National Assembly approved Tom Reyes as foreign minister.", set(),
     {("person:tom reyes", "holds-office", "org:national assembly")}),
    # its own chair is its office
    ("The Senate elected Tom Reyes as its president.", {("person:tom reyes", "holds-office", "org:senate")}, set()),
    ("Parliament confirmed Ana Toa as its Secretary General.", {("person:ana toa", "holds-office", "org:parliament")}, set()),
    ("The Senate elected Tom Reyes as majority leader.", {("person:tom reyes", "holds-office", "org:senate")}, set()),
])
def test_a_chamber_that_confirms_owns_no_office(extractor, text, present, absent):
    assert_sentence(extractor, text, present, absent)
