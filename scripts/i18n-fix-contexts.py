#!/usr/bin/env python3
"""Replaces file-local tr() helpers with explicit QCoreApplication::translate() calls.

A helper such as

    QString tr(const char* text) { return QCoreApplication::translate("Backup", text); }

makes the program look strings up under "Backup", while lupdate files them under the class or
namespace the call sits in ("credfolio::Backup", "credfolio"), warning "lacks Q_OBJECT macro":
those strings are then never translated. This rewrites every unqualified tr(...) call in each
given file (or in every file under core/ and app/ that defines such a helper) as
QCoreApplication::translate("<the helper's context>", ...), removes the helper, and leaves
files with Q_OBJECT or Q_DECLARE_TR_FUNCTIONS alone. Run clang-format afterwards.

    scripts/i18n-fix-contexts.py [FILE.cpp...]
"""
import pathlib
import re
import sys

HELPER = re.compile(
    r'(inline )?QString tr\(const char\* text[^)]*\)\s*\{\s*'
    r'return QCoreApplication::translate\("([^"]*)", text([^;]*)\);\s*\}\n\n?')
CALL = re.compile(r'(?<![\w.:>~])tr\(')


def fix(path):
    if not path.is_file():
        print(f"{path}: no such file", file=sys.stderr)
        return False
    text = path.read_text(encoding="utf-8")
    match = HELPER.search(text)
    if not match:
        return False
    header = path.with_suffix(".h")
    for source in (text, header.read_text(encoding="utf-8") if header.exists() else ""):
        if "Q_OBJECT" in source or "Q_DECLARE_TR_FUNCTIONS" in source:
            print(f"{path}: has Q_OBJECT or Q_DECLARE_TR_FUNCTIONS; fix by hand", file=sys.stderr)
            return False
    context = match.group(2)
    text = HELPER.sub("", text)
    text = re.sub(r'namespace \{\n\n*\} // namespace\n\n?', "", text)
    text = CALL.sub(f'QCoreApplication::translate("{context}", ', text)
    if "#include <QCoreApplication>" not in text:
        text = re.sub(r'(#include <Q)', '#include <QCoreApplication>\n\\1', text, count=1)
    path.write_text(text, encoding="utf-8")
    print(f"{path}: tr() -> QCoreApplication::translate(\"{context}\", ...)")
    return True


def main(args):
    root = pathlib.Path(__file__).resolve().parent.parent
    files = [pathlib.Path(a) for a in args] or sorted(
        p for d in ("core", "app", "ui") for p in (root / d).rglob("*.cpp"))
    changed = sum(fix(p) for p in files)
    print(f"{changed} file(s) rewritten")


if __name__ == "__main__":
    main(sys.argv[1:])
