#!/usr/bin/env python3
"""End-to-end test of the web front end in headless Chromium, driven over WebDriver.

Indexes a corpus, starts `onrecord-search serve`, then, as a reader would: loads the front page,
types a query and submits it, clicks a speaker facet, narrows by a date bar, opens an article,
opens a speaker's page, clicks its timeline, follows a quotation's permalink, and saves
screenshots at desktop and phone width. Exits non-zero on the first failed expectation. Run by ctest.
"""
import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class WebDriver:
    """The few WebDriver commands the test needs, over HTTP to chromedriver."""

    def __init__(self, chromedriver, chromium):
        self.port = free_port()
        self.process = subprocess.Popen([chromedriver, f"--port={self.port}"], stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
        self.base = f"http://127.0.0.1:{self.port}"
        for _ in range(100):
            try:
                self._call("GET", "/status")
                break
            except OSError:
                time.sleep(0.1)
        self.profile = tempfile.mkdtemp(prefix="onrecord-chromium-")
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": chromium,
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                     "--no-first-run", "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", f"--user-data-dir={self.profile}", "--window-size=1280,900"]}}}}
        self.session = self._call("POST", "/session", caps)["sessionId"]

    def _call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read() or b"{}").get("value", {})

    def cmd(self, method, path, body=None):
        return self._call(method, f"/session/{self.session}{path}", body)

    def go(self, url):
        self.cmd("POST", "/url", {"url": url})

    def url(self):
        return self.cmd("GET", "/url")

    def wait_for_url(self, fragment, seconds=10):
        """Waits for a navigation a click started; returns the URL reached."""
        deadline = time.time() + seconds
        while time.time() < deadline:
            url = self.url()
            if fragment in url:
                return url
            time.sleep(0.05)
        return self.url()

    def find(self, css):
        element = self.cmd("POST", "/element", {"using": "css selector", "value": css})
        return next(iter(element.values()))

    def find_all(self, css):
        return [next(iter(e.values())) for e in self.cmd("POST", "/elements", {"using": "css selector", "value": css})]

    def click(self, element):
        self.cmd("POST", f"/element/{element}/click", {})

    def type(self, element, text):
        self.cmd("POST", f"/element/{element}/value", {"text": text})

    def text(self, element):
        return self.cmd("GET", f"/element/{element}/text")

    def execute(self, script):
        return self.cmd("POST", "/execute/sync", {"script": script, "args": []})

    def resize(self, width, height):
        self.cmd("POST", "/window/rect", {"width": width, "height": height})

    def source(self):
        return self.cmd("GET", "/source")

    def screenshot(self, path):
        import base64
        with open(path, "wb") as f:
            f.write(base64.b64decode(self.cmd("GET", "/screenshot")))

    def quit(self):
        try:
            self._call("DELETE", f"/session/{self.session}")
        finally:
            self.process.terminate()
            shutil.rmtree(self.profile, ignore_errors=True)


def expect(condition, message):
    if not condition:
        raise AssertionError(message)
    print(f"ok - {message}")


