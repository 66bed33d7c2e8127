#!/usr/bin/env python3
"""Fills the unfinished messages of the .ts files after `cmake --build build --target update_translations`.

  scripts/translations.py list                 the Vietnamese messages still to translate, as JSON
  scripts/translations.py fill vi.json         Vietnamese from a JSON object {source: translation}; numerus
                                                messages take one string for every form
English is the source language: motcua_en.ts gets the source text (numerus: the same text for each form).
"""
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "resources" / "translations"


def unfinished(tree):
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            yield message, translation


def fill(translation, message, text):
    numerus = message.get("numerus") == "yes"
    for child in list(translation):
        translation.remove(child)
    translation.text = None
    if numerus:
        for _ in range(2):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
    else:
        translation.text = text
    del translation.attrib["type"]


def write(tree, path):
    tree.write(path, encoding="utf-8", xml_declaration=True)
    text = path.read_text(encoding="utf-8").replace("<?xml version='1.0' encoding='utf-8'?>",
                                                     '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    # Quotes in texts escaped as lupdate writes them, so that a fill changes only the messages it fills.
    text = re.sub(r">([^<]*)<", lambda m: ">" + m.group(1).replace("'", "&apos;").replace('"', "&quot;") + "<", text)
    path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in ("list", "fill"):
        print(__doc__)
        return 2
    vi_path, en_path = ROOT / "motcua_vi.ts", ROOT / "motcua_en.ts"
    vi = ET.parse(vi_path)
    if sys.argv[1] == "list":
        pending = {m.findtext("source"): "" for m, _ in unfinished(vi)}
        print(json.dumps(pending, ensure_ascii=False, indent=1))
        return 0
    given = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
    missing = []
    for message, translation in unfinished(vi):
        source = message.findtext("source")
        if source in given and given[source]:
            fill(translation, message, given[source])
        else:
            missing.append(source)
    write(vi, vi_path)
    en = ET.parse(en_path)
    for message, translation in unfinished(en):
        fill(translation, message, message.findtext("source"))
    write(en, en_path)
    for source in missing:
        print("still unfinished:", source)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
