#!/usr/bin/env python3
"""Validate a Credfolio catalog file (JSON, format "credfolio-catalog" v1).

Usage:
    scripts/check-catalog.py CATALOG.json            # format rules only
    scripts/check-catalog.py --starter CATALOG.json  # + content rules for the
                                                     #   embedded default catalog

The format rules are the ones described in docs/catalog-format.md and
docs/catalog.schema.json. Every problem is printed with its JSON path
(e.g. "$.courses[3].hours"). The exit status is 0 when the file is valid,
1 when it has problems and 2 on usage errors.

--starter additionally enforces the editorial rules for
resources/catalog/default-catalog.json: minimum sizes, every declared skill
used, 1-3 requirement groups and 3-8 units per microcredential, "n_of" lists
longer than n, microcredential skills taught by their courses, .example URLs,
search terms covered and no real platform brand names.

Python 3 standard library only.
"""

import argparse
import json
import math
import re
import sys
from collections import Counter, defaultdict
from urllib.parse import urlparse

FORMAT_NAME = "credfolio-catalog"
FORMAT_VERSION = 1

ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
# BCP 47, simplified: primary language subtag plus optional subtags.
LANG_RE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
# Absolute URI with a scheme (https:, http:, urn:, ...).
URI_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$")

LEVELS = ("beginner", "intermediate", "advanced")
DELIVERIES = ("self-paced", "instructor-led", "blended", "in-person")
FIELDS = ("technology", "data", "healthcare", "business", "professional")
KINDS = ("all", "n_of")

TOP_KEYS = {"format", "version", "name", "providers", "skills", "courses",
            "microcredentials"}
PROVIDER_KEYS = {"id": True, "name": True, "url": False, "description": False}
SKILL_KEYS = {"id": True, "label": True, "framework_uri": False}
COURSE_KEYS = {"id": True, "title": True, "provider": True, "summary": False,
               "skills": False, "hours": True, "cost": False,
               "currency": False, "level": False, "language": False,
               "delivery": False, "url": False}
MC_KEYS = {"id": True, "title": True, "issuer": True, "field": True,
           "description": False, "requirements": True, "skills": False,
           "achievement": False}
GROUP_KEYS = {"kind": True, "n": False, "courses": True}
ACHIEVEMENT_KEYS = {"id": True, "name": True}

# Editorial (--starter) rules.
STARTER_FLOORS = {"courses": 160, "providers": 12, "microcredentials": 28,
                  "skills": 130}
SEARCH_TERMS = ("python", "sql", "excel", "nursing", "leadership",
                "project management", "cloud", "security", "data", "design")
BRAND_WORDS = ("coursera", "edx", "linkedin", "udemy", "google", "aws",
               "amazon", "microsoft", "azure", "ibm", "oracle", "cisco",
               "pluralsight", "udacity", "futurelearn", "skillshare",
               "khan academy", "harvard", "stanford", "salesforce", "comptia",
               "tableau", "power bi", "openai", "chatgpt", "pmi", "pmp",
               "prince2", "itil")


