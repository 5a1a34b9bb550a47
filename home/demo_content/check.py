"""Validering af demo-indholdet.

Kør fra projektroden:  python -m home.demo_content.check

Tjekker referentiel integritet (alle slugs findes), minimumsantal, unikke
slugs, datoer, regionsnavne, kommunenavne, niveauer og e-mailadresser og
udskriver antal pr. liste. Afslutter med exit-kode 1 ved fejl.
"""

import os
import re
import sys
from datetime import date, datetime
from urllib.parse import urlparse

from . import (
    agreements,
    events,
    evidence,
    methods,
    networks,
    offers,
    specialists,
    vocabulary,
)

REGIONS = {
    "Region Hovedstaden",
    "Region Sjælland",
    "Region Syddanmark",
    "Region Midtjylland",
    "Region Nordjylland",
}

# De 98 kommuner (officielle kortnavne) fordelt på regioner.
MUNICIPALITIES = {
    "Region Hovedstaden": [
        "Albertslund", "Allerød", "Ballerup", "Bornholm", "Brøndby", "Dragør",
        "Egedal", "Fredensborg", "Frederiksberg", "Frederikssund", "Furesø",
        "Gentofte", "Gladsaxe", "Glostrup", "Gribskov", "Halsnæs", "Helsingør",
        "Herlev", "Hillerød", "Hvidovre", "Høje-Taastrup", "Hørsholm", "Ishøj",
        "København", "Lyngby-Taarbæk", "Rudersdal", "Rødovre", "Tårnby",
        "Vallensbæk",
    ],
    "Region Sjælland": [
        "Faxe", "Greve", "Guldborgsund", "Holbæk", "Kalundborg", "Køge", "Lejre",
        "Lolland", "Næstved", "Odsherred", "Ringsted", "Roskilde", "Slagelse",
        "Solrød", "Sorø", "Stevns", "Vordingborg",
    ],
    "Region Syddanmark": [
        "Assens", "Billund", "Esbjerg", "Fanø", "Fredericia", "Faaborg-Midtfyn",
        "Haderslev", "Kerteminde", "Kolding", "Langeland", "Middelfart",
        "Nordfyns", "Nyborg", "Odense", "Svendborg", "Sønderborg", "Tønder",
        "Varde", "Vejen", "Vejle", "Ærø", "Aabenraa",
    ],
    "Region Midtjylland": [
        "Favrskov", "Hedensted", "Herning", "Holstebro", "Horsens", "Ikast-Brande",
        "Lemvig", "Norddjurs", "Odder", "Randers", "Ringkøbing-Skjern", "Samsø",
        "Silkeborg", "Skanderborg", "Skive", "Struer", "Syddjurs", "Viborg",
        "Aarhus",
    ],
    "Region Nordjylland": [
        "Brønderslev", "Frederikshavn", "Hjørring", "Jammerbugt", "Læsø",
        "Mariagerfjord", "Morsø", "Rebild", "Thisted", "Vesthimmerlands",
        "Aalborg",
    ],
}
MUNICIPALITY_REGION = {m: r for r, ms in MUNICIPALITIES.items() for m in ms}

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@example\.dk$")
DT_FORMAT = "%Y-%m-%dT%H:%M"
HHMM_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")

KEYS = {
    "TARGET_GROUPS": {"slug", "name", "description"},
    "FOCUS_AREAS": {"slug", "name", "description"},
    "AGREEMENTS": {
        "slug", "title", "region", "period_start", "period_end", "status",
        "vision", "intro", "focus_areas",
    },
    "AGREEMENT_FOCUS": {"focus_area", "goal", "themes", "actions", "success_criteria"},
    "OFFERS": {
        "slug", "name", "operator", "municipality", "region", "kind",
        "description", "target_groups", "url",
    },
    "EVIDENCE": {
        "slug", "title", "evidence_type", "level", "publisher", "year", "summary",
        "findings", "source_url", "target_groups", "focus_areas",
    },
    "METHODS": {
        "slug", "title", "summary", "purpose", "description", "core_elements",
        "dose_duration", "delivered_by", "legal_basis", "competences",
        "organisation", "cost", "measurement", "practice_use", "status", "owner",
        "contact_name", "contact_email", "evidence_level", "cost_level",
        "implementation_readiness", "danish_relevance", "target_groups",
        "focus_areas", "evidence", "offers", "municipalities", "keywords",
        "last_reviewed", "next_review",
    },
    "NETWORKS": {
        "slug", "title", "kind", "purpose", "description", "coordinator_name",
        "coordinator_email", "region", "agreement", "membership",
        "member_organisations", "meeting_rhythm", "target_groups", "focus_areas",
    },
    "EVENTS": {
        "slug", "title", "kind", "start", "end", "location", "address", "online",
        "organiser", "network", "agreement", "audience", "target_groups",
        "focus_areas", "capacity", "participants", "intro", "programme",
        "materials",
    },
    "SPECIALISTS": {
        "slug", "name", "profession", "expertise", "home_offer", "region",
        "travel_regions", "languages", "bio", "target_groups", "focus_areas",
        "email",
    },
}

