#!/usr/bin/env python3
"""The Vietnamese order of people, computed by ICU through Python (PyICU), independently of ThiĐua's own sort.

People are ordered by tên, then tên đệm, then họ, each compared with ICU's "vi" collation at secondary strength
(letters and tones count, case does not), then by date of birth (ISO text). The two ways of placing the tone in an
open "oa", "oe", "uy" (Hoà / Hòa, Thuỷ / Thủy) write the same name, so each word is first written one way (the
tone on the first of the two vowels), by the rule written out here, not by the program's code. The input is CSV with a header that has
the columns ho, ten_dem, ten and birth_date (as `thidua-cli people list --format csv` prints them).

    people_order_icu.py check FILE|-    exit 0 when the rows are in that order; else list the pairs out of order
                                         and exit 1
    people_order_icu.py sort FILE       rewrite FILE with its rows in that order (header first)
Exit 3 when PyICU is missing (Debian: python3-icu).
"""
import csv
import functools
import io
import sys
import unicodedata

try:
    import icu
except ImportError:
    print("PyICU is not installed (apt-get install python3-icu)", file=sys.stderr)
    sys.exit(3)

collator = icu.Collator.createInstance(icu.Locale("vi"))
collator.setStrength(icu.Collator.SECONDARY)


TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền, sắc, ngã, hỏi, nặng


def one_placement(word):
    """Hoà → Hòa, Thuỷ → Thủy, Hoè → Hòe; Quý, Hoàng, Thuyền unchanged (only open oa, oe, uy move)."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = [c for c in decomposed if c in TONES]
    if len(tones) != 1:
        return word
    letters = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES))
    lower = letters.lower()
    if not lower.endswith(("oa", "oe", "uy")) or lower.endswith("quy"):
        return word
    at = len(letters) - 2  # the first of the two vowels
    return unicodedata.normalize("NFC", letters[:at + 1] + tones[0] + letters[at + 1:])


def canonical(text):
    return " ".join(one_placement(word) for word in text.split(" "))


def compare(a, b):
    for part in ("ten", "ten_dem", "ho"):
        c = collator.compare(canonical(a[part]), canonical(b[part]))
        if c:
            return c
    return (a["birth_date"] > b["birth_date"]) - (a["birth_date"] < b["birth_date"])


def read(path):
    text = sys.stdin.read() if path == "-" else open(path, encoding="utf-8", newline="").read()
    reader = csv.DictReader(io.StringIO(text))
    return reader.fieldnames, list(reader)


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("check", "sort"):
        print(__doc__, file=sys.stderr)
        return 2
    mode, path = sys.argv[1], sys.argv[2]
    fields, rows = read(path)
    if mode == "sort":
        rows.sort(key=functools.cmp_to_key(compare))
        with open(path, "w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\r\n")
            writer.writeheader()
            writer.writerows(rows)
        return 0
    wrong = [(a, b) for a, b in zip(rows, rows[1:]) if compare(a, b) > 0]
    for a, b in wrong:
        print(f"out of order: {a['ho']} {a['ten_dem']} {a['ten']} ({a['birth_date']}) before "
              f"{b['ho']} {b['ten_dem']} {b['ten']} ({b['birth_date']})")
    print(f"{len(rows)} rows, {len(wrong)} pairs out of order")
    return 1 if wrong else 0


sys.exit(main())