class Checker:
    def __init__(self):
        self.problems = []

    def err(self, path, msg):
        self.problems.append((path, msg))

    # --- primitive helpers -------------------------------------------------
    @staticmethod
    def is_number(v):
        return (isinstance(v, (int, float)) and not isinstance(v, bool)
                and math.isfinite(v))

    def check_keys(self, obj, spec, path):
        for key in obj:
            if key not in spec:
                self.err(f"{path}.{key}", f"unknown field \"{key}\"")
        for key, required in spec.items():
            if required and key not in obj:
                self.err(f"{path}.{key}", f"required field \"{key}\" is missing")

    def check_string(self, obj, key, path, required, nonempty=True):
        if key not in obj:
            return None
        v = obj[key]
        if not isinstance(v, str):
            self.err(f"{path}.{key}", "must be a string")
            return None
        if nonempty and not v.strip():
            self.err(f"{path}.{key}", "must not be empty")
            return None
        return v

    def check_id(self, obj, path):
        v = self.check_string(obj, "id", path, True)
        if v is not None and not ID_RE.match(v):
            self.err(f"{path}.id",
                     f"id \"{v}\" must match [a-z0-9][a-z0-9._-]*")
            return None
        return v

    def check_url(self, obj, key, path):
        v = self.check_string(obj, key, path, False)
        if v is None:
            return None
        u = urlparse(v)
        if u.scheme not in ("http", "https") or not u.netloc:
            self.err(f"{path}.{key}", f"\"{v}\" is not an absolute http(s) URL")
            return None
        return v

    def check_uri(self, obj, key, path):
        v = self.check_string(obj, key, path, False)
        if v is not None and not URI_RE.match(v):
            self.err(f"{path}.{key}", f"\"{v}\" is not an absolute URI")
            return None
        return v

    def check_list(self, obj, key, path):
        if key not in obj:
            return []
        v = obj[key]
        if not isinstance(v, list):
            self.err(f"{path}.{key}", "must be an array")
            return []
        return v

    # --- sections ----------------------------------------------------------
    def run(self, doc):
        if not isinstance(doc, dict):
            self.err("$", "top level must be a JSON object")
            return None
        for key in doc:
            if key not in TOP_KEYS:
                self.err(f"$.{key}", f"unknown field \"{key}\"")
        if doc.get("format") != FORMAT_NAME:
            self.err("$.format",
                     f"must be \"{FORMAT_NAME}\" (got {json.dumps(doc.get('format'))})")
            return None  # not a catalog: do not go on reporting noise
        v = doc.get("version")
        if not (isinstance(v, int) and not isinstance(v, bool)):
            self.err("$.version", "required integer field \"version\" is missing or not an integer")
        elif v != FORMAT_VERSION:
            self.err("$.version", f"unsupported version {v} (this checker knows {FORMAT_VERSION})")
        if "name" in doc:
            self.check_string(doc, "name", "$", False)

        providers = self.section(doc, "providers", self.provider)
        skills = self.section(doc, "skills", self.skill)
        courses = self.section(doc, "courses", self.course)
        mcs = self.section(doc, "microcredentials", self.microcredential)

        provider_ids = {p["id"] for _, p in providers if p.get("id")}
        skill_ids = {s["id"] for _, s in skills if s.get("id")}
        course_ids = {c["id"] for _, c in courses if c.get("id")}

        for path, c in courses:
            prov = c.get("provider")
            if isinstance(prov, str) and prov and prov not in provider_ids:
                self.err(f"{path}.provider", f"unknown provider \"{prov}\"")
            for i, s in enumerate(c.get("_skills", [])):
                if s not in skill_ids:
                    self.err(f"{path}.skills[{i}]", f"unknown skill \"{s}\"")
        for path, m in mcs:
            for i, s in enumerate(m.get("_skills", [])):
                if s not in skill_ids:
                    self.err(f"{path}.skills[{i}]", f"unknown skill \"{s}\"")
            for gpath, cid in m.get("_refs", []):
                if cid not in course_ids:
                    self.err(gpath, f"unknown course \"{cid}\"")
        return providers, skills, courses, mcs

    def section(self, doc, key, fn):
        out = []
        if key not in doc:
            return out
        arr = doc[key]
        if not isinstance(arr, list):
            self.err(f"$.{key}", "must be an array")
            return out
        seen = {}
        for i, item in enumerate(arr):
            path = f"$.{key}[{i}]"
            if not isinstance(item, dict):
                self.err(path, "must be an object")
                continue
            rec = fn(item, path)
            ident = rec.get("id")
            if ident:
                if ident in seen:
                    self.err(f"{path}.id",
                             f"duplicate id \"{ident}\" (first used at {seen[ident]})")
                else:
                    seen[ident] = f"$.{key}[{i}]"
            out.append((path, rec))
        return out

    def provider(self, p, path):
        self.check_keys(p, PROVIDER_KEYS, path)
        rec = {"id": self.check_id(p, path), "raw": p}
        self.check_string(p, "name", path, True)
        self.check_url(p, "url", path)
        self.check_string(p, "description", path, False, nonempty=False)
        return rec

    def skill(self, s, path):
        self.check_keys(s, SKILL_KEYS, path)
        rec = {"id": self.check_id(s, path), "raw": s}
        self.check_string(s, "label", path, True)
        self.check_uri(s, "framework_uri", path)
        return rec

    def course(self, c, path):
        self.check_keys(c, COURSE_KEYS, path)
        rec = {"id": self.check_id(c, path), "raw": c}
        self.check_string(c, "title", path, True)
        rec["provider"] = self.check_string(c, "provider", path, True)
        self.check_string(c, "summary", path, False, nonempty=False)
        skills = []
        seen = set()
        for i, s in enumerate(self.check_list(c, "skills", path)):
            if not isinstance(s, str) or not ID_RE.match(s):
                self.err(f"{path}.skills[{i}]", "must be a skill id string")
            elif s in seen:
                self.err(f"{path}.skills[{i}]", f"skill \"{s}\" listed twice")
            else:
                seen.add(s)
                skills.append(s)
        rec["_skills"] = skills
        if "hours" in c:
            h = c["hours"]
            if not self.is_number(h):
                self.err(f"{path}.hours", "must be a number")
            elif h <= 0:
                self.err(f"{path}.hours", f"must be greater than 0 (got {h})")
        cost = 0
        if "cost" in c:
            cost = c["cost"]
            if not self.is_number(cost):
                self.err(f"{path}.cost", "must be a number")
                cost = 0
            elif cost < 0:
                self.err(f"{path}.cost", f"must be 0 or more (got {cost})")
        if "currency" in c:
            cur = c["currency"]
            if not isinstance(cur, str) or not CURRENCY_RE.match(cur):
                self.err(f"{path}.currency",
                         "must be a 3-letter uppercase ISO 4217 code")
        elif cost > 0:
            self.err(f"{path}.currency", "required when cost is greater than 0")
        if "level" in c and c["level"] not in LEVELS:
            self.err(f"{path}.level", f"must be one of {', '.join(LEVELS)}")
        if "language" in c:
            lang = c["language"]
            if not isinstance(lang, str) or not LANG_RE.match(lang):
                self.err(f"{path}.language",
                         "must be a BCP 47 language tag such as \"en\" or \"pt-BR\"")
        if "delivery" in c and c["delivery"] not in DELIVERIES:
            self.err(f"{path}.delivery", f"must be one of {', '.join(DELIVERIES)}")
        self.check_url(c, "url", path)
        return rec

    def microcredential(self, m, path):
        self.check_keys(m, MC_KEYS, path)
        rec = {"id": self.check_id(m, path), "raw": m}
        self.check_string(m, "title", path, True)
        self.check_string(m, "issuer", path, True)
        self.check_string(m, "description", path, False, nonempty=False)
        if "field" in m and m["field"] not in FIELDS:
            self.err(f"{path}.field", f"must be one of {', '.join(FIELDS)}")
        skills = []
        for i, s in enumerate(self.check_list(m, "skills", path)):
            if not isinstance(s, str) or not ID_RE.match(s):
                self.err(f"{path}.skills[{i}]", "must be a skill id string")
            else:
                skills.append(s)
        rec["_skills"] = skills
        refs = []
        groups = []
        if "requirements" in m:
            reqs = m["requirements"]
            if not isinstance(reqs, list):
                self.err(f"{path}.requirements", "must be an array")
            elif not reqs:
                self.err(f"{path}.requirements", "must contain at least one group")
            else:
                for gi, g in enumerate(reqs):
                    gpath = f"{path}.requirements[{gi}]"
                    if not isinstance(g, dict):
                        self.err(gpath, "must be an object")
                        continue
                    groups.append(self.group(g, gpath, refs))
        rec["_refs"] = refs
        rec["_groups"] = groups
        if "achievement" in m:
            a = m["achievement"]
            apath = f"{path}.achievement"
            if not isinstance(a, dict):
                self.err(apath, "must be an object")
            else:
                self.check_keys(a, ACHIEVEMENT_KEYS, apath)
                self.check_uri(a, "id", apath)
                self.check_string(a, "name", apath, True)
        return rec

    def group(self, g, gpath, refs):
        self.check_keys(g, GROUP_KEYS, gpath)
        kind = g.get("kind")
        if "kind" in g and kind not in KINDS:
            self.err(f"{gpath}.kind", "must be \"all\" or \"n_of\"")
            kind = None
        courses = []
        if "courses" in g:
            arr = g["courses"]
            if not isinstance(arr, list):
                self.err(f"{gpath}.courses", "must be an array")
            elif not arr:
                self.err(f"{gpath}.courses", "must list at least one course")
            else:
                seen = set()
                for ci, cid in enumerate(arr):
                    cpath = f"{gpath}.courses[{ci}]"
                    if not isinstance(cid, str) or not ID_RE.match(cid):
                        self.err(cpath, "must be a course id string")
                    elif cid in seen:
                        self.err(cpath, f"course \"{cid}\" listed twice in this group")
                    else:
                        seen.add(cid)
                        courses.append(cid)
                        refs.append((cpath, cid))
        n = None
        if kind == "n_of":
            if "n" not in g:
                self.err(f"{gpath}.n", "required when kind is \"n_of\"")
            else:
                n = g["n"]
                if not (isinstance(n, int) and not isinstance(n, bool)):
                    self.err(f"{gpath}.n", "must be an integer")
                    n = None
                elif n < 1:
                    self.err(f"{gpath}.n", f"must be at least 1 (got {n})")
                    n = None
                elif isinstance(g.get("courses"), list) and n > len(g["courses"]):
                    self.err(f"{gpath}.n",
                             f"n is {n} but the group lists only {len(g['courses'])} courses")
                    n = None
        elif kind == "all" and "n" in g:
            self.err(f"{gpath}.n", "only allowed when kind is \"n_of\"")
        return {"kind": kind, "n": n, "courses": courses, "path": gpath}


