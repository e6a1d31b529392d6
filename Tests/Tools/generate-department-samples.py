#!/usr/bin/env python3
"""Generate samples/department/: a fictional department's year of pump logs for the clinical activity log.

Run once from the package root; the output is committed, so the script only needs re-running when the sample
set is meant to change:

    python3 Tests/Tools/generate-department-samples.py

Deterministic (fixed seed). Every patient name, record number and date of birth is invented; the logbook tests
scan every logbook output for them. The year is ABCP's reporting year 2025-07-01 to 2026-06-30, at the
fictional St Example Cardiac Centre, with five perfusion staff (one a student), 120 records over ten activity
kinds, hand-overs, a standby, a two-primary conflict, a primary relieved for most of a case, and a three-day
VA ECMO run with shifts.
"""
import datetime
import os
import random

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "samples", "department")
SITE = "St Example Cardiac Centre"
rng = random.Random(20250701)

STAFF = {
    "marsh": "J. Marsh CCP", "lindqvist": "K. Lindqvist CCP", "andrade": "P. Andrade CCP",
    "diaz": "R. Diaz CCP", "ng": "T. Ng",
}
SHORT = {k: v.replace(" CCP", "") for k, v in STAFF.items()}
SURGEONS = ["A. Okafor", "R. Haddad", "M. Castellano"]
ANAESTHETISTS = ["L. Berg", "M. Iwu", "S. Petrov"]
FIRST = ["Harriet", "Oswin", "Marguerite", "Tobias", "Ingrid", "Casimir", "Delphine", "Rupert", "Agathe",
         "Leopold", "Winifred", "Bartholomew", "Philippa", "Evander", "Rosalind", "Ignatius"]
LAST = ["Quillfeather", "Ambervale", "Thistlewood", "Crowhurst", "Pennywhistle", "Larkspur", "Fennimore",
        "Brackenridge", "Hollingsworth", "Marchbanks", "Oakenshaw", "Wrenfield"]

patients_used = set()


def patient(age_days):
    while True:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if name not in patients_used:
            patients_used.add(name)
            break
    return name, f"{rng.randint(10000000, 99999999):08d}", age_days


def dob_for(case_date, age_days):
    return (case_date - datetime.timedelta(days=age_days)).isoformat()


def body_size(age_days):
    years = age_days / 365.25
    if years < 1:
        return "55 cm", f"{4 + years * 5:.1f} kg"
    if years < 18:
        return f"{int(80 + years * 5)} cm", f"{int(10 + years * 2.8)} kg"
    return f"{rng.randint(155, 188)} cm", f"{rng.randint(52, 104)} kg"


def header(case_id, kind, date, team, pat, extra=(), mode=None, location=None, procedure=None):
    name, mrn, age_days = pat
    height, weight = body_size(age_days)
    lines = ["---", "record: perfusion-case", f"case_id: {case_id}", f"kind: {kind}"]
    if mode:
        lines.append(f"mode: {mode}")
    lines += [f"date: {date.isoformat()}", f"institution: {SITE}"]
    lines.append(f"location: {location}" if location else f"theatre: OR {rng.randint(1, 4)}")
    if procedure:
        lines.append(f"procedure: {procedure}")
    lines += list(extra)
    lines.append("team:")
    for role, who in team:
        if isinstance(who, list):
            lines.append(f"  {role}: [{', '.join(who)}]")
        else:
            lines.append(f"  {role}: {who}")
    lines += ["patient:", f"  name: {name}", f'  mrn: "{mrn}"', f"  dob: {dob_for(date, age_days)}",
              f"  sex: {rng.choice(['male', 'female'])}", f"  height: {height}", f"  weight: {weight}", "---", ""]
    return lines


def clock(t):
    return t.strftime("%H:%M")


def stamp(t):
    return t.strftime("%Y-%m-%d %H:%M")