ARTICLES = [
    ("harbor-2024.txt", "---\ntitle: Harbor Dredging Approved\ndate: 2024-05-02\nsource: Bay Ledger\n---\n"
     "\u201CThe harbor must be dredged before the storms,\u201D said Mayor Lena Fischer on Wednesday.\n"),
    ("harbor-2025.txt", "---\ntitle: Harbor Dredging Delayed\ndate: 2025-03-11\nsource: Bay Ledger\n---\n"
     "\u201CThe harbor project is over budget,\u201D said council member Omar Reyes.\n"),
    ("canal-1821.txt", "---\ntitle: Canal Opens\ndate: 1821-10-26\n---\nThe canal opened to boats.\n"),
    ("canal-1860.txt", "---\ntitle: Canal Widened\ndate: 1860-04-02\n---\nThe canal was widened.\n"),
    ("canal-2024.txt", "---\ntitle: Canal Restored\ndate: 2024-06-01\n---\nThe old canal was restored.\n"),
    ("address-2023.txt", "---\ntitle: Address to the Port Authority\ndate: 2023-01-09\nspeaker: Lena Fischer\n---\n"
     "Our levees held through the winter storms, and they will hold again.\n"),
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", required=True)
    parser.add_argument("--search", required=True)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--screenshot", required=True)
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    parser.add_argument("--chromedriver", default=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    args = parser.parse_args()
    for tool in (args.chromium, args.chromedriver):
        if not os.access(tool, os.X_OK):
            sys.exit(f"error: {tool} not found; run scripts/setup.sh (it installs chromium and chromium-driver)")

    work = tempfile.mkdtemp(prefix="onrecord-browser-")
    server = driver = None
    try:
        articles = os.path.join(work, "articles")
        shutil.copytree(args.corpus, articles)
        for name, text in ARTICLES:
            with open(os.path.join(articles, name), "w", encoding="utf-8") as f:
                f.write(text)
        db = os.path.join(work, "db")
        subprocess.run([args.index, "--db", db, "sync", articles], check=True, capture_output=True)
        port = free_port()
        server = subprocess.Popen([args.search, "--db", db, "serve", "--port", str(port)], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
        expect("serving" in server.stdout.readline(), "the server starts")
        base = f"http://127.0.0.1:{port}"

        driver = WebDriver(args.chromedriver, args.chromium)
        driver.go(base + "/")
        box = driver.find("input[name=q]")
        driver.type(box, "harbor")
        driver.click(driver.find("form.search button"))
        url = driver.wait_for_url("/search")
        expect("/search?q=harbor" in url, f"submitting the form searches ({url})")
        results = driver.find_all("ol.results > li")
        expect(len(results) == 2, "two articles match 'harbor'")
        expect("<mark>harbor</mark>" in driver.source().lower(), "matches are highlighted")

        speaker_links = driver.find_all("aside.facets ul li a")
        labels = [driver.text(link) for link in speaker_links]
        fischer = next(link for link, label in zip(speaker_links, labels) if "Lena Fischer" in label)
        driver.click(fischer)
        expect("speaker=%22Lena%20Fischer%22" in driver.wait_for_url("speaker="), "clicking a speaker facet filters by that speaker, exactly")
        expect(len(driver.find_all("ol.results > li")) == 1, "one article has Lena Fischer's words")

        driver.go(base + "/search?q=harbor")
        bars = driver.find_all(".histogram a")
        expect(len(bars) == 2, "the date histogram has a bar per year")
        driver.click(bars[-1])
        expect("date=2025" in driver.wait_for_url("date="), "clicking a bar narrows to its year")
        expect(len(driver.find_all("ol.results > li")) == 1, "one article is from 2025")

        driver.click(driver.find("ol.results h3 a"))
        expect("/articles/harbor-2025" in driver.wait_for_url("/articles/"), "a result opens its article")
        expect(len(driver.find_all("q.quotation")) == 1, "the article marks its quotation")
        speaker = driver.find("a.speaker-link")
        expect("Omar Reyes" in driver.text(speaker), "the quotation is attributed")
        driver.screenshot(args.screenshot)
        expect(os.path.getsize(args.screenshot) > 1000, f"a screenshot is saved at {args.screenshot}")
        driver.click(speaker)
        url = driver.wait_for_url("quotes=1")
        expect("quotes=1" in url and "speaker=%22Omar%20Reyes%22" in url, "the speaker links to their quotations")
        expect(len(driver.find_all("ol.results > li")) == 1, "the speaker's quotation is found")

        # A speech's speaker links to their words: the passages they speak, and their quotations.
        driver.go(base + "/search?q=levees")
        link = next(a for a in driver.find_all("ol.results .meta a") if "Lena Fischer" in driver.text(a))
        driver.click(link)
        url = driver.wait_for_url("speaker=")
        expect("quotes=1" not in url and "speaker=%22Lena%20Fischer%22" in url, "a speech's speaker links to their words")
        expect(len(driver.find_all("ol.results > li")) == 2, "their speech and the article quoting them are found")

        # The date histogram: a linear axis (decades here: 1821 is not next to 1860), each bar's
        # count in words, bars that contrast with the page, fitting a phone's width.
        driver.go(base + "/search?q=canal")
        slots = driver.execute("return [...document.querySelectorAll('.histogram > *')]"
                               ".map(e => e.getAttribute('aria-label'))")
        expect(len(slots) == 21 and slots[0] == "1820s: 1" and slots[4] == "1860s: 1"
               and slots[1] == "1830s: 0", f"the histogram's axis is linear, a bar per decade ({slots[:5]})")
        ratio = driver.execute("""
            const lum = c => { const [r, g, b] = c.match(/\\d+/g).slice(0, 3).map(v => {
                v = v / 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
              return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
            const bar = getComputedStyle(document.querySelector('.histogram a rect')).fill;
            let bg = getComputedStyle(document.body).backgroundColor;
            if (bg === 'rgba(0, 0, 0, 0)') bg = 'rgb(255, 255, 255)';
            const [hi, lo] = [lum(bar), lum(bg)].sort((a, b) => b - a);
            return (hi + 0.05) / (lo + 0.05);""")
        expect(ratio >= 3, f"the bars contrast with the page ({ratio:.1f}:1)")
        for width in (1280, 400):
            driver.resize(width, 900)
            fits = driver.execute("const h = document.querySelector('.histogram').getBoundingClientRect();"
                                  "return document.documentElement.scrollWidth <= window.innerWidth"
                                  " && h.right <= window.innerWidth && h.width > 100;")
            expect(fits, f"the histogram fits the page at {width} px without sideways scrolling")
        driver.resize(1280, 900)

        # A speaker's page: its timeline bar narrows to that year, a quotation's permalink opens
        # its own page with a citation. Screenshots at desktop and phone width.
        stem = os.path.splitext(args.screenshot)[0]
        driver.go(base + "/speakers/Omar%20Reyes")
        expect(driver.text(driver.find("h1")) == "Omar Reyes", "the speaker page names the speaker")
        for width, name in ((1280, "desktop"), (400, "phone")):
            driver.resize(width, 900)
            shot = f"{stem}-speaker-{name}.png"
            driver.screenshot(shot)
            expect(os.path.getsize(shot) > 1000, f"a screenshot of the speaker page is saved at {shot}")
            fits = driver.execute("return document.documentElement.scrollWidth <= window.innerWidth;")
            expect(fits, f"the speaker page fits {width} px without sideways scrolling")
        driver.resize(1280, 900)
        bars = driver.find_all(".histogram a")
        expect(len(bars) >= 1, "the speaker page has a timeline with a bar")
        driver.click(bars[-1])
        url = driver.wait_for_url("date=")
        expect("speaker=%22Omar%20Reyes%22" in url and "date=2025" in url,
               f"a timeline bar opens the speaker's words of that year ({url})")
        expect(len(driver.find_all("ol.results > li")) >= 1, "and finds them")
        driver.go(base + "/speakers/Omar%20Reyes")
        driver.click(driver.find("a.permalink"))
        expect("/quotes/" in driver.wait_for_url("/quotes/"), "a quotation's permalink opens its page")
        cite = driver.text(driver.find("output.cite"))
        expect(cite.startswith("Omar Reyes, \u201c"), f"the page offers a citation ({cite})")
        driver.resize(400, 900)
        shot = f"{stem}-quote-phone.png"
        driver.screenshot(shot)
        expect(os.path.getsize(shot) > 1000, f"a screenshot of the quotation page is saved at {shot}")
        driver.resize(1280, 900)
        print("browser end-to-end: all passed")
    finally:
        if driver:
            driver.quit()
        if server:
            server.terminate()
            server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
