"""Held-out stories of the extraction page set: written after the cleaning rules were tuned on
`stories.py`, in layouts the rules never saw (`heldout_templates.py`), and scored once for an
honest estimate. Invented for sitrep; no real reporting.
"""

from __future__ import annotations

from stories import Story

HELDOUT: tuple[Story, ...] = (
    Story(
        key="niamey-checkpoint",
        title="Soldiers killed in attack on checkpoint west of Niamey",
        date="2024-08-19",
        place="NIAMEY, Niger",
        authors=("Ousmane Issoufou",),
        paragraphs=(
            "Gunmen attacked a military checkpoint about 60 kilometres west of Niamey on "
            "Sunday evening, killing six soldiers, two security sources said on Monday.",
            "The attackers came from the direction of the border with Burkina Faso and "
            "withdrew after a gunfight that lasted about 40 minutes, one source said.",
            "Key points from the army's statement",
            "- Reinforcements were sent by helicopter.",
            "- Several attackers were killed, the army said, without giving a number.",
            "The area around the checkpoint has been hit by a series of attacks since the "
            "start of the rainy season.",
        ),
        tags=("Niger",),
    ),
    Story(
        key="sittwe-shelling",
        title="Shells land near Sittwe hospital as fighting edges closer",
        date="2024-09-03",
        place="SITTWE, Myanmar",
        authors=("Aung Kyaw Min",),
        dek="Residents of the Rakhine state capital say the army has dug trenches near town",
        paragraphs=(
            "Artillery shells exploded near the main hospital in Sittwe on Tuesday, damaging "
            "a ward and wounding three patients, hospital staff said.",
            "It was not clear who fired the shells. Both the army and the rebels fighting "
            "for control of Rakhine state have used artillery near towns.",
            "Doctors moved patients to the ground floor and some families took their "
            "relatives home.",
            "\u201cWe cannot guarantee anyone's safety here,\u201d a nurse said.",
        ),
        tags=("Myanmar",),
    ),
    Story(
        key="sinjar-return",
        title="In Sinjar, a school reopens ten years after the massacre",
        date="2024-08-03",
        place="SINJAR, Iraq",
        authors=("Dilan Rashid",),
        paragraphs=(
            "The sound of children reciting the alphabet filled a classroom in Sinjar this "
            "week for the first time in a decade.",
            "The school was destroyed when Islamic State fighters overran the town in 2014. "
            "A charity rebuilt it with money raised by families abroad.",
            "Only a third of the town's families have come back. Many still live in camps "
            "in the Kurdistan region, where they say jobs and services are easier to find.",
            "The headteacher said 140 pupils had enrolled. \u201cEvery child who comes "
            "back is a reason for the next family to return,\u201d she said.",
        ),
        tags=("Iraq",),
    ),
    Story(
        key="zamfara-bandits",
        title="Bandits kill farmers and seize cattle in Zamfara raid",
        date="2024-07-08",
        place="GUSAU, Nigeria",
        authors=("Aisha Bello",),
        paragraphs=(
            "Armed bandits on motorcycles raided two villages in Zamfara state on Saturday, "
            "killing at least 11 farmers and driving away hundreds of cattle, residents said.",
            "A police spokesman confirmed the attack but said the toll was still being "
            "established.",
            "Villagers said the gunmen had demanded a levy before the planting season and "
            "attacked when it was not paid.",
            "Thousands of people have been killed in banditry in north-west Nigeria in "
            "recent years.",
        ),
        tags=("Nigeria",),
    ),
    Story(
        key="sumy-strike",
        title="Missile strike on Sumy administrative building wounds 12",
        date="2024-10-24",
        place="SUMY, Ukraine",
        authors=("Andriy Kovalenko",),
        paragraphs=(
            "A Russian missile hit an administrative building in the centre of Sumy on "
            "Thursday morning, wounding 12 people, the regional military administration said.",
            "The strike blew out windows in nearby apartment blocks and damaged a bus that "
            "was passing, officials said.",
            "Emergency workers searched the rubble for several hours.",
            "Sumy lies about 30 kilometres from the Russian border and is shelled almost daily.",
        ),
        tags=("Ukraine",),
    ),
    Story(
        key="darfur-analysis",
        title="What the fall of a Darfur garrison means for the war",
        date="2024-05-28",
        place="",
        authors=("Dr Samuel Ayodele",),
        dek="An analysis of the shifting front lines in western Sudan",
        paragraphs=(
            "The capture of the garrison leaves the army with a single foothold in the region.",
            "## Supply lines",
            "Control of the roads to the border gives the paramilitary forces a direct "
            "route for fuel and weapons.",
            "## Civilians in the way",
            "Aid groups report that hundreds of thousands of people are trapped between the "
            "lines, with markets closed and wells damaged.",
            "## What comes next",
            "Much depends on whether the army can hold the remaining city. If it falls, the "
            "war in Darfur may be decided for years.",
        ),
        tags=("Sudan", "Analysis"),
        section="Analysis",
    ),
    Story(
        key="cotabato-clash",
        title="Soldiers and gunmen clash in Maguindanao, villagers flee",
        date="2024-03-12",
        place="COTABATO CITY, Philippines",
        authors=("Jerome Santos",),
        paragraphs=(
            "Fighting between soldiers and members of an armed group in Maguindanao del Sur "
            "forced about 1,500 villagers from their homes on Monday, local officials said.",
            "The army said two soldiers were wounded and that the gunmen had retreated into "
            "marshland.",
            "Evacuees sheltered in a school and a gymnasium in the town centre.",
        ),
        tags=("Philippines",),
    ),
    Story(
        key="kyiv-blackout",
        title="Kyiv residents queue for water after strikes on power grid",
        date="2024-11-18",
        place="KYIV",
        authors=("Olena Marchuk",),
        paragraphs=(
            "Residents of several Kyiv districts queued at water points on Monday after a "
            "wave of missile and drone strikes on the power grid left parts of the city "
            "without electricity and running water.",
            "Utility workers said they hoped to restore supplies within a day.",
            "In shops, generators hummed on the pavements. Cafes advertised charging points "
            "for phones.",
            "\u201cWe are used to it now,\u201d said a pensioner carrying two plastic "
            "canisters. \u201cBut the winter is long.\u201d",
        ),
        tags=("Ukraine",),
    ),
)