def cpb_events(date, reliefs, paediatric):
    """A bypass case: ACT, heparin, cannulation, CPB on, clamp, cardioplegia, reliefs, CPB off, protamine."""
    start = datetime.datetime.combine(date, datetime.time(8, rng.choice([0, 10, 20, 30])))
    on = start + datetime.timedelta(minutes=32)
    length = rng.randint(70, 150)
    off = on + datetime.timedelta(minutes=length)
    clamp_on, clamp_off = on + datetime.timedelta(minutes=8), off - datetime.timedelta(minutes=25)
    heparin = "2000 IU" if paediatric else f"{rng.choice([20000, 25000, 30000])} IU"
    events = [(start, "ACT 131 s (baseline)"), (start + datetime.timedelta(minutes=10), f"Heparin {heparin} IV"),
              (start + datetime.timedelta(minutes=16), f"ACT {rng.randint(480, 640)} s"),
              (start + datetime.timedelta(minutes=24), "Aortic cannulation"), (on, "CPB on"),
              (clamp_on, "Cross-clamp on"),
              (clamp_on + datetime.timedelta(minutes=1), "Cardioplegia #1 antegrade, del Nido, 1000 mL"),
              (clamp_off, "Cross-clamp off"), (off, "CPB off"),
              (off + datetime.timedelta(minutes=9), "Protamine 250 mg over 10 min")]
    for fraction, text in reliefs:
        events.append((on + datetime.timedelta(minutes=int(length * fraction)), f"Relief: {text}"))
    return sorted(events)


def write(path, lines, events, heading="# Pump log", stamped=False, fluids=()):
    body = lines + [heading, "", "## Events", ""]
    body += [f"- {stamp(t) if stamped else clock(t)} {text}" for t, text in events]
    if fluids:
        body += ["", "## Fluids", ""] + [f"- {f}" for f in fluids]
    with open(os.path.join(OUT, path), "w", encoding="utf-8") as f:
        f.write("\n".join(body) + "\n")


def weekdays(n, start=datetime.date(2025, 7, 1), end=datetime.date(2026, 6, 30)):
    days = [start + datetime.timedelta(days=i) for i in range((end - start).days + 1)]
    days = [d for d in days if d.weekday() < 5]
    return sorted(rng.sample(days, n))


def cpb_cases():
    """96 bypass cases. Primaries by weight; about half with a second perfusionist; the student on 40."""
    dates = weekdays(96)
    primaries = ["marsh"] * 34 + ["lindqvist"] * 24 + ["andrade"] * 22 + ["diaz"] * 16
    rng.shuffle(primaries)
    student_cases = set(rng.sample(range(96), 40))
    observed = set(rng.sample(sorted(student_cases), 12))
    paediatric = set(rng.sample(range(96), 12))
    relief_cases = set(rng.sample(range(96), 10))
    for i, date in enumerate(dates):
        primary = primaries[i]
        team = [("surgeon", rng.choice(SURGEONS)), ("anaesthetist", rng.choice(ANAESTHETISTS)),
                ("perfusionist", STAFF[primary])]
        second = None
        if rng.random() < 0.5 or i in relief_cases:
            second = rng.choice([p for p in ["marsh", "lindqvist", "andrade", "diaz"] if p != primary])
            team.append(("second_perfusionist", STAFF[second]))
        if i in student_cases:
            role = "observer" if i in observed else "student"
            state = "student, observed" if i in observed else "student"
            team.append((role, f"T. Ng ({state}, supervised by {SHORT[primary]})"))
        reliefs = []
        if i in relief_cases and second:
            reliefs = [(0.45, f"{SHORT[second]} takes over from {SHORT[primary]}"),
                       (0.6, f"{SHORT[primary]} takes over from {SHORT[second]}")]
        yield i, date, team, reliefs, i in paediatric


