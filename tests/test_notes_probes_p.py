"""Found-and-type probes: invented reports in rarer wording (a trade of fire, the fall of a town
told as a noun, control wrested back, a bomber detonating himself, chlorine dropped in the
passive, tear gas fired with no agent named, a walkout, a merger, goods commandeered or carted
away) and companies' rivalry told in the words of war. Each was coded by hand following ACLED's
codebook before sitrep was run on it; only the event type and sub-type are checked here."""

from __future__ import annotations

import pytest

from _coding import extract

B, E, P, S = "Battles", "Explosions/Remote violence", "Protests", "Strategic developments"

FOUND = [
    (
        "Government troops and ADF rebels traded fire for most of the night around Oicha "
        "on 3 April 2023, local officials said. Five fighters were killed.",
        B,
        "Armed clash",
    ),
    (
        "SOLDIERS AND SEPARATIST FIGHTERS TRADED GUNFIRE NEAR BAMENDA ON 18 JUNE 2022, "
        "RESIDENTS SAID.",
        B,
        "Armed clash",
    ),
    (
        "The fall of Mansila to jihadists on 11 June 2022 came after the gendarmes left "
        "their post, residents said.",
        B,
        "Non-state actor overtakes territory",
    ),
    (
        "Army units wrested back control of Chiure from insurgents on 9 February 2024, the "
        "defence ministry said.",
        B,
        "Government regains territory",
    ),
    (
        "A bomber detonated himself at the gate of a police academy in Quetta on 4 May "
        "2021, killing six recruits.",
        E,
        "Suicide bomb",
    ),
    (
        "Doctors in Saraqib said cylinders of chlorine were dropped on a street on 1 "
        "February 2018, leaving eleven people struggling to breathe.",
        E,
        "Chemical weapon",
    ),
    (
        "Tear gas was fired at market women blocking the road outside the governor's office "
        "in Lokoja on 22 August 2023.",
        P,
        "Protest with intervention",
    ),
    (
        "Hundreds of lecturers staged a walkout at the university in Makurdi on 2 October "
        "2023 over unpaid allowances.",
        P,
        "Peaceful protest",
    ),
    (
        "Three Mai-Mai factions announced a merger at a meeting in Fizi on 12 March 2022, "
        "naming a joint commander.",
        S,
        "Change to group/activity",
    ),
    (
        "Gunmen commandeered two fuel tankers on the road to Bentiu on 5 May 2023, an "
        "official said.",
        S,
        "Looting/property destruction",
    ),
    (
        "Militiamen carted away the generator and solar panels of the health centre in "
        "Kalemie on 14 April 2022, nurses said.",
        S,
        "Looting/property destruction",
    ),
]

# One mine or device told going off, a laden truck rammed, a march named by its manner, a
# missile brought down, a grenade dropped by a drone
FOUND += [
    (
        "A mine buried in the sand went off under a water truck outside Tessit on 9 May "
        "2023, killing the driver.",
        E,
        "Remote explosive/landmine/IED",
    ),
    (
        "AN IMPROVISED DEVICE WENT OFF NEAR A MARKET IN KHOST ON 2 APRIL 2022, WOUNDING SIX "
        "PEOPLE.",
        E,
        "Remote explosive/landmine/IED",
    ),
    (
        "Insurgents rammed a bomb-laden pickup into the gate of a barracks in Diffa on 12 "
        "January 2021, killing three guards.",
        E,
        "Suicide bomb",
    ),
    (
        "Several thousand people joined a silent march through Antananarivo on 6 November "
        "2023 to denounce the election.",
        P,
        "Peaceful protest",
    ),
    (
        "Air defence crews brought down a cruise missile over Lviv on 9 March 2023, the "
        "regional governor said.",
        S,
        "Disrupted weapons use",
    ),
    (
        "A drone dropped a grenade on an infantry position near Vuhledar on 17 February "
        "2023, wounding three soldiers.",
        E,
        "Air/drone strike",
    ),
]

# Companies' rivalry and deals told in the words of war: no political violence, no group.
NONE = [
    "Two regional mobile operators are locked in a price war, and one launched an aggressive "
    "attack on its rival's market share in Accra this week.",
    "Two commercial banks announced their merger in Harare on 28 May 2024, saying the deal "
    "would please shareholders.",
]


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), FOUND)
def test_event_found_with_type(text: str, event_type: str, sub_event_type: str) -> None:
    kinds = {(e.event_type, e.sub_event_type) for e in extract(text, None)}
    assert (event_type, sub_event_type) in kinds


@pytest.mark.parametrize("text", NONE)
def test_business_rivalry_is_no_event(text: str) -> None:
    assert not extract(text, None)
