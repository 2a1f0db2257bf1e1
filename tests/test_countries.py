"""Tests for the country and city gazetteer (medcoop.countries and medcoop/data/*.csv)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from medcoop import countries as gz
from medcoop.countries import (
    City,
    Country,
    GazetteerError,
    UnknownCountryError,
    cities,
    city_country,
    countries,
    country,
    country_lookup,
    is_country_code,
    normalize_key,
)

QID_RE = re.compile(r"^Q[1-9][0-9]*$")

KNOWN_QIDS = {
    "KZ": "Q232",
    "TJ": "Q863",
    "UZ": "Q265",
    "KG": "Q813",
    "TM": "Q874",
    "RU": "Q159",
    "DE": "Q183",
    "US": "Q30",
    "GB": "Q145",
    "FR": "Q142",
    "IT": "Q38",
    "CN": "Q148",
    "JP": "Q17",
    "IN": "Q668",
    "KR": "Q884",
    "TR": "Q43",
    "IR": "Q794",
    "AE": "Q878",
    "VN": "Q881",
    "GH": "Q117",
    "IL": "Q801",
}

COUNTRY_HEADER = "code,name,wikidata,names,demonyms\n"
CITY_HEADER = "name,country,aliases\n"


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- shipped data


def test_codes_match_pycountry() -> None:
    pycountry = pytest.importorskip("pycountry")
    expected = {c.alpha_2 for c in pycountry.countries}
    assert len(expected) == 249
    assert set(countries()) == expected
    assert len(countries()) == 249


def test_rows_are_consistent() -> None:
    for code, entry in countries().items():
        assert isinstance(entry, Country)
        assert entry.code == code
        assert re.fullmatch(r"[A-Z]{2}", code)
        assert entry.name and entry.name == entry.name.strip()


def test_qids_match_pattern_and_are_unique() -> None:
    qids = [c.wikidata for c in countries().values() if c.wikidata is not None]
    assert all(QID_RE.fullmatch(q) for q in qids)
    assert len(qids) == len(set(qids))
    # Nearly every code has a confirmed QID; the few gaps are documented in the CSV review.
    assert len(qids) >= 240


@pytest.mark.parametrize(("code", "qid"), sorted(KNOWN_QIDS.items()))
def test_known_qids(code: str, qid: str) -> None:
    assert country(code).wikidata == qid
    assert country(code).wikidata_iri == f"http://www.wikidata.org/entity/{qid}"


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("RU", "Russia"),
        ("KR", "South Korea"),
        ("KP", "North Korea"),
        ("IR", "Iran"),
        ("VN", "Vietnam"),
        ("TR", "Turkey"),
        ("GB", "United Kingdom"),
        ("US", "United States"),
        ("TW", "Taiwan"),
        ("MD", "Moldova"),
        ("TZ", "Tanzania"),
        ("SY", "Syria"),
        ("LA", "Laos"),
        ("BO", "Bolivia"),
        ("VE", "Venezuela"),
        ("KZ", "Kazakhstan"),
    ],
)
def test_news_style_names(code: str, name: str) -> None:
    assert country(code).name == name


@pytest.mark.parametrize(
    ("label", "code"),
    [
        ("kazakh", "KZ"),
        ("Kazakhstani", "KZ"),
        ("tajik", "TJ"),
        ("Uzbek", "UZ"),
        ("Kyrgyz", "KG"),
        ("Kirghiz", "KG"),
        ("Turkmen", "TM"),
        ("korean", "KR"),
        ("South Korean", "KR"),
        ("North Korean", "KP"),
        ("Russian", "RU"),
        ("German", "DE"),
        ("Indian", "IN"),
        ("Italian", "IT"),
        ("Emirati", "AE"),
        ("British", "GB"),
        ("Ghanaian", "GH"),
        ("Iranian", "IR"),
        ("Vietnamese", "VN"),
        ("Taiwanese", "TW"),
        ("Israeli", "IL"),
        ("Turkish", "TR"),
        ("Chinese", "CN"),
        ("Japanese", "JP"),
        ("Belarusian", "BY"),
        ("Azerbaijani", "AZ"),
        ("Armenian", "AM"),
        ("Georgian", "GE"),
        ("Mongolian", "MN"),
        ("Afghan", "AF"),
        ("Pakistani", "PK"),
        ("Saudi", "SA"),
        ("Qatari", "QA"),
        ("Egyptian", "EG"),
        ("Republic of Kazakhstan", "KZ"),
        ("Kyrgyz Republic", "KG"),
        ("Russian Federation", "RU"),
        ("Islamic Republic of Iran", "IR"),
        ("Republic of Korea", "KR"),
        ("Korea", "KR"),
        ("UK", "GB"),
        ("Great Britain", "GB"),
        ("USA", "US"),
        ("UAE", "AE"),
        ("Türkiye", "TR"),
        ("Turkiye", "TR"),
        ("Socialist Republic of Vietnam", "VN"),
        ("Viet Nam", "VN"),
        ("Kirghizia", "KG"),
        ("Kazakstan", "KZ"),
        ("Tadjikistan", "TJ"),
        ("  kazakhstan ", "KZ"),
    ],
)
def test_country_lookup(label: str, code: str) -> None:
    assert country_lookup()[normalize_key(label)] == code


def test_lookup_is_complete_and_unambiguous() -> None:
    lookup = country_lookup()
    for entry in countries().values():
        for label in entry.labels():
            assert lookup[normalize_key(label)] == entry.code, label


def test_lookup_leaves_out_ambiguous_and_unsafe_keys() -> None:
    lookup = country_lookup()
    for key in ("congo", "congolese", "us", "dominican", "america", "arab", "kz", "in", "it"):
        assert key not in lookup, key


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Dushanbe", "TJ"),
        ("Nur-Sultan", "KZ"),
        ("Samarkand", "UZ"),
        ("astana", "KZ"),
        ("Tselinograd", "KZ"),
        ("Toshkent", "UZ"),
        ("Bishkek", "KG"),
        ("Ashgabat", "TM"),
        ("Karagandy", "KZ"),
        ("St. Petersburg", "RU"),
        ("Saint Petersburg", "RU"),
        ("Kiev", "UA"),
        ("Saigon", "VN"),
        ("Heidelberg", "DE"),
        ("Rostock", "DE"),
        ("Huddersfield", "GB"),
        ("Tabriz", "IR"),
        ("Mashhad", "IR"),
        ("Daegu", "KR"),
        ("Incheon", "KR"),
        ("Busan", "KR"),
        ("Seoul", "KR"),
        ("Dushanbeh", "TJ"),
    ],
)
def test_city_lookup(name: str, code: str) -> None:
    assert city_country(name) == code


def test_city_lookup_unknown_and_skipped_names() -> None:
    assert city_country("Atlantis") is None
    # Deliberately absent: ambiguous between countries, or equal to a country name.
    for name in ("Hyderabad", "Singapore", "Luxembourg", "Oral"):
        assert city_country(name) is None, name


def test_central_asian_regional_centres_present() -> None:
    expected = {
        "KZ": "Almaty Astana Shymkent Karaganda Aktobe Uralsk Semey Pavlodar Kostanay Atyrau "
        "Aktau Turkistan Taraz Kyzylorda Kokshetau Petropavl Oskemen Taldykorgan Konaev "
        "Zhezkazgan",
        "UZ": "Tashkent Samarkand Bukhara Andijan Namangan Fergana Nukus Karshi Termez Urgench "
        "Khiva Jizzakh Navoi Gulistan Nurafshon",
        "KG": "Bishkek Osh Jalal-Abad Karakol Naryn Talas Batken",
        "TJ": "Dushanbe Khujand Bokhtar Kulob Khorog",
        "TM": "Ashgabat Turkmenabat Mary Dashoguz Balkanabat Arkadag",
    }
    for code, names in expected.items():
        for name in names.split():
            assert city_country(name) == code, name


def test_every_city_has_a_known_country_and_no_key_is_shared() -> None:
    table = cities()
    for key, city in table.items():
        assert isinstance(city, City)
        assert is_country_code(city.country)
        assert key in {normalize_key(label) for label in city.labels()}
    assert not set(table) & set(country_lookup())


def test_tables_are_cached() -> None:
    assert countries() is countries()
    assert cities() is cities()
    assert country_lookup() is country_lookup()


# --------------------------------------------------------------------------- API errors


def test_unknown_code_raises() -> None:
    with pytest.raises(UnknownCountryError, match=r"unknown country code 'XX'.*such as KZ"):
        country("XX")
    with pytest.raises(ValueError):
        country("Kazakhstan")


def test_lower_case_code_gets_a_hint() -> None:
    with pytest.raises(UnknownCountryError, match="did you mean 'KZ'"):
        country("kz")


def test_is_country_code() -> None:
    assert is_country_code("KZ")
    assert not is_country_code("kz")
    assert not is_country_code("XX")
    assert not is_country_code("KAZ")
    assert not is_country_code(None)


# --------------------------------------------------------------------------- loader validation


def test_parse_small_countries_file(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "c.csv",
        COUNTRY_HEADER + "KZ,Kazakhstan,Q232,Republic of Kazakhstan,Kazakh|Kazakhstani\n"
        "AQ,Antarctica,,,\n",
    )
    table = gz._parse_countries(path)
    assert table["KZ"].demonyms == ("Kazakh", "Kazakhstani")
    assert table["AQ"].wikidata is None
    assert table["AQ"].names == ()


def test_clash_between_countries_is_rejected(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "clash.csv",
        COUNTRY_HEADER + "KR,South Korea,Q884,Korea,Korean\n"
        "KP,North Korea,Q423,Korea,North Korean\n",
    )
    with pytest.raises(GazetteerError, match=r"clash\.csv:3: 'Korea' would name both KR"):
        gz._parse_countries(path)


def test_clash_between_name_and_demonym_is_rejected(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "clash.csv",
        COUNTRY_HEADER + "CG,Republic of the Congo,Q971,,Congolese\nCD,DR Congo,Q974,,congolese\n",
    )
    with pytest.raises(GazetteerError, match="both CG"):
        gz._parse_countries(path)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("KZ,Kazakhstan,Q232,\n", r"bad\.csv:2: expected 5 columns"),
        ("KZ,Kazakhstan,Q232,,,extra\n", r"bad\.csv:2: expected 5 columns"),
        ("kz,Kazakhstan,Q232,,\n", r"bad\.csv:2: bad country code 'kz'"),
        ("KAZ,Kazakhstan,Q232,,\n", r"bad\.csv:2: bad country code 'KAZ'"),
        ("KZ,Kazakhstan,232,,\n", r"bad\.csv:2: bad Wikidata QID '232'"),
        ("KZ,Kazakhstan,Q0232,,\n", r"bad\.csv:2: bad Wikidata QID 'Q0232'"),
        ("KZ,,Q232,,\n", r"bad\.csv:2: country KZ has an empty name"),
        ("KZ,Kazakhstan,Q232,,Kazakh||Kazakhstani\n", r"bad\.csv:2: empty entry in 'demonyms'"),
        ("KZ,Kazakhstan,Q232,,\nKZ,Kazakhstan,Q233,,\n", r"bad\.csv:3: duplicate country code KZ"),
        ("KZ,Kazakhstan,Q232,,\nUZ,Uzbekistan,Q232,,\n", r"bad\.csv:3: .*Q232.*already used by KZ"),
        ('KZ,"Kazakh\n', r"bad\.csv:\d+: CSV syntax error"),
    ],
)
def test_malformed_country_rows(tmp_path: Path, body: str, message: str) -> None:
    path = write(tmp_path, "bad.csv", COUNTRY_HEADER + body)
    with pytest.raises(GazetteerError, match=message):
        gz._parse_countries(path)


def test_bad_header_and_empty_file(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match=r"h\.csv:1: header must be code,name"):
        gz._parse_countries(write(tmp_path, "h.csv", "code,name\nKZ,Kazakhstan\n"))
    with pytest.raises(GazetteerError, match=r"e\.csv:1: file is empty"):
        gz._parse_countries(write(tmp_path, "e.csv", ""))
    with pytest.raises(GazetteerError, match="no country rows"):
        gz._parse_countries(write(tmp_path, "n.csv", COUNTRY_HEADER))


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "u.csv"
    path.write_bytes(COUNTRY_HEADER.encode() + b"KZ,Kaz\xffkhstan,Q232,,\n")
    with pytest.raises(GazetteerError, match=r"u\.csv:2: not valid UTF-8"):
        gz._parse_countries(path)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("Dushanbe,XX,\n", r"cities\.csv:2: city 'Dushanbe' has unknown country code 'XX'"),
        ("Dushanbe,TJ\n", r"cities\.csv:2: expected 3 columns"),
        (",TJ,\n", r"cities\.csv:2: city with an empty name"),
        ("Astana,KZ,\nKhujand,TJ,Astana\n", r"cities\.csv:3: 'Astana' of Khujand, TJ clashes"),
        ("Astana,KZ,\nAstana,KZ,\n", r"cities\.csv:3: 'Astana' of Astana, KZ clashes"),
    ],
)
def test_malformed_city_rows(tmp_path: Path, body: str, message: str) -> None:
    known = gz._parse_countries(
        write(tmp_path, "c.csv", COUNTRY_HEADER + "KZ,Kazakhstan,Q232,,\nTJ,Tajikistan,Q863,,\n")
    )
    path = write(tmp_path, "cities.csv", CITY_HEADER + body)
    with pytest.raises(GazetteerError, match=message):
        gz._parse_cities(path, known)


def test_parse_small_cities_file(tmp_path: Path) -> None:
    known = gz._parse_countries(write(tmp_path, "c.csv", COUNTRY_HEADER + "KZ,Kazakhstan,,,\n"))
    path = write(tmp_path, "cities.csv", CITY_HEADER + "Astana,KZ,Nur-Sultan|Akmola\n\n")
    table = gz._parse_cities(path, known)
    assert set(table) == {"astana", "nur-sultan", "akmola"}
    assert table["akmola"] == City("Astana", "KZ", ("Nur-Sultan", "Akmola"))