def starter_checks(chk, doc, providers, skills, courses, mcs):
    err = chk.err
    counts = {"courses": len(courses), "providers": len(providers),
              "microcredentials": len(mcs)}
    used_skills = set()
    for _, c in courses:
        used_skills.update(c["_skills"])
    counts["skills"] = len(used_skills)
    for key, floor in STARTER_FLOORS.items():
        if counts[key] < floor:
            err("$", f"starter catalog needs at least {floor} {key} (has {counts[key]})")
    for path, s in skills:
        if s["id"] and s["id"] not in used_skills:
            err(f"{path}.id", f"skill \"{s['id']}\" is not used by any course")

    course_skills = {c["id"]: set(c["_skills"]) for _, c in courses if c["id"]}
    fields = Counter()
    for path, m in mcs:
        fields[m["raw"].get("field")] += 1
        groups = m["_groups"]
        if not 1 <= len(groups) <= 3:
            err(f"{path}.requirements", f"has {len(groups)} groups (want 1-3)")
        units = 0
        all_courses = set()
        for g in groups:
            if g["kind"] == "all":
                units += len(g["courses"])
            elif g["kind"] == "n_of" and g["n"] is not None:
                units += g["n"]
                if g["n"] >= len(g["courses"]):
                    err(f"{g['path']}.n", "n_of group should list more courses than n")
            for cid in g["courses"]:
                if cid in all_courses:
                    err(g["path"], f"course \"{cid}\" appears in more than one group")
                all_courses.add(cid)
        if not 3 <= units <= 8:
            err(f"{path}.requirements", f"requires {units} units (want 3-8)")
        taught = set()
        for cid in all_courses:
            taught |= course_skills.get(cid, set())
        for i, s in enumerate(m["_skills"]):
            if s not in taught:
                err(f"{path}.skills[{i}]",
                    f"skill \"{s}\" is not taught by any course of this microcredential")
        if not m["_skills"]:
            err(f"{path}.skills", "starter microcredentials should list their skills")
        if "achievement" not in m["raw"]:
            err(f"{path}.achievement", "starter microcredentials should have an achievement")
    for f in FIELDS:
        if fields[f] < 3:
            err("$.microcredentials", f"field \"{f}\" has only {fields[f]} microcredentials")

    def check_host(path, url):
        if isinstance(url, str):
            host = urlparse(url).hostname or ""
            if not host.endswith(".example"):
                err(path, f"URL host \"{host}\" must use the .example TLD")

    for path, p in providers:
        check_host(f"{path}.url", p["raw"].get("url"))
    for path, c in courses:
        check_host(f"{path}.url", c["raw"].get("url"))
        for key in ("summary", "level", "language", "delivery", "url"):
            if key not in c["raw"]:
                err(f"{path}.{key}", "starter courses should set every field")
    for path, m in mcs:
        a = m["raw"].get("achievement")
        if isinstance(a, dict):
            check_host(f"{path}.achievement.id", a.get("id"))

    # Search coverage: each term must match several courses.
    for term in SEARCH_TERMS:
        hits = 0
        for _, c in courses:
            r = c["raw"]
            text = " ".join([str(r.get("title", "")), str(r.get("summary", ""))]
                            + [s.replace("-", " ") for s in c["_skills"]]).lower()
            if term in text:
                hits += 1
        if hits < 3:
            err("$.courses", f"search term \"{term}\" matches only {hits} courses")

    # No real platform / vendor brand names anywhere.
    text = json.dumps(doc, ensure_ascii=False).lower()
    for word in BRAND_WORDS:
        if re.search(r"\b" + re.escape(word) + r"\b", text):
            err("$", f"real brand name \"{word}\" appears in the catalog")

    # Duplicate titles are almost always copy-paste mistakes.
    titles = Counter(c["raw"].get("title") for _, c in courses)
    for t, n in titles.items():
        if n > 1:
            err("$.courses", f"title \"{t}\" is used by {n} courses")


