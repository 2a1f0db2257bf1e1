"""Text reader, round 11b: error classes of holdout18 and holdout19 in agreements and
institution countries, each rule checked on a text written for it in other wording, with other
countries and names.

Classes: countries (the hosts a delegation visits are in the country its visit went to, never in
the visitors' own; "…, signed on the <demonym> side" closes a sentence of that side's names; "a
delegation of <demonym> doctors headed by the rector of X" places X; "the <demonym> institute"
refers to the near institution already of that country, not to another of the same head noun; "…
signed documents with Turkish partners" places the partner of a party a city in its name places
elsewhere, though another Turkish institution is placed already); agreements ("approved the text
of a memorandum", "agreed in principle on the text of …": settled wording, no signed document);
signing dates ("Both were signed on …", "All three documents were signed on …" near the
documents told one by one or listed; "The ceremony took place on …" after one document; a
"Source | 11.12.2024" or "2025.04.02" byline gives the year; "During the visit, a memorandum …
was signed" takes the day the visit was told with; an "Ankara – 21.05.2025 – Ministry …" byline
gives the year); signatories ("President A and the chairman of X, B, signed"; of several
documents one institution signed with several partners at once, each partner's signer signed the
one with that partner, its own signer each; "The programme was signed on the first day of the
forum by A and B" goes on with the programme just named); events ("the X–Y Liver Webinar
Series"; "the annual conference of X University "<title>"").
"""

from __future__ import annotations

from medcoop.loaders.text import extract


def countries(text: str) -> dict[str, str | None]:
    return {i.name: i.country for i in extract(text).institutions}


def test_hosts_of_a_visit_are_in_the_country_it_went_to() -> None:
    text = (
        "Georgian surgeons visit Yerevan\n\n"
        "On 3 May a delegation of Tbilisi State Medical University arrived in Yerevan for a "
        "three-day working visit. Armenia was represented at the talks by its deputy minister. "
        "The Georgian delegation visited the Erebuni Medical Center, where its director, "
        "Armen Sargsyan, showed the guests the new operating rooms."
    )
    assert countries(text)["Erebuni Medical Center"] == "AM"


def test_hosts_are_never_in_the_visitors_country() -> None:
    text = (
        "Georgian surgeons on a study tour\n\n"
        "After a visit to Georgia by the Ministry of Health of Armenia last year, a delegation "
        "of the Ministry of Health of Georgia came in return. On 3 May the Georgian delegation "
        "visited the Erebuni Medical Center, where its director, Armen Sargsyan, showed the "
        "guests the new operating rooms."
    )
    assert countries(text)["Erebuni Medical Center"] is None


def test_guests_received_at_a_host_abroad() -> None:
    text = (
        "Kazakh delegation in Malaysia\n\n"
        "A delegation of Astana Medical University paid a working visit to Malaysia on "
        "10-12 March. In Kuala Lumpur, the Kazakh guests were received at the Sunway Medical "
        "Centre by its chief executive, Dr Lee Wen Hui."
    )
    assert countries(text)["Sunway Medical Centre"] == "MY"


def test_a_sentence_that_closes_with_one_side() -> None:
    text = (
        "Riga, 14 May 2025\n\n"
        "The Latvian Ministry of Health and partners from Norway met in Riga. The memorandums "
        "were signed by the rector of Riga Stradins University, Aigars Petersons. Dr Ola "
        "Nordmann, Director of Haukeland Clinic, and Dr Kari Berg, Chairman of Sorlandet "
        "Clinic, signed on the Norwegian side."
    )
    got = countries(text)
    assert (got["Haukeland Clinic"], got["Sorlandet Clinic"]) == ("NO", "NO")


def test_delegation_of_demonym_doctors_headed_by() -> None:
    text = (
        "On 2 June the Minister of Health of Mongolia received a delegation of Korean doctors "
        "and nurses headed by the president of Inha Medical University, Professor Park Min. "
        "The parties discussed training."
    )
    assert countries(text)["Inha Medical University"] == "KR"


def test_demonym_reference_to_the_placed_institution() -> None:
    text = (
        "On 5 May a memorandum was signed between the Scientific Institute of Cardiology of "
        "the Ministry of Health and the Spanish Hospital Clinic de Barcelona. It was signed by "
        "Dr Juan Lopez, director of the Spanish hospital's cardiology department, and Kamal "
        "Aliyev. Azerbaijani and Spanish doctors will train together."
    )
    got = countries(text)
    assert got["Scientific Institute of Cardiology of the Ministry of Health"] != "ES"


