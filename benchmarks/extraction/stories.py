"""The invented news stories of the extraction page set (written for sitrep; no real reporting).

Paragraph marks: "## " a subheading, "- " a list item, "> " a block quotation. Everything
in `paragraphs` is the story's true body, in order; the title, standfirst (`dek`), byline,
dates, captions and every piece of page furniture are not.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Story:
    key: str
    title: str
    date: str  # ISO day of publication
    place: str  # the dateline's place, as a wire would print it
    authors: tuple[str, ...]
    paragraphs: tuple[str, ...]
    dek: str | None = None
    figures: tuple[tuple[str, str], ...] = ()  # (caption, credit)
    tags: tuple[str, ...] = ()
    section: str = "World"
    extra: dict[str, str] = field(default_factory=dict)


STORIES: tuple[Story, ...] = (
    Story(
        key="kaya-market",
        title="Gunmen kill 14 at cattle market near Kaya in northern Burkina Faso",
        date="2024-03-06",
        place="KAYA, Burkina Faso",
        authors=("Aminata Sawadogo",),
        dek="Survivors say the attackers arrived on motorbikes shortly after dawn",
        paragraphs=(
            "Gunmen on motorbikes killed at least 14 traders and herders at a cattle market "
            "outside Kaya on Tuesday morning, local officials and survivors said.",
            "The attackers surrounded the market shortly after dawn, when dozens of herders "
            "had gathered to sell animals ahead of the dry-season migration, a municipal "
            "councillor told reporters by telephone.",
            "\u201cThey fired at anyone who tried to run towards the road,\u201d said a trader "
            "who hid in a grain store. \u201cWhen they left, they took the cattle with them.\u201d",
            "No group has claimed responsibility. Militants linked to al-Qaeda and to the "
            "Islamic State group have staged repeated raids in the Centre-Nord region, where "
            "hundreds of thousands of people have fled their villages.",
            "The army said on Wednesday that reinforcements had been sent to the area and "
            "that an operation to find the attackers was under way.",
            "Humanitarian groups say Kaya now shelters more displaced people than residents, "
            "and that food prices in the town have doubled since last year.",
        ),
        figures=(("Displaced families wait for food aid in Kaya in February 2024.", "AFP"),),
        tags=("Burkina Faso", "Sahel", "Security"),
    ),
    Story(
        key="kharkiv-drones",
        title="Drone strikes on Kharkiv wound nine, damage apartment blocks",
        date="2024-05-18",
        place="KHARKIV, Ukraine",
        authors=("Olena Marchuk", "Tom Reddaway"),
        paragraphs=(
            "Russian drones struck two residential districts of Kharkiv overnight, wounding "
            "nine people including a child and setting fire to the upper floors of an "
            "apartment block, the regional governor said on Saturday.",
            "Firefighters worked for several hours to put out the blaze in the "
            "Saltivskyi district, where residents were evacuated from a nine-storey building.",
            "The governor said air defences had shot down several of the drones, but debris "
            "fell on a school and a row of garages.",
            "## A city under constant alarm",
            "Air raid sirens sounded in Kharkiv for more than six hours during the night. "
            "Many residents now sleep in corridors or in metro stations.",
            "\u201cWe have learned to count the explosions,\u201d said Iryna, a teacher who "
            "spent the night in the basement of her building with her two sons. "
            "\u201cLast night I stopped counting at eleven.\u201d",
            "Ukraine's air force said Russia had launched 31 drones and two missiles at "
            "several regions, and that 24 drones had been destroyed.",
        ),
        figures=(
            (
                "Firefighters work at a damaged apartment block in Kharkiv on May 18, 2024.",
                "Serhii Tkach/Reuters",
            ),
            ("A resident clears broken glass from a balcony.", "Serhii Tkach/Reuters"),
        ),
        tags=("Ukraine", "Russia-Ukraine war", "Kharkiv"),
    ),
    Story(
        key="el-fasher-shelling",
        title="Shelling of El Fasher camp kills six as RSF siege tightens",
        date="2024-06-02",
        place="KHARTOUM",
        authors=("Hamid Osman",),
        dek="Aid groups warn the city's last hospitals are running out of supplies",
        paragraphs=(
            "Artillery shells hit a camp for displaced people on the edge of El Fasher on "
            "Sunday, killing six people and wounding more than 20, according to a volunteer "
            "medical network in North Darfur.",
            "The network blamed the Rapid Support Forces, which have besieged the city for "
            "weeks in their fight with the army for control of Darfur. The RSF did not "
            "respond to a request for comment.",
            "Most of the wounded were taken to the Saudi Hospital, one of the few medical "
            "facilities still working in the city. Doctors there said they had run out of "
            "blood bags and anaesthetic.",
            "The United Nations says more than 800,000 people are trapped in El Fasher, "
            "many of whom had already fled fighting elsewhere in the region.",
            "\u201cEvery day we bury people and every day more arrive at the camp,\u201d a "
            "camp leader said. \u201cThere is nowhere left to go.\u201d",
        ),
        tags=("Sudan", "Darfur"),
    ),
    Story(
        key="mogadishu-hotel",
        title="Al-Shabaab fighters storm Mogadishu hotel in overnight siege",
        date="2023-11-21",
        place="MOGADISHU",
        authors=("Abdi Warsame",),
        paragraphs=(
            "Al-Shabaab fighters stormed a hotel near the presidential palace in Mogadishu "
            "late on Monday, setting off a siege that lasted until the early hours of "
            "Tuesday, police said.",
            "A police spokesman said security forces had killed all five attackers and "
            "rescued more than 60 people trapped inside the building. At least three "
            "guards and two civilians were killed.",
            "The attack began with a car bomb at the hotel's gate, witnesses said, before "
            "gunmen entered the compound and went from floor to floor.",
            "The militant group said in a statement on a website it uses that its fighters "
            "had targeted government officials staying at the hotel.",
            "Al-Shabaab has fought Somalia's federal government for more than 15 years and "
            "frequently attacks hotels used by officials and foreign visitors.",
        ),
        figures=(("Smoke rises from the hotel during the siege.", "Feisal Omar/Reuters"),),
        tags=("Somalia", "Al-Shabaab"),
    ),
    Story(
        key="goma-protest",
        title="Protesters burn tyres in Goma over M23 advance",
        date="2024-02-12",
        place="GOMA, Democratic Republic of Congo",
        authors=("Patient Mushagalusa",),
        paragraphs=(
            "Hundreds of young protesters blocked roads in Goma with burning tyres on Monday, "
            "accusing Western countries of failing to stop the advance of M23 rebels towards "
            "the city.",
            "Police fired tear gas to disperse a crowd that had gathered outside a United "
            "Nations compound, and several people were injured, witnesses said.",
            "The protests came after M23 fighters captured villages around Sake, about 25 "
            "kilometres west of Goma, cutting one of the main roads into the city.",
            "Congo accuses neighbouring Rwanda of backing the rebels, a charge Kigali denies.",
            "Shops and schools stayed closed for most of the day. By evening the streets "
            "were calm, but organisers said they would march again.",
        ),
        tags=("DR Congo", "M23"),
    ),
    Story(
        key="idlib-airstrike",
        title="Air strikes hit market town in Idlib countryside, rescuers say",
        date="2023-10-08",
        place="IDLIB, Syria",
        authors=("Leila Haddad",),
        dek="White Helmets volunteers pulled survivors from the rubble of a market",
        paragraphs=(
            "Air strikes on a market town in the countryside of Idlib killed at least nine "
            "civilians on Sunday, rescue workers said, in one of the heaviest days of "
            "bombardment in the region this year.",
            "The Syria Civil Defence, known as the White Helmets, said its teams had pulled "
            "survivors from the rubble of shops and homes after four strikes in quick "
            "succession.",
            "Syrian state media said the army had targeted positions of \u201cterrorist "
            "groups\u201d in response to drone attacks on government-held areas.",
            "## Schools closed",
            "Local education officials closed schools in several towns for three days. "
            "Thousands of families moved towards the Turkish border, where camps are already "
            "crowded.",
            "More than four million people live in the opposition-held north-west, most of "
            "them dependent on aid.",
        ),
        figures=(
            ("Rescuers search the rubble of a market in Idlib province.", "Abdulaziz Ketaz/AFP"),
        ),
        tags=("Syria", "Idlib"),
    ),
    Story(
        key="mandalay-bombing",
        title="Junta air raid on Sagaing village kills 11 villagers",
        date="2024-01-10",
        place="MANDALAY, Myanmar",
        authors=("Khin Myat Noe",),
        paragraphs=(
            "A military air strike on a village in Myanmar's Sagaing region killed 11 people "
            "on Tuesday, including four children, according to residents and a local "
            "resistance group.",
            "Two fighter jets dropped bombs on the village in the early afternoon, when many "
            "people were at home for lunch, a resident said.",
            "A spokesman for the ruling military council said troops had targeted a base of "
            "the People's Defence Force. He did not mention civilian casualties.",
            "Sagaing has been one of the centres of armed resistance to the military since "
            "the 2021 coup. Monitoring groups say air strikes there have become more "
            "frequent in recent months.",
        ),
        tags=("Myanmar",),
    ),
    Story(
        key="gao-convoy",
        title="Roadside bomb hits army convoy near Gao",
        date="2023-09-14",
        place="GAO, Mali",
        authors=("Moussa Traor\u00e9",),
        paragraphs=(
            "A roadside bomb struck a Malian army convoy on the road between Gao and Ansongo "
            "on Wednesday, killing four soldiers and wounding seven, military sources said.",
            "The convoy was escorting fuel trucks when the explosion hit its lead vehicle, "
            "one source said. Soldiers then exchanged fire with gunmen for about an hour.",
            "The army confirmed the attack in a statement but gave a lower toll of two dead.",
            "Jihadist groups have stepped up attacks in northern Mali since the withdrawal "
            "of United Nations peacekeepers began.",
        ),
        tags=("Mali", "Sahel"),
    ),
    Story(
        key="maiduguri-abduction",
        title="Students abducted from school in Borno, parents say",
        date="2024-03-08",
        place="MAIDUGURI, Nigeria",
        authors=("Ibrahim Musa",),
        dek="It is the second mass kidnapping in the north-east this month",
        paragraphs=(
            "Gunmen abducted at least 25 students from a secondary school in Borno state "
            "early on Thursday, parents and a local official said.",
            "The attackers arrived in pick-up trucks before dawn and forced the students "
            "into the bush, a parent who lives near the school said.",
            "Police in Maiduguri confirmed an attack on the school but said they were still "
            "trying to establish how many students were missing.",
            "Here is what we know so far:",
            "- The school had about 300 boarding students.",
            "- Some students escaped by climbing the perimeter wall.",
            "- No group has claimed the kidnapping.",
            "Mass abductions for ransom have become common in northern Nigeria in recent "
            "years, carried out both by jihadist groups and by criminal gangs.",
        ),
        tags=("Nigeria", "Kidnapping"),
    ),
    Story(
        key="beirut-strike",
        title="Strike on car in south Lebanon kills two, security sources say",
        date="2024-02-27",
        place="BEIRUT",
        authors=("Rana Khoury",),
        paragraphs=(
            "A drone strike hit a car on a road near the southern Lebanese town of Nabatieh "
            "on Tuesday, killing two men, two security sources said.",
            "The sources said the men were members of an armed group. The group later "
            "announced the death of two of its fighters without saying where they were "
            "killed.",
            "Cross-border exchanges of fire have intensified over recent weeks, forcing tens "
            "of thousands of people to leave their homes on both sides of the frontier.",
        ),
        tags=("Lebanon",),
    ),
    Story(
        key="port-au-prince-gangs",
        title="Gangs attack police station in Port-au-Prince as violence spreads",
        date="2024-03-03",
        place="PORT-AU-PRINCE",
        authors=("Jean-Robert Pierre",),
        paragraphs=(
            "Armed gangs attacked a police station in the Haitian capital overnight, setting "
            "vehicles on fire and freeing people held in its cells, the police union said "
            "on Sunday.",
            "At least three officers were killed, the union said. Residents of nearby "
            "streets said the shooting lasted for several hours.",
            "\u201cWe could not leave the house,\u201d said a mother of three who lives "
            "opposite the station. \u201cThe bullets were hitting the walls.\u201d",
            "Gangs now control most of Port-au-Prince and the main roads leading out of it, "
            "according to the United Nations.",
            "The government declared a state of emergency in the capital's western "
            "department and imposed a night-time curfew.",
        ),
        figures=(("Burned vehicles outside the police station.", "Odelyn Joseph/AP"),),
        tags=("Haiti", "Gangs"),
    ),
    Story(
        key="cabo-delgado",
        title="Insurgents raid villages in Cabo Delgado, thousands flee",
        date="2024-02-20",
        place="PEMBA, Mozambique",
        authors=("Marta Chissano",),
        paragraphs=(
            "Insurgents raided at least three villages in Mozambique's Cabo Delgado province "
            "last week, burning homes and a church and forcing thousands of people to flee "
            "towards the coast, aid agencies said on Tuesday.",
            "The International Organization for Migration said more than 67,000 people had "
            "been displaced in the province since the start of the year.",
            "Witnesses said the attackers beheaded two men in the village of Mazeze, a claim "
            "that could not be independently verified.",
            "## Troops spread thin",
            "Regional troops deployed to Cabo Delgado in 2021 are being withdrawn, and "
            "analysts say Mozambican forces are struggling to hold rural areas.",
            "The insurgency, linked to the Islamic State group, began in 2017.",
        ),
        tags=("Mozambique",),
    ),
    Story(
        key="juba-clashes",
        title="Clashes between cattle herders kill 20 in South Sudan's Warrap state",
        date="2024-01-28",
        place="JUBA",
        authors=("Deng Garang",),
        paragraphs=(
            "Fighting between rival groups of cattle herders killed at least 20 people in "
            "South Sudan's Warrap state over the weekend, a state official said on Sunday.",
            "The clashes broke out over grazing land and water points, the official said, "
            "and spread to three villages before soldiers were deployed to separate the "
            "sides.",
            "Cattle raids and revenge attacks are common in parts of South Sudan, where "
            "cows are a measure of wealth and are paid as dowry.",
            "A local peace committee said it would meet elders from both communities this week.",
        ),
        tags=("South Sudan",),
    ),
    Story(
        key="kabul-blast",
        title="Explosion at Kabul mosque kills worshippers during Friday prayers",
        date="2023-10-13",
        place="KABUL",
        authors=("Farid Ahmadi",),
        paragraphs=(
            "An explosion ripped through a mosque in northern Kabul during Friday prayers, "
            "killing at least seven worshippers, a police spokesman said.",
            "The spokesman said the blast had been caused by a bomb hidden near the "
            "prayer hall. Dozens of people were wounded.",
            "No group immediately claimed the attack. The local branch of the Islamic State "
            "group has carried out several bombings of mosques in recent years.",
            "Taliban authorities sealed off the area and asked journalists to stay away.",
        ),
        tags=("Afghanistan",),
    ),
    Story(
        key="bamenda-curfew",
        title="Separatists impose lockdown in Bamenda as army raids homes",
        date="2023-10-02",
        place="BAMENDA, Cameroon",
        authors=("Emmanuel Nfor",),
        paragraphs=(
            "Separatist fighters ordered a two-week lockdown in Cameroon's North-West region "
            "on Monday, and residents of Bamenda said the streets were almost empty.",
            "Soldiers searched homes in several neighbourhoods and arrested at least 12 "
            "young men they accused of supporting the separatists, relatives said.",
            "The army said it had seized weapons and ammunition during the operation.",
            "The conflict between English-speaking separatists and government forces has "
            "killed thousands of people since 2017.",
        ),
        tags=("Cameroon",),
    ),
    Story(
        key="gaza-aid",
        title="Crowds rush aid trucks as hunger deepens",
        date="2024-02-29",
        place="GAZA",
        authors=("Nour Saleh",),
        dek="Witnesses describe chaos at a distribution point before dawn",
        paragraphs=(
            "Thousands of people rushed towards aid trucks at a distribution point before "
            "dawn on Thursday, and witnesses said gunfire broke out as the crowd surged.",
            "Health officials said dozens of people were killed and hundreds wounded. The "
            "circumstances of the deaths were disputed.",
            "Aid agencies say convoys are reaching only a fraction of the people who need "
            "food, and that several have been looted on the way.",
            "\u201cPeople are eating animal feed,\u201d said an aid worker. "
            "\u201cThis is what it has come to.\u201d",
        ),
        tags=("Middle East",),
    ),
    Story(
        key="tigray-returns",
        title="Displaced families begin returning to western Tigray",
        date="2024-06-15",
        place="MEKELLE, Ethiopia",
        authors=("Selam Tesfaye",),
        paragraphs=(
            "The first groups of displaced families began returning to their homes in "
            "western Tigray this week under a deal between the federal government and the "
            "regional administration, officials said.",
            "Buses carried about 2,000 people from camps near Shire, where many had lived "
            "for more than three years.",
            "Returnees described empty houses and fields left unplanted. \u201cWe have to "
            "start again from nothing,\u201d said a farmer.",
            "Aid groups welcomed the returns but said the area still lacked clinics, water "
            "and seeds for the planting season.",
        ),
        tags=("Ethiopia",),
        section="Africa",
    ),
    Story(
        key="kidal-capture",
        title="Malian army says it has taken Kidal from rebels",
        date="2023-11-14",
        place="BAMAKO",
        authors=("Moussa Traor\u00e9",),
        paragraphs=(
            "Mali's army said on Tuesday it had taken control of Kidal, the northern town "
            "held for nearly a decade by mainly Tuareg rebel groups.",
            "The rebels said they had withdrawn from the town to protect civilians after "
            "days of air strikes.",
            "Residents reported that many families had left for the desert and for the "
            "Algerian border ahead of the army's advance.",
            "The capture is a symbolic victory for the military government, which has made "
            "the recovery of national territory its main promise.",
        ),
        tags=("Mali",),
    ),
    Story(
        key="marawi-anniversary",
        title="Years after the siege, Marawi residents still wait to go home",
        date="2023-10-17",
        place="MARAWI, Philippines",
        authors=("Carmela Reyes",),
        dek="A long read on a city that was emptied and has not been filled again",
        paragraphs=(
            "On the edge of the most damaged part of Marawi, Norhaya Macabando keeps the "
            "key to a house that no longer stands.",
            "She left in May 2017, on the second day of the fighting between the army and "
            "militants who had pledged allegiance to the Islamic State group. Five months "
            "later the city centre lay in ruins.",
            "## The rebuilding",
            "The government has paved new roads and built a stadium, a convention centre "
            "and a museum about the siege. But thousands of families are still in "
            "temporary shelters.",
            "\u201cThey built everything except our homes,\u201d said Macabando.",
            "Officials say compensation payments have begun and that more families will "
            "return next year.",
            "## What remains",
            "Some residents have rebuilt on their own. Others have given up and moved to "
            "other provinces.",
            "For Macabando, the key is a promise. \u201cWhen I go back,\u201d she said, "
            "\u201cI will open the door myself.\u201d",
        ),
        figures=(("Temporary shelters on the outskirts of Marawi.", "Carmela Reyes"),),
        tags=("Philippines", "Long read"),
        section="Features",
    ),
    Story(
        key="sahel-drone-report",
        title="Report: drone strikes in the Sahel have killed scores of civilians",
        date="2024-04-11",
        place="DAKAR",
        authors=("Research desk",),
        paragraphs=(
            "Drone strikes by armed forces in the central Sahel killed at least 60 civilians "
            "in the past year, according to a report published on Thursday by a human "
            "rights organisation.",
            "The report documents seven strikes on markets, weddings and funerals in "
            "Burkina Faso, Mali and Niger, based on interviews with survivors and satellite "
            "images.",
            "## Findings",
            "- Most strikes hit gatherings of people in villages.",
            "- Survivors said there were no armed men among the victims.",
            "- None of the strikes has been investigated by the authorities.",
            "## Recommendations",
            "The organisation called on the three governments to investigate the strikes "
            "and to compensate victims' families.",
        ),
        tags=("Sahel", "Reports"),
        section="Reports",
    ),
    Story(
        key="tripoli-clashes",
        title="Armed groups clash in Tripoli, airport flights suspended",
        date="2023-08-15",
        place="TRIPOLI, Libya",
        authors=("Ahmed Elumami",),
        paragraphs=(
            "Fighting broke out between two armed groups in the Libyan capital on Monday "
            "night, killing at least 27 people and forcing the suspension of flights at "
            "Mitiga airport, health officials said.",
            "The clashes began after one group detained a commander of the other at the "
            "airport, residents and local media said.",
            "Heavy gunfire and explosions were heard in several southern districts until a "
            "ceasefire was announced on Tuesday afternoon.",
            "The emergency medicine centre said it had evacuated hundreds of families "
            "trapped by the fighting.",
        ),
        tags=("Libya",),
    ),
    Story(
        key="minister-statement",
        title="Ministry statement on the security situation in the eastern districts",
        date="2024-04-03",
        place="VALMORA",
        authors=("Press Office",),
        paragraphs=(
            "The Ministry of Defence informs the public that security operations continued "
            "in the eastern districts on 2 April 2024.",
            "During the operations, units of the armed forces dismantled two camps used by "
            "armed groups near the village of Ostrel and seized weapons and explosives.",
            "Two members of the armed forces were wounded and are receiving treatment.",
            "The Ministry asks residents to report any suspicious activity to the nearest "
            "police station and to avoid the forest roads east of Ostrel until further "
            "notice.",
        ),
        tags=(),
        section="Press releases",
    ),
    Story(
        key="newsletter-essay",
        title="Why the ceasefire talks keep failing",
        date="2024-05-02",
        place="",
        authors=("Miriam Okafor",),
        dek="Three reasons, and one small reason for hope",
        paragraphs=(
            "Every few weeks a new round of talks begins, and every few weeks it ends with "
            "a statement promising more talks. Readers have asked me why.",
            "The first reason is simple: neither side believes it is losing. As long as "
            "both think time is on their side, a ceasefire looks like a concession.",
            "The second is that the mediators disagree among themselves. Each has its own "
            "interests in the region, and the parties know it.",
            "The third is that the men at the table do not control the men with the guns. "
            "Commanders in the field have their own reasons to keep fighting.",
            "And the reason for hope? Local truces have held in two districts since March. "
            "They were agreed by elders, not diplomats.",
            "Thanks for reading. I will be back next week.",
        ),
        tags=(),
        section="Analysis",
    ),
    Story(
        key="quetta-blast",
        title="Bomb blast at Quetta railway station kills 24",
        date="2024-11-09",
        place="QUETTA, Pakistan",
        authors=("Saleem Baloch",),
        paragraphs=(
            "A suicide bomber blew himself up at the railway station in Quetta on Saturday, "
            "killing at least 24 people, most of them soldiers waiting for a train, police "
            "said.",
            "More than 40 people were wounded in the blast, which happened on a crowded "
            "platform shortly before the train was due to leave for Peshawar.",
            "A separatist group claimed responsibility in a message to journalists.",
            "Rescue workers carried the wounded to the city's civil hospital, where an "
            "emergency was declared and doctors called in from leave.",
            "Balochistan province has seen a rise in attacks on security forces this year.",
        ),
        figures=(("Security officials at the site of the blast in Quetta.", "Banaras Khan/AFP"),),
        tags=("Pakistan",),
    ),
    Story(
        key="rakhine-fighting",
        title="Fighting in Rakhine displaces thousands as rebels advance",
        date="2024-05-21",
        place="YANGON",
        authors=("Staff reporter",),
        paragraphs=(
            "Fighting between Myanmar's military and an ethnic armed group in Rakhine state "
            "has driven thousands of people from their homes over the past week, aid "
            "groups said on Tuesday.",
            "The rebels said they had captured the town of Buthidaung after weeks of "
            "clashes. The military has not commented.",
            "Residents said much of the town had been burned. It could not be established "
            "who set the fires.",
            "Communications in the area have been cut for months, making it hard to verify "
            "reports.",
        ),
        tags=("Myanmar", "Rakhine"),
    ),
    Story(
        key="bukavu-grenade",
        title="Grenades thrown at rally in Bukavu kill three",
        date="2025-02-27",
        place="BUKAVU, Democratic Republic of Congo",
        authors=("Patient Mushagalusa",),
        paragraphs=(
            "Two grenades exploded at the end of a public rally in Bukavu on Thursday, "
            "killing three people and wounding dozens, witnesses and a local official said.",
            "The rally had been organised by the leaders of the rebel movement that took "
            "the city this month.",
            "One of the leaders blamed the government for the attack. Government officials "
            "rejected the accusation and called for an independent inquiry.",
            "Video shared online showed people running from the square as smoke rose near "
            "the podium.",
        ),
        tags=("DR Congo",),
    ),
    Story(
        key="sanaa-arrests",
        title="Houthi authorities detain aid workers in Sanaa",
        date="2024-06-07",
        place="ADEN, Yemen",
        authors=("Mohammed al-Qadhi",),
        paragraphs=(
            "Houthi authorities have detained at least 11 employees of United Nations "
            "agencies and aid groups in Sanaa and other cities, the United Nations said on "
            "Friday.",
            "Relatives said security officers raided homes at night and took the workers "
            "to unknown locations.",
            "The United Nations called for their immediate release. Houthi officials did "
            "not comment.",
        ),
        tags=("Yemen",),
    ),
    Story(
        key="live-blog",
        title="Live: Storm and flooding updates as rivers burst banks",
        date="2024-09-12",
        place="",
        authors=("Live team",),
        paragraphs=(
            "## 14:05",
            "Rescue teams in boats have reached the village of Lower Ashby, where about 40 "
            "people were stranded on rooftops overnight, the fire service says.",
            "## 13:40",
            "The river at Millbridge is now above its highest recorded level. Police have "
            "closed both bridges in the town.",
            "## 12:55",
            "Schools in the district will stay closed tomorrow, the council has announced.",
            "## 12:10",
            "Good afternoon and welcome to our coverage of the flooding. Here is what we "
            "know so far: heavy rain fell for more than 30 hours, and three rivers have "
            "burst their banks.",
        ),
        tags=("Weather",),
        section="Live",
    ),
    Story(
        key="court-verdict",
        title="Court jails former militia commander for 20 years over village massacre",
        date="2024-07-19",
        place="THE HAGUE",
        authors=("Eva de Vries",),
        paragraphs=(
            "An international court sentenced a former militia commander to 20 years in "
            "prison on Friday for crimes committed during an attack on a village in 2003.",
            "Judges found that fighters under his command killed more than 100 civilians "
            "and burned homes and a mosque.",
            "The defence said it would appeal. The commander, who denied the charges, "
            "showed no reaction as the sentence was read.",
            "Victims' lawyers said the verdict came too late for many survivors, but welcomed it.",
        ),
        tags=("Justice",),
    ),
    Story(
        key="opinion-peacekeepers",
        title="The peacekeepers are leaving. Who will protect civilians now?",
        date="2024-01-05",
        place="",
        authors=("Dr Hannah Lindqvist",),
        dek="The end of the mission leaves a gap that no one has planned to fill",
        paragraphs=(
            "When the last peacekeepers leave at the end of this month, they will leave "
            "behind bases, roads and a great many unanswered questions.",
            "The mission was never popular. It was slow, expensive and often absent when "
            "villages were attacked. Yet in some towns it was the only force that stood "
            "between armed groups and civilians.",
            "Who will do that now? The government says its army is ready. The record of "
            "the past year does not support that claim.",
            "There is still time to plan a handover that protects people rather than "
            "territory. It would cost far less than the alternative.",
        ),
        tags=("Opinion",),
        section="Opinion",
    ),
    Story(
        key="chad-refugees",
        title="Refugees keep crossing into Chad as Darfur fighting goes on",
        date="2024-04-22",
        place="ADRE, Chad",
        authors=("Mahamat Abakar",),
        paragraphs=(
            "Hundreds of refugees are still crossing from Darfur into eastern Chad every "
            "day, a year after the war in Sudan began, aid agencies said on Monday.",
            "At the border town of Adre, families arrive on foot and on donkey carts, "
            "carrying what they could save.",
            "The United Nations refugee agency says more than 600,000 people have fled to "
            "Chad since April last year, and that its appeal is less than a fifth funded.",
            "\u201cWe ran when they burned the market,\u201d said a woman who arrived with "
            "five children. \u201cI do not know where my husband is.\u201d",
            "Camps near the border are overcrowded, and the rainy season will soon cut the "
            "roads used to bring in supplies.",
        ),
        figures=(
            ("Newly arrived refugees wait for registration in Adre.", "Zohra Bensemra/Reuters"),
        ),
        tags=("Chad", "Sudan", "Refugees"),
    ),
    Story(
        key="bogota-attack",
        title="Explosive attack on police post in Cauca wounds five officers",
        date="2024-05-20",
        place="BOGOTA",
        authors=("Luisa Fernanda G\u00f3mez",),
        paragraphs=(
            "An explosive-laden motorbike blew up beside a police post in Colombia's Cauca "
            "province on Monday, wounding five officers and two civilians, police said.",
            "Officials blamed a dissident faction of the former FARC guerrilla group, which "
            "is active in the area.",
            "The attack came a day after the government suspended talks with the faction, "
            "accusing it of attacks on indigenous communities.",
            "Cauca has seen some of the worst violence in Colombia since the 2016 peace agreement.",
        ),
        tags=("Colombia",),
    ),
)