def main():
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        if name.endswith(".md"):
            os.remove(os.path.join(OUT, name))
    procedures = ["CABG x3", "CABG x4", "Aortic valve replacement", "Mitral valve repair", "CABG x2 and AVR"]
    for i, date, team, reliefs, paediatric in cpb_cases():
        age = rng.randint(20, 3000) if paediatric else rng.randint(40 * 365, 85 * 365)
        if i == 7:
            age = 92 * 365 + 40
        if i == 30:  # two primaries written on one case: a conflict the logbook shows, never resolves
            team = [t for t in team if t[0] not in ("perfusionist", "second_perfusionist")]
            team.insert(2, ("perfusionist", [STAFF["marsh"], STAFF["lindqvist"]]))
        if i == 41:  # the primary is relieved for most of the case: under 60 %
            primary = next(v for k, v in team if k == "perfusionist").replace(" CCP", "")
            other = "R. Diaz" if primary != "R. Diaz" else "K. Lindqvist"
            team = [t for t in team if t[0] != "second_perfusionist"] + [("second_perfusionist", other + " CCP")]
            reliefs = [(0.3, f"{other} takes over from {primary}")]
        procedure = "VSD patch closure" if paediatric else rng.choice(procedures)
        lines = header(f"SEC-{date.year}-{i + 101:04d}", "cpb", date, team, patient(age), procedure=procedure,
                       extra=["urgency: elective"])
        write(f"{date.isoformat()}-cpb-{i + 101:03d}.md", lines, cpb_events(date, reliefs, paediatric))
    other_kinds()


def other_kinds():
    dates = weekdays(24, start=datetime.date(2025, 7, 7))
    kinds = (["ecmo"] * 4 + ["vad"] * 3 + ["iabp"] * 3 + ["vv-bypass"] * 2 + ["cell-salvage"] * 3
             + ["limb-perfusion"] * 2 + ["hipec"] * 2 + ["organ-perfusion"] * 2 + ["standby"] * 3)
    rng.shuffle(kinds)
    staff = ["marsh", "lindqvist", "andrade", "diaz"]
    long_run = True
    for n, (date, kind) in enumerate(zip(dates, kinds)):
        who = "andrade" if kind == "ecmo" else staff[n % 4]
        case_id = f"SEC-{date.year}-X{n + 1:03d}"
        name = f"{date.isoformat()}-{kind}-{n + 1:02d}.md"
        writer = {"ecmo": ecmo, "vad": vad, "iabp": iabp, "standby": standby}.get(kind, regional)
        writer(name, case_id, kind, date, who, long_run=long_run and kind == "ecmo")
        long_run = long_run and kind != "ecmo"


def ecmo(path, case_id, kind, date, who, long_run):
    """VA ECMO; the first run of the year lasts three days with shifts: two too short for shift credit."""
    start = datetime.datetime.combine(date, datetime.time(21, 40))
    on = start + datetime.timedelta(minutes=12)
    team = [("ecmo_specialist", STAFF[who]), ("intensivist", "S. Ortega")]
    events = [(start, "Heparin 5000 IU bolus"), (on, "ECMO on (VA), flow 4.0 L/min"),
              (start + datetime.timedelta(hours=2), "Heparin infusion 12 IU/kg/h")]
    end = start + datetime.timedelta(hours=20)
    if long_run:
        day1 = datetime.datetime.combine(date + datetime.timedelta(days=1), datetime.time(0, 0))
        rota = [(7, "R. Diaz", "P. Andrade"), (19, "K. Lindqvist", "R. Diaz"), (31, "P. Andrade", "K. Lindqvist"),
                (43, "R. Diaz", "P. Andrade"), (46, "J. Marsh", "R. Diaz"), (55, "P. Andrade", "J. Marsh")]
        for hour, incoming, outgoing in rota:
            events.append((day1 + datetime.timedelta(hours=hour), f"Relief: {incoming} takes over from {outgoing}"))
        end = day1 + datetime.timedelta(hours=61, minutes=30)
    events.append((end, "ECMO off, decannulated"))
    lines = header(case_id, kind, date, team, patient(rng.randint(30 * 365, 75 * 365)), mode="VA",
                   location="CICU bed 4", extra=["indication: post-cardiotomy cardiogenic shock"])
    write(path, lines, sorted(events), heading="# ECMO run log", stamped=True)