def print_counts(providers, skills, courses, mcs):
    counted = Counter()
    for _, m in mcs:
        for cid in {cid for g in m["_groups"] for cid in g["courses"]}:
            counted[cid] += 1
    used = set()
    for _, c in courses:
        used.update(c["_skills"])
    fields = Counter(m["raw"].get("field") for _, m in mcs)
    langs = Counter(c["raw"].get("language", "en") for _, c in courses)
    levels = Counter(c["raw"].get("level", "(none)") for _, c in courses)
    delivery = Counter(c["raw"].get("delivery", "self-paced") for _, c in courses)
    free = sum(1 for _, c in courses if not c["raw"].get("cost"))
    currencies = Counter(c["raw"].get("currency") for _, c in courses
                         if c["raw"].get("cost"))
    print(f"providers:                          {len(providers)}")
    print(f"courses:                            {len(courses)}")
    print(f"microcredentials:                   {len(mcs)}")
    print(f"skills declared:                    {len(skills)}")
    print(f"distinct skills used by courses:    {len(used)}")
    print(f"courses in 1+ microcredentials:     {sum(1 for v in counted.values() if v >= 1)}")
    print(f"courses in 2+ microcredentials:     {sum(1 for v in counted.values() if v >= 2)}")
    print(f"courses in 3+ microcredentials:     {sum(1 for v in counted.values() if v >= 3)}")
    print("microcredentials per field:         "
          + ", ".join(f"{f} {fields.get(f, 0)}" for f in FIELDS))
    print("courses per language:               "
          + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("courses per level:                  "
          + ", ".join(f"{k} {v}" for k, v in sorted(levels.items())))
    print("courses per delivery:               "
          + ", ".join(f"{k} {v}" for k, v in sorted(delivery.items())))
    print(f"free courses:                       {free}")
    print("paid courses per currency:          "
          + ", ".join(f"{k} {v}" for k, v in sorted(currencies.items(), key=str)))


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("catalog", help="catalog JSON file")
    ap.add_argument("--starter", action="store_true",
                    help="also enforce the editorial rules of the embedded default catalog")
    ap.add_argument("--quiet", action="store_true", help="print problems only")
    args = ap.parse_args(argv)

    try:
        with open(args.catalog, "rb") as fh:
            raw = fh.read()
    except OSError as e:
        print(f"error: cannot read {args.catalog}: {e}", file=sys.stderr)
        return 2
    try:
        doc = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        print(f"$: file is not valid UTF-8 ({e})")
        return 1
    except json.JSONDecodeError as e:
        print(f"$: JSON syntax error at line {e.lineno}, column {e.colno}: {e.msg}")
        return 1

    chk = Checker()
    result = chk.run(doc)
    if result is not None and args.starter:
        starter_checks(chk, doc, *result)
    if result is not None and not args.quiet:
        print_counts(*result)
    if chk.problems:
        print(f"\n{len(chk.problems)} problem(s):")
        for path, msg in chk.problems:
            print(f"  {path}: {msg}")
        return 1
    if not args.quiet:
        print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
