"""The map page in a real browser: Debian's headless Chromium, driven by selenium, offline.

The page is opened from disk with the network switched off (DevTools offline emulation, and
every host name made unresolvable). The tests read the vis DataSets, the console and every
request the page made. They skip, saying why, where Chromium or its driver is not installed
(``apt-get install chromium chromium-driver``).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from medcoop.graph.maps import write_html
from medcoop.graph.network import build_graph
from medcoop.graph.store import Store

from . import chromium
from .chromium import CHROMIUM, DRIVER
from .mapfixture import XSS, XSS_SCRIPT, load_fixture, load_xss

pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is absent: "
                       "apt-get install chromium chromium-driver to run the browser tests"),
    pytest.mark.skipif(not DRIVER.exists(), reason="/usr/bin/chromedriver is absent: "
                       "apt-get install chromium-driver to run the browser tests"),
]


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
    driver = chromium.start(tmp_path_factory.mktemp("chromium-profile"), logs=True)
    try:
        yield driver
    finally:
        driver.quit()


def open_map(driver: Any, page: Path) -> None:
    """Open ``page`` and wait until vis-network has drawn it once."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get_log("browser")  # drop what earlier pages logged
    driver.get_log("performance")
    driver.get(page.as_uri())
    WebDriverWait(driver, 30).until(
        lambda d: d.execute_script("return !!(window.medcoopMap && medcoopMap.firstDraw)"))


def console_errors(driver: Any) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def requested_urls(driver: Any) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def counts(driver: Any) -> list[int]:
    return driver.execute_script(
        "return [medcoopMap.nodes.length, medcoopMap.edges.length,"
        " medcoopMap.nodeView.length, medcoopMap.edgeView.length]")


def test_page_opens_offline_without_errors_and_shows_the_graph(
        browser: Any, store: Store, tmp_path: Path) -> None:
    load_fixture(store)
    page = write_html(build_graph(store), tmp_path / "map.html")
    open_map(browser, page)
    assert console_errors(browser) == []
    assert [u for u in requested_urls(browser) if not u.startswith(("file:", "data:"))] == []
    assert counts(browser) == [5, 7, 5, 7]
    labels = browser.execute_script(
        "return medcoopMap.nodes.get().map(function (n) { return n.label; }).sort()")
    assert labels == ["Almaty City Hospital", "Astana Medical University",
                      "Dushanbe Research Centre", "Mystery Foundation", "Seoul Clinic"]
    legend = browser.execute_script(
        "return document.getElementById('legend-countries').innerText")
    assert legend.splitlines() == ["Kazakhstan (KZ) (2)", "South Korea (KR) (1)",
                                   "Tajikistan (TJ) (1)", "unknown country (1)"]


def test_country_filter_and_name_search(browser: Any, store: Store, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    load_fixture(store)
    open_map(browser, write_html(build_graph(store), tmp_path / "map.html"))
    Select(browser.find_element(By.ID, "country")).select_by_value("TJ")
    # Tajikistan's one institution and its three partners; the edges that touch it.
    assert counts(browser)[2:] == [4, 3]
    assert browser.find_element(By.ID, "status").text == "1 selected, 4 with their partners"
    browser.find_element(By.ID, "reset").click()
    assert counts(browser)[2:] == [5, 7]
    browser.find_element(By.ID, "find").send_keys("clinic")
    WebDriverWait(browser, 5).until(
        lambda d: d.find_element(By.ID, "status").text == "1 found")
    selected = browser.execute_script(
        "return medcoopMap.network.getSelectedNodes().map("
        "function (id) { return medcoopMap.nodes.get(id).label; })")
    assert selected == ["Seoul Clinic"]
    browser.find_element(By.ID, "only").click()
    assert counts(browser)[2:] == [5, 4]  # Seoul Clinic and its four partners
    assert console_errors(browser) == []


def test_country_map_in_the_browser(browser: Any, store: Store, tmp_path: Path) -> None:
    load_fixture(store)
    open_map(browser, write_html(build_graph(store, "country"), tmp_path / "countries.html"))
    assert counts(browser) == [3, 3, 3, 3]
    widths = browser.execute_script(
        "return medcoopMap.edges.get().map(function (e) { return e.width; }).sort()")
    assert widths == [1.0, 2.5, 8.63]
    legend = browser.execute_script(
        "return document.getElementById('legend-countries').innerText")
    # one node each: the better connected first
    assert legend.splitlines() == ["Kazakhstan (KZ)", "Tajikistan (TJ)", "South Korea (KR)"]
    assert console_errors(browser) == []


def test_names_from_reports_run_no_script(browser: Any, store: Store, tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    load_xss(store)
    page = write_html(build_graph(store), tmp_path / "xss.html", title=XSS)
    open_map(browser, page)
    browser.find_element(By.ID, "find").send_keys("onerror")
    WebDriverWait(browser, 5).until(lambda d: d.find_element(By.ID, "status").text == "1 found")
    # Hover over the node named with the payload: the tooltip shows it as text.
    x, y = browser.execute_script(
        "var id = medcoopMap.nodes.getIds({filter: function (n) {"
        "  return n.label.indexOf('onerror') >= 0; }})[0];"
        "var p = medcoopMap.network.canvasToDOM(medcoopMap.network.getPosition(id));"
        "var r = document.getElementById('map').getBoundingClientRect();"
        "return [Math.round(p.x - r.width / 2), Math.round(p.y - r.height / 2)];")
    canvas = browser.find_element(By.CSS_SELECTOR, "#map canvas")
    ActionChains(browser).move_to_element_with_offset(canvas, x, y).perform()
    WebDriverWait(browser, 5).until(lambda d: d.execute_script(
        "var t = document.querySelector('div.vis-tooltip');"
        "return t && t.style.visibility !== 'hidden' && t.innerText.length > 0"))
    tooltip = browser.execute_script(
        "var t = document.querySelector('div.vis-tooltip');"
        "return [t.innerText, t.querySelectorAll('img, script').length]")
    assert tooltip == [f"{XSS}\nhospital, Kazakhstan\nAgreements: 1\nPartners: 1 (100% abroad)"
                       "\nBetweenness: 0.0000; community 0", 0]
    assert browser.execute_script("return typeof window.__xss") == "undefined"
    assert browser.execute_script("return document.querySelector('h1').textContent") == XSS
    assert browser.execute_script("return document.querySelectorAll('img').length") == 0
    labels = browser.execute_script(
        "return medcoopMap.nodes.get().map(function (n) { return n.label; }).sort()")
    assert labels == sorted([XSS, XSS_SCRIPT])
    assert console_errors(browser) == []


def test_browser_is_really_offline(browser: Any, tmp_path: Path) -> None:
    """The guard the other tests rely on: a page that asks the network gets nothing."""
    page = tmp_path / "probe.html"
    page.write_text("<!DOCTYPE html><title>probe</title><script>"
                    "fetch('http://example.org/').then(function () { window.__net = 'reached'; },"
                    " function () { window.__net = 'blocked'; });</script>", encoding="utf-8")
    browser.get(page.as_uri())
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 10).until(lambda d: d.execute_script("return !!window.__net"))
    assert browser.execute_script("return window.__net") == "blocked"
    assert shutil.which("chromium") is not None