MINIMUMS = {
    "TARGET_GROUPS": 12,
    "FOCUS_AREAS": 8,
    "AGREEMENTS": 4,
    "OFFERS": 15,
    "EVIDENCE": 12,
    "METHODS": 28,
    "NETWORKS": 10,
    "EVENTS": 21,
    "SPECIALISTS": 14,
}

UPCOMING_FROM = datetime(2027, 1, 15)
UPCOMING_TO = datetime(2027, 6, 30, 23, 59)
PAST_BEFORE = datetime(2025, 1, 1)

SEEDS_DIR = os.environ.get(
    "VIDENSBANKEN_SEEDS_DIR",
    os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "seeds"),
)


class Checker:
    def __init__(self):
        self.errors = []

    def error(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    # -- generic helpers -------------------------------------------------
    def keys(self, name, obj, expected, where):
        if not isinstance(obj, dict):
            self.error(where, "er ikke en dict")
            return False
        missing = expected - obj.keys()
        extra = obj.keys() - expected
        if missing:
            self.error(where, f"mangler nøgler {sorted(missing)}")
        if extra:
            self.error(where, f"ukendte nøgler {sorted(extra)}")
        return not missing

    def slugs(self, name, items):
        seen = set()
        for i, obj in enumerate(items):
            slug = obj.get("slug") if isinstance(obj, dict) else None
            where = f"{name}[{i}]"
            if not isinstance(slug, str) or not SLUG_RE.match(slug):
                self.error(where, f"ugyldig slug {slug!r}")
                continue
            if slug in seen:
                self.error(where, f"dublet-slug {slug!r}")
            seen.add(slug)
        return seen

    def text(self, where, field, value, allow_empty=False):
        if not isinstance(value, str):
            self.error(where, f"{field} skal være tekst, fik {type(value).__name__}")
            return
        if not allow_empty and not value.strip():
            self.error(where, f"{field} er tom")
        if "lorem" in value.lower() or "ipsum" in value.lower():
            self.error(where, f"{field} indeholder lorem ipsum")

    def str_list(self, where, field, value, allow_empty=True):
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.error(where, f"{field} skal være en liste af tekster")
            return False
        if not allow_empty and not value:
            self.error(where, f"{field} må ikke være tom")
        return True

    def refs(self, where, field, values, valid, allow_empty=True):
        if not isinstance(values, list):
            self.error(where, f"{field} skal være en liste")
            return
        if not allow_empty and not values:
            self.error(where, f"{field} må ikke være tom")
        if len(set(values)) != len(values):
            self.error(where, f"{field} indeholder dubletter")
        for v in values:
            if v not in valid:
                self.error(where, f"{field}: ukendt slug {v!r}")

    def ref(self, where, field, value, valid, nullable=False):
        if value is None and nullable:
            return
        if value not in valid:
            self.error(where, f"{field}: ukendt slug {value!r}")

    def region(self, where, field, value):
        if value not in REGIONS:
            self.error(where, f"{field}: ugyldigt regionsnavn {value!r}")

    def int_range(self, where, field, value, lo, hi, nullable=False):
        if value is None and nullable:
            return
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            self.error(where, f"{field} skal være et heltal {lo}–{hi}, fik {value!r}")

    def email(self, where, field, value):
        if not isinstance(value, str) or not EMAIL_RE.match(value):
            self.error(where, f"{field}: skal være en adresse på example.dk, fik {value!r}")

    def iso_date(self, where, field, value, years):
        try:
            d = date.fromisoformat(value)
        except (TypeError, ValueError):
            self.error(where, f"{field}: ugyldig dato {value!r}")
            return None
        if d.year not in years:
            self.error(where, f"{field}: år skal være et af {sorted(years)}, fik {d.year}")
        return d

    def dt(self, where, field, value):
        try:
            return datetime.strptime(value, DT_FORMAT)
        except (TypeError, ValueError):
            self.error(where, f"{field}: ugyldigt tidspunkt {value!r} (forventet YYYY-MM-DDTHH:MM)")
            return None


def main():
    c = Checker()

    tg = vocabulary.TARGET_GROUPS
    fa = vocabulary.FOCUS_AREAS
    ag = agreements.AGREEMENTS
    of = offers.OFFERS
    ev = evidence.EVIDENCE
    me = methods.METHODS
    nw = networks.NETWORKS
    es = events.EVENTS
    sp = specialists.SPECIALISTS

    lists = {
        "TARGET_GROUPS": tg, "FOCUS_AREAS": fa, "AGREEMENTS": ag, "OFFERS": of,
        "EVIDENCE": ev, "METHODS": me, "NETWORKS": nw, "EVENTS": es,
        "SPECIALISTS": sp,
    }
    slugs = {}
    for name, items in lists.items():
        if not isinstance(items, list):
            c.error(name, "skal være en liste")
            slugs[name] = set()
            continue
        slugs[name] = c.slugs(name, items)
        for i, obj in enumerate(items):
            c.keys(name, obj, KEYS[name], f"{name}[{i}]")
        if len(items) < MINIMUMS[name]:
            c.error(name, f"mindst {MINIMUMS[name]} påkrævet, fandt {len(items)}")

    TG, FA = slugs["TARGET_GROUPS"], slugs["FOCUS_AREAS"]
    AG, OF, EV = slugs["AGREEMENTS"], slugs["OFFERS"], slugs["EVIDENCE"]
    NW = slugs["NETWORKS"]

    # -- vocabularies ----------------------------------------------------
    for name, items in (("TARGET_GROUPS", tg), ("FOCUS_AREAS", fa)):
        for obj in items:
            w = f"{name}:{obj.get('slug')}"
            c.text(w, "name", obj.get("name"))
            c.text(w, "description", obj.get("description"))

    # -- agreements ------------------------------------------------------
    for obj in ag:
        w = f"AGREEMENTS:{obj.get('slug')}"
        for f in ("title", "vision", "intro"):
            c.text(w, f, obj.get(f))
        c.region(w, "region", obj.get("region"))
        c.int_range(w, "period_start", obj.get("period_start"), 2000, 2035)
        c.int_range(w, "period_end", obj.get("period_end"), 2000, 2035)
        if isinstance(obj.get("period_start"), int) and isinstance(obj.get("period_end"), int):
            if obj["period_start"] > obj["period_end"]:
                c.error(w, "period_start er efter period_end")
        if obj.get("status") not in {"gældende", "forslag", "afsluttet"}:
            c.error(w, f"ugyldig status {obj.get('status')!r}")
        fas = obj.get("focus_areas")
        if not isinstance(fas, list) or not fas:
            c.error(w, "focus_areas skal være en ikke-tom liste")
            continue
        used = []
        for j, f in enumerate(fas):
            fw = f"{w}.focus_areas[{j}]"
            if not c.keys("AGREEMENT_FOCUS", f, KEYS["AGREEMENT_FOCUS"], fw):
                continue
            c.ref(fw, "focus_area", f["focus_area"], FA)
            used.append(f["focus_area"])
            c.text(fw, "goal", f["goal"])
            c.text(fw, "success_criteria", f["success_criteria"])
            c.str_list(fw, "themes", f["themes"], allow_empty=False)
            c.str_list(fw, "actions", f["actions"], allow_empty=False)
        if len(set(used)) != len(used):
            c.error(w, "samme fokusområde optræder flere gange")
    required_agreements = {
        ("Region Sjælland", 2018, 2020, "afsluttet"),
        ("Region Sjælland", 2021, 2022, "forslag"),
        ("Region Nordjylland", 2021, 2022, None),
        ("Region Syddanmark", 2023, 2024, None),
    }
    for region, start, end, status in required_agreements:
        hit = [a for a in ag if a.get("region") == region and a.get("period_start") == start
               and a.get("period_end") == end and (status is None or a.get("status") == status)]
        if not hit:
            c.error("AGREEMENTS", f"mangler aftale {region} {start}-{end} ({status or 'vilkårlig status'})")

    # -- offers ----------------------------------------------------------
    for obj in of:
        w = f"OFFERS:{obj.get('slug')}"
        for f in ("name", "operator", "kind", "description"):
            c.text(w, f, obj.get(f))
        c.region(w, "region", obj.get("region"))
        muni = obj.get("municipality")
        if muni is not None:
            if muni not in MUNICIPALITY_REGION:
                c.error(w, f"ukendt kommunenavn {muni!r}")
            elif MUNICIPALITY_REGION[muni] != obj.get("region"):
                c.error(w, f"kommunen {muni} ligger ikke i {obj.get('region')}")
        c.refs(w, "target_groups", obj.get("target_groups"), TG, allow_empty=False)
        url = obj.get("url")
        c.text(w, "url", url, allow_empty=True)
        if url and not url.startswith("https://"):
            c.error(w, f"url skal starte med https:// eller være tom, fik {url!r}")

    # -- evidence --------------------------------------------------------
    for obj in ev:
        w = f"EVIDENCE:{obj.get('slug')}"
        for f in ("title", "publisher", "summary", "findings"):
            c.text(w, f, obj.get(f))
        if obj.get("evidence_type") not in {"review", "rct", "quasi", "qualitative", "practice", "economic"}:
            c.error(w, f"ugyldig evidence_type {obj.get('evidence_type')!r}")
        c.int_range(w, "level", obj.get("level"), 0, 5)
        c.int_range(w, "year", obj.get("year"), 1990, 2026)
        url = obj.get("source_url")
        c.text(w, "source_url", url, allow_empty=True)
        if url:
            parsed = urlparse(url)
            if parsed.scheme != "https" or not parsed.netloc:
                c.error(w, f"source_url skal være https eller tom, fik {url!r}")
            if parsed.path not in ("", "/") or parsed.query or parsed.fragment:
                c.error(w, f"source_url må kun pege på organisationens forside, fik {url!r}")
        c.refs(w, "target_groups", obj.get("target_groups"), TG, allow_empty=False)
        c.refs(w, "focus_areas", obj.get("focus_areas"), FA, allow_empty=False)

    # -- methods ---------------------------------------------------------
    with_evidence = 0
    for obj in me:
        w = f"METHODS:{obj.get('slug')}"
        for f in ("title", "summary", "purpose", "description", "dose_duration", "delivered_by",
                  "competences", "organisation", "cost", "measurement", "practice_use",
                  "owner", "contact_name"):
            c.text(w, f, obj.get(f))
        c.text(w, "legal_basis", obj.get("legal_basis"), allow_empty=True)
        desc = obj.get("description") or ""
        n_paras = len([p for p in desc.split("\n\n") if p.strip()])
        if not 2 <= n_paras <= 3:
            c.error(w, f"description skal have 2–3 afsnit, har {n_paras}")
        ces = obj.get("core_elements")
        if not isinstance(ces, list) or not 3 <= len(ces) <= 5:
            c.error(w, "core_elements skal have 3–5 elementer")
        else:
            for j, e in enumerate(ces):
                if not isinstance(e, dict) or set(e) != {"title", "text"}:
                    c.error(w, f"core_elements[{j}] skal have nøglerne title og text")
                else:
                    c.text(w, f"core_elements[{j}].title", e["title"])
                    c.text(w, f"core_elements[{j}].text", e["text"])
        if obj.get("status") not in {"i_brug", "afproevning", "udvikling", "udfaset"}:
            c.error(w, f"ugyldig status {obj.get('status')!r}")
        c.email(w, "contact_email", obj.get("contact_email"))
        c.int_range(w, "evidence_level", obj.get("evidence_level"), 0, 5, nullable=True)
        c.int_range(w, "cost_level", obj.get("cost_level"), 1, 3)
        c.int_range(w, "implementation_readiness", obj.get("implementation_readiness"), 1, 3)
        c.int_range(w, "danish_relevance", obj.get("danish_relevance"), 1, 3)
        c.refs(w, "target_groups", obj.get("target_groups"), TG, allow_empty=False)
        c.refs(w, "focus_areas", obj.get("focus_areas"), FA, allow_empty=False)
        c.refs(w, "evidence", obj.get("evidence"), EV)
        c.refs(w, "offers", obj.get("offers"), OF)
        munis = obj.get("municipalities")
        if c.str_list(w, "municipalities", munis):
            for m in munis:
                if m not in MUNICIPALITY_REGION:
                    c.error(w, f"ukendt kommunenavn {m!r}")
        c.str_list(w, "keywords", obj.get("keywords"), allow_empty=False)
        c.iso_date(w, "last_reviewed", obj.get("last_reviewed"), {2025, 2026})
        c.iso_date(w, "next_review", obj.get("next_review"), {2027})
        if obj.get("evidence"):
            with_evidence += 1
    if with_evidence < 12:
        c.error("METHODS", f"mindst 12 metoder skal linke til evidens, fandt {with_evidence}")

    # -- networks --------------------------------------------------------
    for obj in nw:
        w = f"NETWORKS:{obj.get('slug')}"
        for f in ("title", "purpose", "description", "coordinator_name", "meeting_rhythm"):
            c.text(w, f, obj.get(f))
        if obj.get("kind") not in {"erfa", "netvaerk", "laboratorium", "taskforce"}:
            c.error(w, f"ugyldig kind {obj.get('kind')!r}")
        if obj.get("membership") not in {"open", "closed"}:
            c.error(w, f"ugyldig membership {obj.get('membership')!r}")
        c.email(w, "coordinator_email", obj.get("coordinator_email"))
        c.region(w, "region", obj.get("region"))
        c.ref(w, "agreement", obj.get("agreement"), AG, nullable=True)
        c.str_list(w, "member_organisations", obj.get("member_organisations"), allow_empty=False)
        c.refs(w, "target_groups", obj.get("target_groups"), TG)
        c.refs(w, "focus_areas", obj.get("focus_areas"), FA, allow_empty=False)

    # -- events ----------------------------------------------------------
    upcoming = past = 0
    for obj in es:
        w = f"EVENTS:{obj.get('slug')}"
        for f in ("title", "location", "organiser", "audience", "intro"):
            c.text(w, f, obj.get(f))
        c.text(w, "address", obj.get("address"), allow_empty=True)
        if obj.get("kind") not in {"temadag", "konference", "netvaerksmoede", "workshop", "symposium"}:
            c.error(w, f"ugyldig kind {obj.get('kind')!r}")
        start = c.dt(w, "start", obj.get("start"))
        end = c.dt(w, "end", obj.get("end"))
        if start and end and end <= start:
            c.error(w, "end skal ligge efter start")
        if not isinstance(obj.get("online"), bool):
            c.error(w, "online skal være bool")
        elif obj["online"] != (obj.get("location") == "Online"):
            c.error(w, "online og location='Online' stemmer ikke overens")
        c.ref(w, "network", obj.get("network"), NW, nullable=True)
        c.ref(w, "agreement", obj.get("agreement"), AG, nullable=True)
        c.refs(w, "target_groups", obj.get("target_groups"), TG)
        c.refs(w, "focus_areas", obj.get("focus_areas"), FA, allow_empty=False)
        c.int_range(w, "capacity", obj.get("capacity"), 1, 5000)
        c.int_range(w, "participants", obj.get("participants"), 0, 5000, nullable=True)
        if start and start >= PAST_BEFORE and obj.get("participants") is not None:
            c.error(w, "participants må kun angives for afholdte arrangementer")
        if (isinstance(obj.get("participants"), int) and isinstance(obj.get("capacity"), int)
                and obj["participants"] > obj["capacity"]):
            c.error(w, "participants overstiger capacity")
        prog = obj.get("programme")
        if not isinstance(prog, list) or not prog:
            c.error(w, "programme skal være en ikke-tom liste")
        else:
            for j, p in enumerate(prog):
                if not isinstance(p, dict) or set(p) != {"time", "title", "speaker"}:
                    c.error(w, f"programme[{j}] skal have nøglerne time, title, speaker")
                    continue
                if not isinstance(p["time"], str) or not HHMM_RE.match(p["time"]):
                    c.error(w, f"programme[{j}].time ugyldigt: {p['time']!r}")
                c.text(w, f"programme[{j}].title", p["title"])
                c.text(w, f"programme[{j}].speaker", p["speaker"], allow_empty=True)
        mats = obj.get("materials")
        if not isinstance(mats, list):
            c.error(w, "materials skal være en liste")
        else:
            for j, m in enumerate(mats):
                if not isinstance(m, dict) or set(m) != {"title", "url"}:
                    c.error(w, f"materials[{j}] skal have nøglerne title og url")
                else:
                    c.text(w, f"materials[{j}].title", m["title"])
                    c.text(w, f"materials[{j}].url", m["url"], allow_empty=True)
        if start:
            if UPCOMING_FROM <= start <= UPCOMING_TO:
                upcoming += 1
            elif start < PAST_BEFORE:
                past += 1
    if past < 15:
        c.error("EVENTS", f"mindst 15 afholdte arrangementer fra kilderne påkrævet, fandt {past}")
    if upcoming < 6:
        c.error("EVENTS", f"mindst 6 planlagte arrangementer i 2027-01-15..2027-06-30 påkrævet, fandt {upcoming}")

    # -- specialists -----------------------------------------------------
    for obj in sp:
        w = f"SPECIALISTS:{obj.get('slug')}"
        for f in ("name", "profession", "expertise", "bio"):
            c.text(w, f, obj.get(f))
        c.ref(w, "home_offer", obj.get("home_offer"), OF)
        c.region(w, "region", obj.get("region"))
        trs = obj.get("travel_regions")
        if c.str_list(w, "travel_regions", trs, allow_empty=False):
            for r in trs:
                c.region(w, "travel_regions", r)
            if obj.get("region") not in trs:
                c.error(w, "egen region skal indgå i travel_regions")
        c.str_list(w, "languages", obj.get("languages"), allow_empty=False)
        c.refs(w, "target_groups", obj.get("target_groups"), TG, allow_empty=False)
        c.refs(w, "focus_areas", obj.get("focus_areas"), FA, allow_empty=False)
        c.email(w, "email", obj.get("email"))
        home = next((o for o in of if o.get("slug") == obj.get("home_offer")), None)
        if home and home.get("region") != obj.get("region"):
            c.error(w, "region svarer ikke til hjemtilbuddets region")

    # -- fictional people must not be named in the seeds -----------------
    people = set()
    people.update(m.get("contact_name") for m in me)
    people.update(n.get("coordinator_name") for n in nw)
    people.update(s.get("name") for s in sp)
    for e in es:
        for p in e.get("programme") or []:
            speaker_field = p.get("speaker") or ""
            if "," not in speaker_field:
                continue  # organisation eller rolle, ikke en navngiven person
            speaker = speaker_field.split(",")[0].strip()
            if re.match(r"^[A-ZÆØÅ][a-zæøå]+( [A-ZÆØÅ][a-zæøå]+){1,3}$", speaker):
                people.add(speaker)
    people.discard(None)
    seeds_checked = False
    if os.path.isdir(SEEDS_DIR):
        seed_text = ""
        for fn in sorted(os.listdir(SEEDS_DIR)):
            with open(os.path.join(SEEDS_DIR, fn), encoding="utf-8", errors="replace") as fh:
                seed_text += fh.read().lower() + "\n"
        seed_text = re.sub(r"\s+", " ", seed_text)
        for name in sorted(people):
            parts = name.split()
            if name.lower() in seed_text or f"{parts[0]} {parts[-1]}".lower() in seed_text:
                c.error("PEOPLE", f"navnet {name!r} forekommer i kildematerialet – brug et fiktivt navn")
        seeds_checked = True

    # -- report ----------------------------------------------------------
    print("Demo-indhold (home.demo_content)")
    for name, items in lists.items():
        print(f"  {name:<14} {len(items):>4}")
    print(f"  {'metoder m. evidens':<14} {with_evidence:>4}")
    print(f"  {'afholdte arr.':<14} {past:>4}")
    print(f"  {'planlagte 2027':<14} {upcoming:>4}")
    print(f"  {'fiktive personer':<14} {len(people):>4}"
          + ("" if seeds_checked else "  (kildetjek sprunget over: seeds ikke fundet)"))
    if c.errors:
        print(f"\n{len(c.errors)} fejl:")
        for e in c.errors:
            print(f"  - {e}")
        return 1
    print("\nOK: alle tjek bestået.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