def test_approved_text_of_a_memorandum_is_not_signed() -> None:
    text = (
        "Minsk, 3 March 2025\n\n"
        "The ministers also approved the text of a memorandum of understanding between "
        "Belarusian State Medical University and Tashkent Pediatric Medical Institute. The "
        "rectors will put their names to it in the autumn."
    )
    assert extract(text).agreements == []


def test_agreed_in_principle_on_the_text() -> None:
    text = (
        "Minsk, 3 March 2025\n\n"
        "Belarusian State Medical University and Samarkand State Medical University agreed in "
        "principle on the text of a memorandum on student exchanges."
    )
    assert extract(text).agreements == []


def dates(text: str) -> dict[tuple[str, ...], str | None]:
    f = extract(text)
    names = {i.id: i.name for i in f.institutions}
    return {tuple(sorted(names[p] for p in a.parties)): a.date for a in f.agreements}


def test_one_day_for_the_documents_told_one_by_one() -> None:
    text = (
        "Vilnius University signs two documents\n"
        "12.05.2024\n\n"
        "Vilnius University concluded two new documents. Both were signed in Vilnius on "
        "9 May 2024 during the Baltic Health Week.\n\n"
        "The first, an agreement on student exchange, was signed with Riga Stradins University "
        "by the rector, Rimvydas Petrauskas.\n\n"
        "The second is a memorandum with the University of Tartu. It was signed by Ona "
        "Kaziene, Vice-Rector of Vilnius University, and Toomas Asser, Rector of the "
        "University of Tartu."
    )
    assert dates(text) == {
        ("Riga Stradins University", "Vilnius University"): "2024-05-09",
        ("University of Tartu", "Vilnius University"): "2024-05-09",
    }


def test_all_listed_documents_signed_on_one_day() -> None:
    text = (
        "Ministry of Health of Mongolia | 03.07.2025\n\n"
        "The National Cancer Center of Mongolia concluded memorandums of understanding with:\n"
        "– Asan Medical Center;\n"
        "– Samsung Medical Center.\n\n"
        "All the documents were signed in Seoul on 1 July by the director of the centre."
    )
    assert dates(text) == {
        ("Asan Medical Center", "National Cancer Center of Mongolia"): "2025-07-01",
        ("National Cancer Center of Mongolia", "Samsung Medical Center"): "2025-07-01",
    }


def test_the_ceremony_took_place_on() -> None:
    text = (
        "Published: 20 March 2023\n\n"
        "Ilia State University and the University of Bern have signed a memorandum of "
        "understanding on public health research.\n\n"
        "The ceremony took place on 17 March at the university in Tbilisi."
    )
    assert dates(text) == {("Ilia State University", "University of Bern"): "2023-03-17"}



def signers(text: str) -> dict[tuple[str, ...], list[str]]:
    f = extract(text)
    names = {i.id: i.name for i in f.institutions}
    who = {p.id: p.name for p in f.people}
    return {
        tuple(sorted(names[p] for p in a.parties)): [who[x] for x in a.signatories]
        for a in f.agreements
    }


def test_east_asian_dotted_iso_date_gives_the_year() -> None:
    text = (
        "Asan Medical Center signs MOU with a Mongolian hospital\n"
        "2024.09.12  Asan Medical Center, Public Relations Team\n\n"
        "Asan Medical Center signed a memorandum of understanding with the First Central "
        "Hospital of Mongolia on 10 September."
    )
    assert dates(text) == {
        ("Asan Medical Center", "First Central Hospital of Mongolia"): "2024-09-10"
    }


def test_title_then_apposed_name_before_the_verb() -> None:
    text = (
        "Samsung Medical Center (SMC) signed a memorandum of understanding with the National "
        "Cancer Center of Mongolia on 2 May 2024. SMC President Park Seung-woo and the "
        "director general of the Mongolian centre, Batbayar Dorj, signed the agreement."
    )
    assert signers(text) == {
        ("National Cancer Center of Mongolia", "Samsung Medical Center"): [
            "Park Seung-woo",
            "Batbayar Dorj",
        ]
    }