def vad(path, case_id, kind, date, who, long_run):
    team = [("surgeon", rng.choice(SURGEONS)), ("anaesthetist", rng.choice(ANAESTHETISTS)),
            ("perfusionist", STAFF[who])]
    events = cpb_events(date, [], False)
    events.append((events[4][0] + datetime.timedelta(minutes=40), "Device inserted: HeartMate 3 LVAD, apical"))
    events.append((events[4][0] + datetime.timedelta(minutes=70), "Setting change: pump speed 5400 rpm"))
    lines = header(case_id, kind, date, team, patient(rng.randint(35 * 365, 70 * 365)), mode="LVAD (HeartMate 3)",
                   procedure="LVAD implantation on CPB")
    write(path, lines, sorted(events))


def iabp(path, case_id, kind, date, who, long_run):
    team = [("perfusionist", STAFF[who]), ("intensivist", "S. Ortega")]
    start = datetime.datetime.combine(date, datetime.time(14, 5))
    events = [(start, "IABP inserted, 40 mL balloon, left femoral artery"),
              (start + datetime.timedelta(minutes=10), "Setting change: ECG trigger, ratio 1:1"),
              (start + datetime.timedelta(hours=30), "Setting change: ratio 1:2"),
              (start + datetime.timedelta(hours=40), "Setting change: ratio 1:3"),
              (start + datetime.timedelta(hours=44), "IABP removed, haemostasis by pressure")]
    lines = header(case_id, kind, date, team, patient(rng.randint(50 * 365, 80 * 365)), mode="ECG trigger, 1:1",
                   location="CICU bed 2", extra=["indication: cardiogenic shock after myocardial infarction"])
    write(path, lines, events, heading="# IABP log", stamped=True)


def standby(path, case_id, kind, date, who, long_run):
    team = [("surgeon", rng.choice(SURGEONS)), ("standby", STAFF[who])]
    start = datetime.datetime.combine(date, datetime.time(9, 15))
    events = [(start, "Standby start: circuit primed in the room, heparin drawn up"),
              (start + datetime.timedelta(minutes=95), "Standby end: procedure completed, pump not used")]
    lines = header(case_id, kind, date, team, patient(rng.randint(70 * 365, 88 * 365)),
                   procedure="Transcatheter aortic valve implantation, documented pump standby")
    write(path, lines, events, heading="# Standby log")


REGIONAL = {
    "vv-bypass": ("Liver transplantation, veno-venous bypass", "Perfusion start: veno-venous bypass 2.5 L/min",
                  "Perfusion end: veno-venous bypass off after the caval anastomosis"),
    "cell-salvage": ("Revision hip arthroplasty, cell salvage", "Perfusion start: cell salvage collection started",
                     "Perfusion end: last bowl processed"),
    "limb-perfusion": ("Isolated limb perfusion, melphalan", "Perfusion start: limb circuit 400 mL/min",
                       "Perfusion end: washout complete"),
    "hipec": ("Cytoreductive surgery with HIPEC", "Perfusion start: inflow 1.5 L/min at 42 °C",
              "Perfusion end: perfusate drained"),
    "organ-perfusion": ("Normothermic regional perfusion, donation after circulatory death",
                        "Perfusion start: NRP flow 3.0 L/min", "Perfusion end: organs retrieved"),
}


def regional(path, case_id, kind, date, who, long_run):
    procedure, on, off = REGIONAL[kind]
    team = [("surgeon", rng.choice(SURGEONS)), ("perfusionist", STAFF[who])]
    start = datetime.datetime.combine(date, datetime.time(10, 0))
    events = [(start, on), (start + datetime.timedelta(minutes=rng.randint(60, 150)), off)]
    fluids = ["Cell saver returned: 650 mL"] if kind == "cell-salvage" else []
    lines = header(case_id, kind, date, team, patient(rng.randint(30 * 365, 75 * 365)), procedure=procedure)
    write(path, lines, events, fluids=fluids)


if __name__ == "__main__":
    main()
