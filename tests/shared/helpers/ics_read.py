# Reads .ics files with Python's icalendar (Debian's python3-icalendar) and prints, as JSON,
# what a calendar would show: one object per file named on the command line.
import json
import sys

from icalendar import Calendar


def text(value):
    return None if value is None else str(value)


def address(prop):
    return {"cn": text(prop.params.get("CN")), "value": str(prop)}


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


out = []
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        cal = Calendar.from_ical(f.read())
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    event = events[0]
    alarms = [c for c in event.walk() if c.name == "VALARM"]
    organizer = event.get("ORGANIZER")
    out.append({
        "method": text(cal.get("METHOD")),
        "events": len(events),
        "uid": text(event.get("UID")),
        "summary": text(event.get("SUMMARY")),
        "description": text(event.get("DESCRIPTION")),
        "location": text(event.get("LOCATION")),
        "url": text(event.get("URL")),
        "status": text(event.get("STATUS")),
        "dtstart": event.decoded("DTSTART").isoformat(),
        "organizer": address(organizer) if organizer is not None else None,
        "attendees": [address(a) for a in as_list(event.get("ATTENDEE"))],
        "alarm": text(alarms[0].get("DESCRIPTION")) if alarms else None,
    })
json.dump(out, sys.stdout, ensure_ascii=False)