def test_each_partner_signs_its_own_document() -> None:
    text = (
        "Ministry of Health of Kazakhstan | 20.11.2024\n\n"
        "During the visit to Seoul, the National Scientific Oncology Center concluded "
        "memorandums of understanding with:\n"
        "– Asan Medical Center;\n"
        "– Samsung Medical Center.\n\n"
        "Both documents were signed in Seoul on 18 November by the director of the centre, "
        "Professor Dauren Abenov. Dr. Kim Min-jae, President of Asan Medical Center, and Dr. "
        "Lee Ji-hoon, President of Samsung Medical Center, signed on the Korean side."
    )
    assert signers(text) == {
        ("Asan Medical Center", "National Scientific Oncology Center"): [
            "Dauren Abenov",
            "Kim Min-jae",
        ],
        ("National Scientific Oncology Center", "Samsung Medical Center"): [
            "Dauren Abenov",
            "Lee Ji-hoon",
        ],
    }


def event_names(text: str) -> list[list[str]]:
    return [[e.name, *e.aliases] for e in extract(text).events]


def test_a_series_is_a_named_event() -> None:
    text = (
        "Almaty, 10.02.2021\n\n"
        "Kazakh National Medical University and Charles University have launched the "
        "Kazakhstan–Czech Cardiology Webinar Series, six online lectures for residents."
    )
    assert event_names(text) == [["Kazakhstan–Czech Cardiology Webinar Series"]]


def test_whose_conference_then_its_title() -> None:
    text = (
        "Bishkek, 5 May 2023. The 40th annual conference of Kyrgyz State Medical Academy "
        "\"Surgery Today: Practice and Research\" was held on 3–4 May."
    )
    assert event_names(text) == [
        [
            "Surgery Today: Practice and Research",
            'annual conference of Kyrgyz State Medical Academy "Surgery Today: Practice and '
            'Research"',
        ]
    ]


def test_the_programme_was_signed_on_the_first_day_of_the_forum() -> None:
    text = (
        "Tashkent, 20 April 2024\n\n"
        "On 17–18 April Tashkent hosted the Central Asian Forum on Cardiology. The main result "
        "of the forum was a programme of cooperation between the National Cardiology Center "
        "of Kyrgyzstan and the Republican Cardiology Center of Uzbekistan. The programme was "
        "signed on the first day of the forum by the director of the Bishkek centre, Aibek "
        "Toktogulov, and by the director of the Tashkent centre, Professor Ravshan Aliev."
    )
    f = extract(text)
    who = {p.id: p.name for p in f.people}
    assert [([who[x] for x in a.signatories], a.date) for a in f.agreements] == [
        (["Aibek Toktogulov", "Ravshan Aliev"], "2024-04-17")
    ]


def test_partners_of_a_named_country_though_one_is_placed() -> None:
    text = (
        "Kazakh universities sign documents with Turkish partners in Ankara\n\n"
        "At the congress, Kazakh medical universities signed four documents with Turkish "
        "partners. Astana Medical University signed a memorandum with the Hacettepe "
        "University of Turkey. In addition, Karaganda Medical University and Baskent "
        "University signed an agreement on student exchange."
    )
    got = countries(text)
    assert (got["Baskent University"], got["Karaganda Medical University"]) == ("TR", "KZ")


def test_two_countries_named_between_places_the_counterpart() -> None:
    text = (
        "Kazan, 4 June 2024\n\n"
        "Three documents on cooperation between the Russian city of Kazan and the Kingdom of "
        "Bahrain were signed today. Kazan State Medical University and King Hamad University "
        "Hospital concluded an agreement on residency training. The Ministry of Health of the "
        "Kingdom of Bahrain welcomed it."
    )
    assert countries(text)["King Hamad University Hospital"] == "BH"


def test_during_the_visit_told_the_paragraph_before() -> None:
    text = (
        "Baku – 14.03.2025 – Ministry of Health of the Republic of Azerbaijan\n\n"
        "On 11 March the ministers signed a plan of cooperation between the Ministry of "
        "Health of the Republic of Azerbaijan and the Ministry of Health of Georgia.\n\n"
        "On 12 March a delegation of Georgian doctors visited the Central Clinical Hospital "
        "of Baku.\n\n"
        "During the visit, a memorandum of understanding between the Central Clinical Hospital "
        "of Baku and the Tbilisi Heart Centre was signed by its director, Elnur Guliyev."
    )
    f = extract(text)
    names = {i.id: i.name for i in f.institutions}
    got = {tuple(sorted(names[p] for p in a.parties)): a.date for a in f.agreements}
    assert got[("Central Clinical Hospital of Baku", "Tbilisi Heart Centre")] == "2025-03-12"
