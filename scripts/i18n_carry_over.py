#!/usr/bin/env python3
"""Second half of scripts/i18n-update: carry translations over to moved strings, drop the dead.

For every unfinished message whose source text, disambiguation and numerus match a message
translated elsewhere in the same file (typically the obsolete entry left behind when a string
changed context), copy that translation and mark the message finished. Then drop obsolete and
vanished messages and contexts left empty. Writes the file in lupdate's own layout.

    i18n_carry_over.py FILE.ts [--donors DONOR.ts...]

Donor files (translations/incoming/credfolio_XX.ts: translations made for strings on branches
not merged yet) fill what the file itself cannot, matched on source text and numerus only.
"""
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

DEAD = {"obsolete", "vanished"}


def key(message):
    comment = message.find("comment")
    return (message.findtext("source") or "",
            comment.text if comment is not None else "",
            message.get("numerus") == "yes")


def forms(translation):
    numerus = translation.findall("numerusform")
    if numerus:
        return [f.text or "" for f in numerus]
    return [translation.text or ""]


def is_translated(message):
    translation = message.find("translation")
    return (translation is not None and translation.get("type") in (None, *DEAD)
            and all(forms(translation)))


def attr(text):
    return escape(text, {'"': "&quot;"})


def body(text):
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def write(root, path):
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    attrs = "".join(f' {k}="{attr(v)}"' for k, v in root.attrib.items())
    out.append(f"<TS{attrs}>")
    for context in root.findall("context"):
        out.append("<context>")
        out.append(f"    <name>{body(context.findtext('name'))}</name>")
        for message in context.findall("message"):
            mattrs = "".join(f' {k}="{attr(v)}"' for k, v in message.attrib.items())
            out.append(f"    <message{mattrs}>")
            for child in message:
                if child.tag == "translation":
                    tattrs = "".join(f' {k}="{attr(v)}"' for k, v in child.attrib.items())
                    if message.get("numerus") == "yes":
                        out.append(f"        <translation{tattrs}>")
                        for form in child.findall("numerusform"):
                            out.append(f"            <numerusform>{body(form.text or '')}</numerusform>")
                        out.append("        </translation>")
                    else:
                        out.append(f"        <translation{tattrs}>{body(child.text or '')}</translation>")
                elif child.tag == "location":
                    lattrs = "".join(f' {k}="{attr(v)}"' for k, v in child.attrib.items())
                    out.append(f"        <location{lattrs}/>")
                else:
                    cattrs = "".join(f' {k}="{attr(v)}"' for k, v in child.attrib.items())
                    out.append(f"        <{child.tag}{cattrs}>{body(child.text or '')}</{child.tag}>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def main(path, donor_files=()):
    tree = ET.parse(path)
    root = tree.getroot()
    donors = {}
    for message in root.iter("message"):
        if is_translated(message):
            donors.setdefault(key(message), message.find("translation"))
    # Outside donors come second and ignore the disambiguation: same English, same translation.
    for donor_file in donor_files:
        for message in ET.parse(donor_file).getroot().iter("message"):
            if is_translated(message):
                source, _, numerus = key(message)
                for comment in {"", *(key(m)[1] for m in root.iter("message") if key(m)[0] == source)}:
                    donors.setdefault((source, comment, numerus), message.find("translation"))
    carried = dropped = 0
    for context in root.findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            state = translation.get("type") if translation is not None else None
            if state in DEAD:
                context.remove(message)
                dropped += 1
                continue
            if state == "unfinished" and key(message) in donors:
                donor = donors[key(message)]
                for child in list(translation):
                    translation.remove(child)
                translation.text = donor.text if not donor.findall("numerusform") else None
                for form in donor.findall("numerusform"):
                    ET.SubElement(translation, "numerusform").text = form.text
                del translation.attrib["type"]
                carried += 1
        if not context.findall("message"):
            root.remove(context)
    write(root, path)
    unfinished = sum(1 for t in root.iter("translation") if t.get("type") == "unfinished")
    print(f"{path}: {carried} carried over, {dropped} obsolete dropped, {unfinished} unfinished")


if __name__ == "__main__":
    args = sys.argv[1:]
    donor_files = []
    if "--donors" in args:
        donor_files = args[args.index("--donors") + 1:]
        args = args[:args.index("--donors")]
    for arg in args:
        main(arg, donor_files)
