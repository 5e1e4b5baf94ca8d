#!/usr/bin/env python3
"""Turns the vendored MEANTIME corpus (tests/data/meantime, CC BY 4.0) into onrecord articles.

Each XML document holds Wikinews tokens with sentence numbers and TIMEX3 annotations. Written:
  tests/gold/meantime-dev/, tests/gold/meantime-test/  one article per document (front matter:
      id, title, date = the creation time, source Wikinews, url), and dates.jsonl with every
      TIMEX3 but the creation time (text, value, precision, type: DATE, TIME, DURATION or SET,
      start and end: code points in the article's body, its title paragraph first and
      paragraphs joined by a blank line, as onrecord reads it) for scripts/evaluate_dates.py and
      scripts/evaluate_extraction.py; and annotated.jsonl giving, per file, where the annotated
      part ends (MEANTIME annotates the title and the first five sentences only: a date found
      later is neither right nor wrong).
Text: tokens joined back (no space before closing punctuation, `` '' as curly quotes);
sentence 0 is the title, the creation-time line is dropped from the body. The corpus keeps no
paragraphs: each sentence is one, except that a sentence that leaves a quotation open is
joined with the next (a quotation never spans a paragraph break it did not have).
The split into dev and test is by a hash of the document id, fixed before anyone looked.
Run it again after changing it; it rewrites the article files and dates.jsonl, never the
hand-made quotes.jsonl.
"""
import hashlib
import json
import os
import re
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, "tests", "data", "meantime", "intra-doc_annotation")
GOLD = os.path.join(ROOT, "tests", "gold")

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "]", "''", "'s", "n't", "'re", "'ve",
                   "'ll", "'d", "'m", "'"}
NO_SPACE_AFTER = {"``", "`", "(", "[", "$"}


def split_of(doc_id):
    return "dev" if int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 2 == 0 else "test"


CONTRACTION_TAILS = {"d", "ll", "ve", "m", "re", "s", "t"}


def detokenize(tokens):
    """tokens: list of (t_id, text). Returns the text and each token's (start, end) in it.
    Straight double quotes alternate opening and closing (each quotation's marks are two
    tokens); a name or contraction split after its apostrophe (O' Leary, I' d) is joined."""
    out, spans, previous, before, straight_open = "", {}, None, None, False
    for t_id, text in tokens:
        shown = {"``": "\u201c", "''": "\u201d", "`": "\u2018"}.get(text, text)
        space = previous is not None and text not in NO_SPACE_BEFORE and previous not in NO_SPACE_AFTER
        if text == '"':
            space = space and not straight_open  # a closing mark follows its word
        if previous == '"' and straight_open:
            space = False  # an opening mark precedes its word
        if previous is not None and previous.endswith("'") and len(previous) > 1 and \
                (previous in ("O'", "D'") or text in CONTRACTION_TAILS):
            space = False
        if previous == "'" and text in CONTRACTION_TAILS and before and before[-1].isalpha():
            space = False
        if space:
            out += " "
        if text == '"':
            straight_open = not straight_open
        spans[t_id] = (len(out), len(out) + len(shown))
        out += shown
        before, previous = previous, text
    return out, spans


def precision(value):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return "day"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return "month"
    if re.fullmatch(r"\d{4}", value):
        return "year"
    return "other"


def iso_date(value):
    """The corpus writes one creation time day first (03-02-2009 for February 3, 2009)."""
    m = re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", value or "")
    return f"{m.group(3)}-{m.group(2)}-{m.group(1)}" if m else value


