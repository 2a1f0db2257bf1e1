"""Headless Chromium for the browser tests and the map benchmark, offline by construction.

Debian's chromium and chromium-driver (``.ci/run`` installs them); selenium drives them with
both paths given, so Selenium Manager never runs. Every flag that would make Chromium reach
the network at start-up is off, host names resolve to nothing, and the DevTools network is
switched offline before any page loads: a page that needs a request fails visibly.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
DRIVER = Path("/usr/bin/chromedriver")

FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--disable-dev-shm-usage", "--host-resolver-rules=MAP * ~NOTFOUND",
         "--window-size=1400,900")


def start(profile: Path, *, logs: bool = False) -> Any:
    """A selenium driver on a new profile folder; ``logs`` keeps console and network logs."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_AVOID_STATS", "true")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(arg)
    if logs:
        options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(str(DRIVER)), options=options)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.emulateNetworkConditions", {
        "offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
    return driver