def convert(path):
    root = ET.parse(path).getroot()
    doc_id = root.get("doc_id")
    name = root.get("doc_name")
    sentences = {}
    token_text = {}
    sentence_of = {}
    for tok in root.iter("token"):
        sentences.setdefault(int(tok.get("sentence")), []).append((tok.get("t_id"), tok.text or ""))
        token_text[tok.get("t_id")] = tok.text or ""
        sentence_of[tok.get("t_id")] = int(tok.get("sentence"))
    last_annotated = max([5] + [sentence_of[a.get("t_id")] for a in root.iter("token_anchor")
                                if a.get("t_id") in sentence_of])
    creation, dates = None, []
    for timex in root.iter("TIMEX3"):
        anchors = [a.get("t_id") for a in timex.iter("token_anchor")]
        if timex.get("functionInDocument") == "CREATION_TIME":
            creation = (iso_date(timex.get("value")), set(anchors))
        elif anchors:
            dates.append((anchors, timex.get("value"), timex.get("type")))
    order = sorted(sentences)
    title = detokenize(sentences[order[0]])[0]
    body_sentences = [s for s in order[1:]
                      if not (creation and {t for t, _ in sentences[s]} <= creation[1])]
    paragraphs, current, open_quote = [], [], False
    for s in body_sentences:
        current += sentences[s]
        for _, text in sentences[s]:
            if text == "``":
                open_quote = True
            elif text == "''":
                open_quote = False
            elif text == '"':
                open_quote = not open_quote
        if not open_quote:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    title_text, title_spans = detokenize(sentences[order[0]])
    texts, where = [title_text], {t_id: (0, span) for t_id, span in title_spans.items()}
    for p in paragraphs:
        text, spans = detokenize(p)
        for t_id, span in spans.items():
            where[t_id] = (len(texts), span)
        texts.append(text)
    date_rows = []
    paragraph_start = [0]
    for text in texts:
        paragraph_start.append(paragraph_start[-1] + len(text) + 2)
    for anchors, value, kind in dates:
        if not all(a in where for a in anchors):
            continue  # in the dropped creation-time line
        para = where[anchors[0]][0]
        if where[anchors[-1]][0] != para:
            continue  # a span across paragraphs the corpus did not have
        start, end = where[anchors[0]][1][0], where[anchors[-1]][1][1]
        date_rows.append({"text": texts[para][start:end], "value": value, "precision": precision(value),
                          "type": kind, "start": paragraph_start[para] + start,
                          "end": paragraph_start[para] + end})
    # The end of the last annotated sentence's last token in the body (or the body's end).
    annotated_end = paragraph_start[-1]
    later = [t for s in order if s > last_annotated for t, _ in sentences[s] if t in where]
    if later:
        para, (start, _) = where[later[0]]
        annotated_end = paragraph_start[para] + start
    front = {"id": f"meantime-{doc_id}", "title": title, "date": creation[0] if creation else None,
             "source": "Wikinews", "url": root.get("url")}
    lines = ["---"] + [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in front.items() if v] + ["---", title, ""]
    for text in texts[1:]:
        lines += [text, ""]
    return split_of(doc_id), f"{name[:80]}.txt", "\n".join(lines), date_rows, annotated_end


def main():
    written = {"dev": [], "test": []}
    dates = {"dev": [], "test": []}
    annotated = {"dev": [], "test": []}
    for corpus in sorted(os.listdir(SOURCE)):
        for name in sorted(os.listdir(os.path.join(SOURCE, corpus))):
            if not name.endswith(".xml"):
                continue
            split, file_name, text, date_rows, annotated_end = convert(os.path.join(SOURCE, corpus, name))
            annotated[split].append({"file": file_name, "annotated_end": annotated_end})
            folder = os.path.join(GOLD, f"meantime-{split}")
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, file_name), "w", encoding="utf-8") as f:
                f.write(text)
            written[split].append(file_name)
            dates[split] += [{"file": file_name, **row} for row in date_rows]
    for split in written:
        with open(os.path.join(GOLD, f"meantime-{split}", "dates.jsonl"), "w", encoding="utf-8") as f:
            for row in dates[split]:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        with open(os.path.join(GOLD, f"meantime-{split}", "annotated.jsonl"), "w", encoding="utf-8") as f:
            for row in annotated[split]:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"meantime-{split}: {len(written[split])} articles, {len(dates[split])} dates")


if __name__ == "__main__":
    main()
