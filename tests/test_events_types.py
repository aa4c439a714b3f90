"""Type and sub-type the way ACLED's codebook draws them: the weapon's payload, who does the
violence, what the sentence is really about (one invented sentence per rule)."""

from __future__ import annotations

import pytest

from _articles import events_in as run
from _articles import every
from _articles import run as run_titled
from sitrep.model import Event, Place


def subs(events: tuple[Event, ...]) -> set[str]:
    return {e.sub_event_type for e in events}


# ---------------------------------------------------------------- a toxic payload
@pytest.mark.parametrize(
    "text",
    [
        "Militiamen fired mortar shells filled with chlorine at army trenches outside Kosti "
        "on Monday; nine soldiers were treated for choking.",
        "A drone dropped two grenades loaded with irritant gas on trenches near Kosti on "
        "Monday, the brigade said.",
        "Warplanes dropped bombs carrying a nerve agent on Kosti on Monday, killing 20 people.",
        "Fighters set off a car bomb packed with toxic gas canisters at a checkpoint in Kosti "
        "on Monday.",
    ],
)
def test_a_munition_with_a_toxic_payload_is_a_chemical_weapon(language, knowledge, text):
    assert "Chemical weapon" in subs(run(language, knowledge, text))


def test_tear_gas_at_a_protest_is_no_chemical_weapon(language, knowledge):
    text = "Police fired tear gas and stun grenades at students marching in Kosti on Monday."
    assert "Chemical weapon" not in subs(run(language, knowledge, text))


# ---------------------------------------------------------------- what a looting cue took
@pytest.mark.parametrize(
    "text",
    [
        "A bomb destroyed a primary school in Kosti on Monday night.",
        "The explosion demolished most of the post office in Kosti on Monday.",
    ],
)
def test_what_a_blast_destroyed_is_its_damage_not_looting(language, knowledge, text):
    found = subs(run(language, knowledge, text))
    assert "Remote explosive/landmine/IED" in found
    assert "Looting/property destruction" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The rebels travelled through Kosti on Monday in a stolen pickup truck.",
        "The opposition said on Monday that the ruling party had stolen the presidency in Kosti.",
        "Trenches and debris from destroyed homes blocked the streets of Kosti on Monday.",
    ],
)
def test_a_looting_cue_that_took_no_property_is_no_event(language, knowledge, text):
    assert "Looting/property destruction" not in subs(run(language, knowledge, text))


def test_people_burned_are_an_attack_not_property(language, knowledge):
    text = "Gunmen burned five traders to death inside their lorry near Kosti on Monday."
    found = subs(run(language, knowledge, text))
    assert "Attack" in found
    assert "Looting/property destruction" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Kosti looted and burned shops owned by traders from the south on Monday.",
        "On Monday villagers in Kosti beat a man accused of theft and set him on fire; he "
        "died at the scene.",
    ],
)
def test_violence_by_residents_is_mob_violence(language, knowledge, text):
    found = subs(run(language, knowledge, text))
    assert "Mob violence" in found
    assert not found & {"Attack", "Looting/property destruction"}


def test_men_punishing_a_suspect_are_a_mob(language, knowledge):
    text = (
        "A herder was beaten to death outside a village near Kosti late on Monday by a group "
        "of men who accused him of stealing goats."
    )
    found = subs(run(language, knowledge, text))
    assert "Mob violence" in found
    assert "Attack" not in found


def test_men_suspected_to_be_a_militia_are_no_mob(language, knowledge):
    text = (
        "A herder was hacked to death outside a village near Kosti late on Monday by men "
        "suspected to be militiamen."
    )
    found = subs(run(language, knowledge, text))
    assert "Attack" in found
    assert "Mob violence" not in found


def test_looting_by_gunmen_stays_looting(language, knowledge):
    text = "Gunmen looted and burned shops in the market of Kosti on Monday."
    assert "Looting/property destruction" in subs(run(language, knowledge, text))


def test_two_men_who_shoot_a_journalist_are_no_mob(language, knowledge):
    text = "A radio journalist was shot dead outside his home in Kosti on Monday by two men."
    found = subs(run(language, knowledge, text))
    assert "Mob violence" not in found


def test_a_denied_attack_with_its_dead_told_stays_an_event(language, knowledge):
    text = (
        "At least 30 people were killed in Kosti on Monday when warplanes dropped bombs that "
        "released a toxic gas, doctors said. The government denied using chemical weapons."
    )
    assert "Chemical weapon" in subs(run(language, knowledge, text))


# ---------------------------------------------------------------- whose ground
def test_a_foreign_army_taking_a_town_overtakes_territory(language, knowledge):
    text = "Ethiopian troops took control of Kosti on Monday after days of fighting."
    found = subs(run(language, knowledge, text))
    assert "Non-state actor overtakes territory" in found
    assert "Government regains territory" not in found


def test_the_countrys_own_army_retaking_a_town_regains_it(language, knowledge):
    text = "Sudanese troops took control of Kosti on Monday after days of fighting."
    assert "Government regains territory" in subs(run(language, knowledge, text))


# ---------------------------------------------------------------- a mass grave
@pytest.mark.parametrize(
    "text",
    [
        "Police found a mass grave holding the bodies of nine executed farmers near Kosti on "
        "Monday, a week after militiamen attacked the village.",
        "Investigators began exhuming a mass grave of prisoners killed by the militia near "
        "Kosti on Monday.",
        "Forensic teams found a burial site with 40 graves on the edge of Kosti on Monday, days "
        "after the town was recaptured by the army.",
        # one grave told by what it holds; the site named whole ("mass burial" only qualifies)
        "Soldiers found a grave containing the remains of 12 herders outside Kosti on Monday, "
        "weeks after the area was retaken by the army.",
        "Villagers found a clandestine grave holding four bodies near Kosti on Monday.",
        "Prosecutors found a mass burial site with 60 graves in a valley near Kosti on Monday, "
        "a month after the town was recaptured from the rebels.",
    ],
)
def test_a_mass_grave_found_is_strategic_other(language, knowledge, text):
    events = run(language, knowledge, text)
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Strategic developments", "Other")
    ]


# ---------------------------------------------------------------- aircraft as the doer
@pytest.mark.parametrize(
    "text",
    [
        "An army jet and a helicopter attacked a market in Kosti on Monday, killing 30 people.",
        "The air force said its aircraft carried out a strike against militants near Kosti on "
        "Monday.",
    ],
)
def test_aircraft_attacking_is_an_air_strike(language, knowledge, text):
    found = subs(run(language, knowledge, text))
    assert "Air/drone strike" in found
    assert not found & {"Attack", "Armed clash"}


def test_the_ministry_of_the_foreign_army_names_no_ground(language, knowledge):
    text = "Ethiopian troops took control of Kosti on Monday, Ethiopia's defence ministry said."
    places = every(text) + [
        Place(
            text.index("Ethiopia's"),
            text.index("Ethiopia's") + 8,
            "Ethiopia",
            "Ethiopia",
            country="Ethiopia",
            latitude=9.0,
            longitude=39.0,
            feature="PCLI",
        )
    ]
    events = run(language, knowledge, text, places)
    assert "Non-state actor overtakes territory" in subs(events)


# ---------------------------------------------------------------- protests
@pytest.mark.parametrize(
    "text",
    [
        "Police shot dead a teacher taking part in a march for higher wages in Kosti on Monday.",
        "Soldiers opened fire on a march of cotton farmers at a bridge in Kosti on Monday, "
        "killing six people.",
    ],
)
def test_state_forces_killing_at_a_protest_use_excessive_force(language, knowledge, text):
    found = subs(run(language, knowledge, text))
    assert "Excessive force against protesters" in found
    assert "Attack" not in found


def test_gunmen_killing_a_passer_by_are_no_excessive_force(language, knowledge):
    text = "Gunmen shot dead a shopkeeper in the market of Kosti on Monday."
    assert "Excessive force against protesters" not in subs(run(language, knowledge, text))


def test_a_denied_shooting_at_protesters_tells_no_protest(language, knowledge):
    text = "The police denied on Monday that officers had fired at protesters in Kosti."
    assert not run(language, knowledge, text)


def test_shooting_at_protesters_tells_the_protest(language, knowledge):
    text = "Officers fired rubber bullets at protesters in Kosti on Monday."
    assert run(language, knowledge, text)


def test_an_arrest_at_a_campaign_rally_is_an_arrest(language, knowledge):
    text = "Police arrested the opposition candidate at a campaign rally in Kosti on Monday."
    found = subs(run(language, knowledge, text))
    assert "Arrests" in found
    assert not found & {"Protest with intervention", "Peaceful protest"}


def test_villagers_shot_dead_in_a_headline_are_the_victims(language, knowledge):
    text = "Three villagers shot dead near Kosti on Monday."
    found = subs(run(language, knowledge, text))
    assert "Attack" in found
    assert "Mob violence" not in found


def test_houses_burned_as_fighting_spread_are_part_of_the_clash(language, knowledge):
    text = (
        "Several houses were set alight as the fighting between two clans spread around Kosti "
        "on Monday."
    )
    found = subs(run(language, knowledge, text))
    assert "Armed clash" in found
    assert "Looting/property destruction" not in found


def test_goods_carried_off_are_looting_not_an_arrest(language, knowledge):
    text = (
        "Soldiers broke into shops in the market of Kosti on Monday and carried off goods and cash."
    )
    found = subs(run(language, knowledge, text))
    assert "Looting/property destruction" in found
    assert not found & {"Arrests", "Abduction/forced disappearance"}


def test_a_gathering_broken_up_with_water_cannon_is_a_protest_with_intervention(
    language, knowledge
):
    text = (
        "Police fired water cannon and tear gas to break up hundreds of people who gathered in "
        "Kosti on Monday to mark the anniversary of the uprising, and detained dozens of them."
    )
    found = subs(run(language, knowledge, text))
    assert "Protest with intervention" in found
    assert "Arrests" not in found


# ---------------------------------------------------------------- people gathered, then taken
@pytest.mark.parametrize(
    "text",
    [
        "Police detained 30 people who had gathered outside the court in Kosti on Monday.",
        "On 4 March 2024, police arrested at least 12 people who tried to demonstrate against "
        "fuel prices in Kosti.",
        "Riot police rounded up dozens of students in Kosti on Monday as they gathered at the "
        "university gate.",
        "Security forces detained 15 women during a march for missing relatives in Kosti on "
        "Monday, a rights group said.",
        "KOSTI, March 4 - POLICE ARRESTED 40 PEOPLE WHO HAD COME TO LAY FLOWERS AT THE "
        "MEMORIAL ON MONDAY.",
        "Dozens of mourners were detained by police at a vigil in Kosti on Monday night.",
        "Officers arrested 20 people at a sit-in outside the governor's office in Kosti on "
        "Monday, the lawyers' union said.",
        "Police in Kosti detained eight activists on Monday as they rallied against the new law.",
    ],
)
def test_state_forces_taking_people_gathered_in_public_is_a_protest_with_intervention(
    language, knowledge, text
):
    assert "Protest with intervention" in subs(run(language, knowledge, text))


@pytest.mark.parametrize(
    "text",
    [
        # the gathering came before the arrests, or only names something else
        "Police arrested the opposition leader at a campaign rally in Kosti on Monday.",
        "Police arrested a former minister at his home in Kosti on Monday in connection with "
        "the killing of a student during last year's protests.",
        "Police detained 200 men in Kosti on Monday as they cleared the protest camp.",
        "Police arrested three men in Kosti on 4 March on charges of smuggling.",
    ],
)
def test_an_arrest_with_no_gathering_in_its_scene_stays_an_arrest(language, knowledge, text):
    found = subs(run(language, knowledge, text))
    assert "Protest with intervention" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers shot dead a teenager during an opposition march in Kosti on Monday.",
        "Police killed two men in Kosti on Monday as they marched to the governor's office.",
    ],
)
def test_state_forces_killing_at_a_march_is_excessive_force(language, knowledge, text):
    assert "Excessive force against protesters" in subs(run(language, knowledge, text))


# ---------------------------------------------------------------- devices destroyed once found
@pytest.mark.parametrize(
    "text",
    [
        "Soldiers found and destroyed two roadside bombs near Kosti on Monday.",
        "On 4 March 2024, army engineers detonated 25 improvised explosive devices recovered "
        "from a militant hideout outside Kosti.",
        "Army engineers detonated a landmine recovered from a field outside Kosti on Monday.",
        "A bomb found near the bridge in Kosti was detonated by the army on Monday.",
        "TROOPS FOUND AND BLEW UP THREE MINES BURIED UNDER THE ROAD TO KOSTI ON MONDAY.",
        "Bomb disposal teams blew up grenades seized from a weapons store in Kosti on Monday, "
        "the police said.",
        "Police located and detonated an explosive device planted near a school in Kosti on "
        "Monday.",
    ],
)
def test_explosives_destroyed_after_being_found_are_disrupted_weapons_use(
    language, knowledge, text
):
    found = subs(run(language, knowledge, text))
    assert "Disrupted weapons use" in found
    assert "Remote explosive/landmine/IED" not in found


def test_a_found_bomb_that_goes_off_is_still_a_bomb(language, knowledge):
    text = "A bomb found near the market in Kosti exploded on Monday, killing three people."
    assert "Remote explosive/landmine/IED" in subs(run(language, knowledge, text))


# ---------------------------------------------------------------- what a protest is about
@pytest.mark.parametrize(
    "text",
    [
        "Thousands marched peacefully in Kosti on Monday over the killing of a student by "
        "soldiers last month.",
        "Hundreds of people held a sit-in in Kosti on Monday demanding justice for the victims "
        "of the fire that killed 40 people in May.",
        "Students protested in Kosti on Monday against the shooting of a teacher.",
    ],
)
def test_deaths_a_protest_is_about_make_no_excessive_force(language, knowledge, text):
    found = subs(run(language, knowledge, text))
    assert "Peaceful protest" in found
    assert "Excessive force against protesters" not in found


# ---------------------------------------------------------------- two sides agreeing
@pytest.mark.parametrize(
    "text",
    [
        "The army and the rebels agreed on Sunday to exchange 40 prisoners in Kosti.",
        "Government and rebel negotiators agreed on Sunday to reopen the road to Kosti, "
        "officials said.",
        "On 3 March 2024, the warring parties agreed in Kosti to let aid convoys through.",
        "THE ARMY AND THE MILITIA AGREED ON SUNDAY TO WITHDRAW FROM THE MARKET OF KOSTI.",
        "The rebels agreed on Sunday to a truce with the army in Kosti.",
        "Rebel commanders agreed with the army on Sunday on a prisoner swap in Kosti.",
    ],
)
def test_two_sides_agreeing_is_an_agreement(language, knowledge, text):
    assert "Agreement" in subs(run(language, knowledge, text))


@pytest.mark.parametrize(
    "text",
    [
        "The minister agreed on Sunday to resign, officials in Kosti said.",
        "The army and the rebels have not agreed on Sunday to reopen the road to Kosti.",
        "Doctors in Kosti agreed on Monday that the hospital needed more beds.",
    ],
)
def test_agreeing_alone_or_not_at_all_is_no_agreement(language, knowledge, text):
    assert "Agreement" not in subs(run(language, knowledge, text))


# ---------------------------------------------------------------- rules and bodies decreed
@pytest.mark.parametrize(
    "text",
    [
        "The army imposed martial law on Kosti on Monday.",
        "The junta dissolved all political parties in Kosti on Monday.",
        "On 4 March 2024, the military government dissolved the electoral commission in Kosti.",
        "The interior ministry reimposed the emergency law in Kosti on Monday, giving troops "
        "wide powers.",
        "THE RULING COUNCIL SUSPENDED THE REGIONAL PARLIAMENT IN KOSTI ON MONDAY.",
        "The de facto authorities in Kosti on Monday ordered all aid organisations to stop "
        "hiring women.",
        "Martial law was imposed on Kosti on Monday by the army commander.",
        "The rebels outlawed the teachers' union in Kosti on Monday, the group said.",
        # the bodies named after a quantity's "of"; a body that ends itself; a law made to
        # take effect
        "The president suspended all of the region's elected district councils in Kosti on Monday.",
        "The armed front announced in Kosti on Monday that the network had disbanded.",
        "The ruling council brought into force a mobilisation law in Kosti on Monday.",
    ],
)
def test_a_rule_or_body_decreed_by_an_authority_is_a_change_to_group_activity(
    language, knowledge, text
):
    assert "Change to group/activity" in subs(run(language, knowledge, text))


@pytest.mark.parametrize(
    "text",
    [
        "The court imposed a fine on the driver in Kosti on Monday.",
        "The referee suspended the match in Kosti on Monday.",
        "Residents in Kosti on Monday ordered food from the market.",
        "The singer suspended all of his concerts in Kosti on Monday.",
        "The talks in Kosti collapsed on Monday and the envoys disbanded.",
    ],
)
def test_a_verb_of_decree_on_anything_else_tells_no_change(language, knowledge, text):
    assert "Change to group/activity" not in subs(run(language, knowledge, text))


# ---------------------------------------------------------------- a de facto authority's arrest
@pytest.mark.parametrize(
    "text",
    [
        "Rebel police in Kosti detained two traders on Monday for selling alcohol.",
        "Militia intelligence officers arrested three aid workers in Kosti on Monday.",
        "MILITIA SECURITY AGENTS DETAINED A JOURNALIST AT HIS HOME IN KOSTI ON MONDAY.",
        "Two teachers were arrested in Kosti on Monday by the rebels' morality police.",
    ],
)
def test_an_armed_group_arresting_through_its_offices_is_an_arrest(language, knowledge, text):
    found = subs(run(language, knowledge, text))
    assert "Arrests" in found
    assert "Abduction/forced disappearance" not in found


def test_an_armed_group_detaining_people_is_still_an_abduction(language, knowledge):
    text = "Rebels detained two aid workers near Kosti on Monday."
    assert "Abduction/forced disappearance" in subs(run(language, knowledge, text))


# ---------------------------------------------------------------- ground handed over
@pytest.mark.parametrize(
    "text",
    [
        "Rebels took control of Kosti on Monday without a fight after the army withdrew.",
        "Government troops retook Kosti on Monday under a deal with the militia.",
        "On 4 March 2024, border guards took over three villages near Kosti under a "
        "demarcation agreement; no incidents were reported.",
        "THE MILITIA SEIZED KOSTI ON MONDAY WITHOUT RESISTANCE, RESIDENTS SAID.",
    ],
)
def test_ground_taken_with_no_fight_is_a_non_violent_transfer(language, knowledge, text):
    found = subs(run(language, knowledge, text))
    assert "Non-violent transfer of territory" in found
    assert not found & {"Non-state actor overtakes territory", "Government regains territory"}


def test_ground_taken_after_fighting_stays_a_battle(language, knowledge):
    text = "Rebels captured Kosti on Monday after heavy fighting."
    assert "Non-state actor overtakes territory" in subs(run(language, knowledge, text))


# ---------------------------------------------------------------- goods carried off
@pytest.mark.parametrize(
    "text",
    [
        "Gunmen broke into the party office in Kosti on Monday, smashing doors and carrying "
        "off computers.",
        "Gunmen carried off computers from the party office in Kosti on Monday.",
        "Soldiers made off with cattle from a village near Kosti on Monday.",
        "Militiamen broke into shops in Kosti on Monday and carried away grain and medicines.",
    ],
)
def test_goods_carried_off_are_looting(language, knowledge, text):
    found = subs(run(language, knowledge, text))
    assert "Looting/property destruction" in found
    assert not found & {"Abduction/forced disappearance", "Arrests"}


def test_people_carried_off_are_an_abduction(language, knowledge):
    text = "Militiamen made off with two girls from a village near Kosti on Monday."
    assert "Abduction/forced disappearance" in subs(run(language, knowledge, text))


# ---------------------------------------------------------------- a cue parsed as a kind
def test_a_verb_and_object_cue_misparsed_as_an_adjective_still_tells_the_act(language, knowledge):
    text = (
        "Farmers blocking the highway near Kosti hurled stones and bottles at police trying "
        "to clear the road on Friday."
    )
    assert "Violent demonstration" in subs(run(language, knowledge, text))


# ---------------------------------------------------------------- people or ground taken
@pytest.mark.parametrize(
    "text",
    [
        "Gunmen seized a farmer and his two sons near Kosti on Monday.",
        "Armed men seized a couple and their children at a petrol station in Kosti on Sunday.",
        "MILITIAMEN CAPTURED FOUR SCHOOLGIRLS ON THEIR WAY HOME NEAR KOSTI ON MONDAY.",
        "Twelve passengers were seized by gunmen on the road outside Kosti on Monday.",
    ],
)
def test_people_seized_by_kin_or_trade_are_an_abduction(language, knowledge, text):
    found = subs(run(language, knowledge, text))
    assert "Abduction/forced disappearance" in found
    assert "Non-state actor overtakes territory" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Rebels said they captured Wadi Tera, a town on the river road near Kosti, on Monday.",
        "Fighters led by the rebel front entered Kosti on Monday after the army withdrew from "
        "the town following days of fighting.",
        "Rebel fighters walked into the centre of Kosti on Monday after the soldiers abandoned "
        "their positions.",
        "The army said on Monday its troops had taken back the town of Kosti from the rebels.",
        "Government soldiers rolled into Kosti on Monday, hours after the rebels pulled out.",
    ],
)
def test_an_armed_side_entering_or_taking_a_town_takes_ground(language, knowledge, text):
    found = subs(run(language, knowledge, text))
    assert found & {"Non-state actor overtakes territory", "Government regains territory"}
    assert "Abduction/forced disappearance" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen entered the house in Kosti on Monday and killed five people.",
        "The new law entered into force in Kosti on Monday.",
        "Protesters moved into the main square of Kosti on Monday.",
        "Army patrols entered Kosti on Monday and searched several houses.",
    ],
)
def test_entering_a_house_or_into_force_or_a_raid_takes_no_ground(language, knowledge, text):
    found = subs(run(language, knowledge, text))
    assert not found & {"Non-state actor overtakes territory", "Government regains territory"}


# ---------------------------------------------------------------- no one hurt is no negation
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Militiamen looted shops and burned houses in Kosti on Monday; no one was hurt.",
         "Looting/property destruction"),
        ("No one was hurt when a bomb exploded outside a bank in Kosti on Monday.",
         "Remote explosive/landmine/IED"),
        ("Gunmen set fire to the district office in Kosti on Monday; nobody was injured.",
         "Looting/property destruction"),
    ],
)  # fmt: skip
def test_an_act_with_no_one_hurt_still_happened(language, knowledge, text, kind):
    assert kind in subs(run(language, knowledge, text))


def test_no_one_killed_alone_tells_no_event(language, knowledge):
    assert not run(language, knowledge, "No one was killed in Kosti on Monday.")


# ---------------------------------------------------------------- rioters, prisoners, leaders
@pytest.mark.parametrize(
    "text",
    [
        "Angry youths torched a police station in Kosti on Monday after a man died in custody.",
        "Rioters burned down the market in Kosti on Monday, police said.",
        "Demonstrators looted shops and set cars ablaze in Kosti on Monday.",
    ],
)
def test_rioters_burning_or_looting_are_a_violent_demonstration(language, knowledge, text):
    found = subs(run(language, knowledge, text))
    assert "Violent demonstration" in found
    assert "Looting/property destruction" not in found


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Villagers near Kosti caught two men they accused of stealing cattle on Monday, beat "
            "them with sticks and set them alight. Both men died.",
            "Mob violence",
        ),
        (
            "Opposition supporters burned a district office and blocked streets with burning "
            "tyres in Kosti on Monday. Police fired tear gas to disperse the crowd.",
            "Violent demonstration",
        ),
    ],
)
def test_a_riot_is_done_by_rioters_whatever_else_told_it(language, knowledge, text, sub):
    """The mob's victim "died" (a killing's telling) and the crowd "dispersed" (a protest's)
    merge into the riot: its doer is still the rioters, not an armed group nor protesters."""
    riots = [e for e in run(language, knowledge, text) if e.sub_event_type == sub]
    assert [e.actor1 for e in riots] == ["Rioters (Sudan)"]


@pytest.mark.parametrize(
    "text",
    [
        "The two sides exchanged 50 prisoners in Kosti on Monday under a deal brokered by the "
        "Red Cross.",
        "The army and the militia swapped 12 detainees at a checkpoint outside Kosti on Monday.",
    ],
)
def test_prisoners_exchanged_are_an_agreement(language, knowledge, text):
    found = subs(run(language, knowledge, text))
    assert "Agreement" in found
    assert "Non-violent transfer of territory" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The army said in Kosti on Monday that it respects the truce declared by the rebels.",
        "Two soldiers were shot dead in Kosti on Monday amid the ceasefire decreed by the "
        "militia last week.",
        "Aid workers left Kosti on Monday, taking advantage of the truce that the rebels "
        "had ordered.",
    ],
)
def test_a_definite_truce_cited_with_its_clause_is_no_new_agreement(language, knowledge, text):
    assert "Agreement" not in subs(run(language, knowledge, text))


def test_a_truce_declared_in_the_sentence_is_still_an_agreement(language, knowledge):
    text = "The militia declared a truce in Kosti on Monday that was brokered by elders."
    assert "Agreement" in subs(run(language, knowledge, text))


def test_agreeing_only_to_meet_again_is_no_agreement(language, knowledge):
    text = "The two delegations agreed on Sunday to meet again in Kosti in October."
    assert "Agreement" not in subs(run(language, knowledge, text))


@pytest.mark.parametrize(
    "text",
    [
        "The militia announced a new commander for its forces in Kosti on Monday.",
        "The rebel movement appointed a former general as commander of its army in Kosti on "
        "Monday.",
    ],
)
def test_a_new_commander_is_a_change_to_group_activity(language, knowledge, text):
    assert "Change to group/activity" in subs(run(language, knowledge, text))


# ---------------------------------------------------------------- captives freed, surrenders
@pytest.mark.parametrize(
    "text",
    [
        "The rebels released 20 hostages in Kosti on Monday.",
        "Gunmen freed two kidnapped engineers near Kosti on Monday after a ransom was paid.",
        "ON MONDAY THE MILITIA FREED 12 CAPTIVES IT HAD HELD IN KOSTI SINCE JANUARY.",
    ],
)
def test_an_armed_group_freeing_captives_is_another_strategic_development(
    language, knowledge, text
):
    found = run(language, knowledge, text)
    assert [e.event_type for e in found] == ["Strategic developments"]
    assert "Abduction/forced disappearance" not in subs(found)


@pytest.mark.parametrize(
    "text",
    [
        "Police released the suspects in Kosti on Monday.",
        "The rebels released a statement in Kosti on Monday.",
    ],
)
def test_releasing_suspects_or_statements_is_no_event(language, knowledge, text):
    assert not run(language, knowledge, text)


def test_captives_handed_over_under_a_truce_are_its_agreement(language, knowledge):
    text = "The militia handed three hostages to the Red Cross in Kosti on Monday under the truce."
    assert "Agreement" in subs(run(language, knowledge, text))


def test_fighters_surrendering_with_their_arms_is_an_agreement(language, knowledge):
    text = "Thirty rebels surrendered with 19 rifles to the army in Kosti on Monday."
    assert "Agreement" in subs(run(language, knowledge, text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Militants fired a rocket at the airbase in Kosti on Tuesday.",
         "Shelling/artillery/missile attack"),
        ("Militants fired a rocket that released a mustard-type agent near Kosti on Tuesday.",
         "Chemical weapon"),
    ],
)  # fmt: skip
def test_a_single_rocket_fired_is_a_strike(language, knowledge, text, kind):
    assert kind in subs(run(language, knowledge, text))


# ---------------------------------------------------------------- platforms, disarmament, coups
@pytest.mark.parametrize(
    "text",
    [
        "A drone fired a missile at a car on the road outside Kosti on Friday, killing two men.",
        "Army drones fired missiles at houses in a village near Kosti on Thursday.",
        "Warplanes fired rockets at a market in Kosti on Monday.",
    ],
)
def test_a_missile_fired_by_a_drone_or_jet_is_an_air_strike(language, knowledge, text):
    found = subs(run(language, knowledge, text))
    assert "Air/drone strike" in found
    assert "Shelling/artillery/missile attack" not in found


@pytest.mark.parametrize(
    "text",
    [
        "About 200 former fighters handed over rifles and ammunition to the authorities in Kosti "
        "on Monday as part of the disarmament agreed last year.",
        "Rebel fighters burned their rifles at a ceremony near Kosti on Friday, the group's first "
        "step of disarmament.",
    ],
)
def test_arms_given_up_in_a_disarmament_are_a_change_to_group_activity(language, knowledge, text):
    assert "Change to group/activity" in subs(run(language, knowledge, text))


@pytest.mark.parametrize(
    "text",
    [
        "Army officers seized power in Kosti on Wednesday and dissolved the government.",
        "On 4 March 2024, officers in Kosti said on state television that they had taken "
        "control of the country.",
        "A colonel told state radio in Kosti on Monday that the army was taking power.",
    ],
)
def test_officers_seizing_the_state_is_a_coup_not_ground_taken(language, knowledge, text):
    found = run(language, knowledge, text)
    assert [(e.event_type, e.sub_event_type) for e in found] == [
        ("Strategic developments", "Other")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Army bomb disposal officers made safe a pipe bomb found beside a police station in "
        "Kosti on Tuesday.",
        "Police rendered the device safe after a controlled explosion in Kosti on Tuesday.",
    ],
)
def test_a_bomb_made_safe_is_disrupted_weapons_use(language, knowledge, text):
    assert "Disrupted weapons use" in subs(run(language, knowledge, text))


@pytest.mark.parametrize(
    "text",
    [
        "Police seized 40 kg of explosives in Kosti on Monday.",
        "Soldiers captured two tonnes of ammunition and 30 sticks of dynamite at a rebel camp "
        "near Kosti on Monday.",
    ],
)
def test_arms_taken_by_their_weight_are_disrupted_weapons_use(language, knowledge, text):
    # the unit measures what was taken: arms changed hands, no ground
    assert subs(run(language, knowledge, text)) == {"Disrupted weapons use"}


def test_graves_holding_bodies_are_another_strategic_development(language, knowledge):
    text = "Soldiers found three graves holding at least 40 bodies outside Kosti on Friday."
    found = run(language, knowledge, text)
    assert [(e.event_type, e.sub_event_type) for e in found] == [
        ("Strategic developments", "Other")
    ]


def test_soldiers_moving_in_as_the_other_army_leaves_under_a_truce_is_a_transfer(
    language, knowledge
):
    text = (
        "Government soldiers moved into Kosti on Wednesday after the militia withdrew from it "
        "under the ceasefire agreed last month."
    )
    assert "Non-violent transfer of territory" in subs(run(language, knowledge, text))


@pytest.mark.parametrize(
    "text",
    [
        # the particle far from its verb, past a cue's four-word gap
        "The peacekeepers handed the base at Kosti in the White Nile state over to the army on "
        "Monday.",
        "The rebels handed two villages back to the army near Kosti on Monday.",
        # the ground before the verb, in a relative clause hung on a place near it
        "Troops moved into three villages near Kosti that the rebels had handed back under "
        "the truce on Monday.",
    ],
)
def test_ground_handed_over_whatever_the_gap_is_a_transfer(language, knowledge, text):
    assert "Non-violent transfer of territory" in subs(run(language, knowledge, text))


def test_people_handed_over_are_no_transfer_of_ground(language, knowledge):
    text = "Police handed the two suspects over to the army in Kosti on Monday."
    assert "Non-violent transfer of territory" not in subs(run(language, knowledge, text))


# ---------------------------------------------------------------- the weapon names the kind
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "A rebel cell claimed responsibility for the dynamite attack that killed a judge "
            "in Kosti on Monday.",
            "Remote explosive/landmine/IED",
        ),
        (
            "The attack with explosives carried out by unknown men against a union office in "
            "Kosti on Monday left two people dead.",
            "Remote explosive/landmine/IED",
        ),
        (
            "A trader was murdered by a bomb hidden in his shop in Kosti on Monday.",
            "Remote explosive/landmine/IED",
        ),
        (
            "Masked men carried out a grenade attack on a tea stall in Kosti on Monday, "
            "wounding four.",
            "Grenade",
        ),
    ],
)
def test_an_attack_named_with_its_weapon_is_that_weapons_event(language, knowledge, text, sub):
    assert subs(run(language, knowledge, text)) == {sub}


def test_an_attack_with_no_weapon_named_stays_an_attack(language, knowledge):
    text = "Gunmen attacked a bus and killed two passengers near Kosti on Monday."
    assert subs(run(language, knowledge, text)) == {"Attack"}


# ---------------------------------------------------------------- property taken or burned
@pytest.mark.parametrize(
    "text",
    [
        "Bandits pillaged two villages near Kosti on Monday before dawn.",
        "The militia sacked the shops and a warehouse of Kosti on Monday.",
    ],
)
def test_pillage_and_sacked_stores_are_looting(language, knowledge, text):
    assert "Looting/property destruction" in subs(run(language, knowledge, text))


@pytest.mark.parametrize(
    "text",
    [
        "The governor sacked his chief of staff in Kosti on Monday.",
    ],
)
def test_a_dismissal_is_no_looting(language, knowledge, text):
    assert "Looting/property destruction" not in subs(run(language, knowledge, text))


# ---------------------------------------------------------------- a blast beside a device defused
@pytest.mark.parametrize(
    "text",
    [
        "A bomb went off at a hotel in Kosti on Monday, and a second device left in its lobby "
        "was defused by soldiers.",
        "A grenade exploded near the bus station in Kosti on Monday while police defused "
        "another one at the market.",
    ],
)
def test_a_blast_told_beside_a_device_defused_is_a_bombing(language, knowledge, text):
    found = subs(run(language, knowledge, text))
    assert "Disrupted weapons use" in found
    assert found & {"Remote explosive/landmine/IED", "Grenade"}


@pytest.mark.parametrize(
    "text",
    [
        "A bomb timed to explode at noon was defused by soldiers in Kosti on Monday.",
        "Soldiers in Kosti defused a landmine on Monday before it could go off.",
    ],
)
def test_a_blast_that_never_came_is_only_the_device_defused(language, knowledge, text):
    assert subs(run(language, knowledge, text)) == {"Disrupted weapons use"}


# ---------------------------------------------------------------- animals killed
def test_houses_burned_and_cattle_killed_are_looting(language, knowledge):
    text = "Bandits set a school and several huts on fire in Kosti on Monday and killed cattle."
    events = run(language, knowledge, text)
    assert subs(events) == {"Looting/property destruction"}
    assert events[0].fatalities == 0


def test_cattle_killed_alone_is_no_attack_on_people(language, knowledge):
    text = "Raiders killed forty cows and several goats near Kosti on Monday."
    assert "Attack" not in subs(run(language, knowledge, text))


def test_herders_killed_with_their_cattle_are_an_attack(language, knowledge):
    text = (
        "Bandits burned three huts, killed the cattle and shot dead two herders in Kosti on Monday."
    )
    events = run(language, knowledge, text)
    assert subs(events) == {"Attack"}
    assert events[0].fatalities == 2


# ---------------------------------------------------------------- a fire set beside a blast
@pytest.mark.parametrize(
    "text",
    [
        "Gunmen detonated a bomb at a bank in Kosti on Monday and set a hotel on fire.",
        "Two shops in Kosti were blown up on Monday while a cinema was burned.",
    ],
)
def test_a_fire_set_by_hand_beside_a_blast_is_an_arson(language, knowledge, text):
    found = subs(run(language, knowledge, text))
    assert {"Remote explosive/landmine/IED", "Looting/property destruction"} <= found


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb went off in Kosti on Monday and burned several stalls.",
        "Rebels detonated a bomb in Kosti on Monday that set the bus depot on fire.",
    ],
)
def test_a_fire_the_blast_itself_set_is_its_damage(language, knowledge, text):
    assert subs(run(language, knowledge, text)) == {"Remote explosive/landmine/IED"}


def test_a_fire_a_shelling_set_is_its_damage(language, knowledge):
    text = "Artillery shelled the outskirts of Kosti on Monday, setting two barns alight."
    assert "Looting/property destruction" not in subs(run(language, knowledge, text))


def test_a_fire_rockets_set_is_their_damage(language, knowledge):
    text = "Rockets fired from the hills hit Kosti on Monday, setting fire to a warehouse."
    assert "Looting/property destruction" not in subs(run(language, knowledge, text))


# ---------------------------------------------------------------- a capture of suspects
@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday officials captured three bandits near Kaduna, the governor's office said.",
        "Two bandits were captured by local officials near Kaduna on Tuesday.",
    ],
)
def test_a_capture_of_armed_men_by_no_armed_group_is_an_arrest(language, knowledge, text):
    found = run(language, knowledge, text)
    assert "Arrests" in subs(found)
    assert "Abduction/forced disappearance" not in subs(found)
    assert not any(e.actor1 and e.actor1.startswith("Civilians") for e in found)


def test_an_armed_group_capturing_people_still_abducts(language, knowledge):
    text = "Rebels captured two engineers on the road near Kaduna on Tuesday."
    assert "Abduction/forced disappearance" in subs(run(language, knowledge, text))


# ---------------------------------------------------------------- an attack on state forces
@pytest.mark.parametrize(
    "text",
    [
        "A rebel commando murdered a police commander in Kosti on Monday night.",
        "Gunmen assassinated an army colonel outside his home in Kosti on Monday.",
        "Insurgents gunned down two soldiers at a market in Kosti on Monday.",
        "Gunmen burned five policemen to death inside their patrol car near Kosti on Monday.",
    ],
)
def test_an_attack_by_an_armed_group_on_state_forces_is_a_battle(language, knowledge, text):
    """ACLED: violence against civilians hits unarmed people; armed sides meeting fight."""
    found = run(language, knowledge, text)
    assert subs(found) == {"Armed clash"}


def test_captives_of_the_state_forces_killed_stay_an_attack(language, knowledge):
    text = "The rebels executed two soldiers they had captured near Kosti on Monday."
    assert "Armed clash" not in subs(run(language, knowledge, text))


def test_a_killing_of_civilians_stays_an_attack(language, knowledge):
    text = "Gunmen murdered a shopkeeper and his son in Kosti on Monday night."
    assert subs(run(language, knowledge, text)) == {"Attack"}


# ---------------------------------------------------------------- a verb of attack and its weapon
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Unknown men attacked the home of a local judge with dynamite in Kosti on Monday.",
            "Remote explosive/landmine/IED",
        ),
        (
            "Militiamen attacked the offices of a party in Kosti with hand grenades on Monday.",
            "Grenade",
        ),
    ],
)
def test_a_verb_of_attack_with_an_explosive_weapon_is_that_weapon(language, knowledge, text, sub):
    """ACLED: the weapon decides Explosions/Remote violence, whatever verb tells the attack."""
    assert subs(run(language, knowledge, text)) == {sub}


def test_a_weapon_in_another_clause_is_not_the_attack(language, knowledge):
    from sitrep.events.classify import weapon_kind

    doc = language.nlp(
        "Gunmen attacked a farm near Kosti and later loaded a lorry with explosives."
    )
    verb = next(t for t in doc if t.lower_ == "attacked")
    assert weapon_kind("civilian_attack", verb, knowledge) == "civilian_attack"
    doc = language.nlp("Gunmen attacked a farm near Kosti with explosives on Monday.")
    verb = next(t for t in doc if t.lower_ == "attacked")
    assert weapon_kind("civilian_attack", verb, knowledge) == "remote_explosive"


# ---------------------------------------------------------------- a thing used as the weapon
@pytest.mark.parametrize(
    "text",
    [
        "A lorry loaded with 300 kg of explosives was used to try to assassinate the governor "
        "in Kosti on Monday; he escaped unhurt but four guards were killed.",
        "Gunmen tried to kill the governor in Kosti on Monday using a car packed with dynamite.",
    ],
)
def test_a_thing_used_for_an_attack_that_holds_explosives_is_a_bombing(language, knowledge, text):
    """The weapon is named by what was used for the act, not only by "with"."""
    assert subs(run(language, knowledge, text)) == {"Remote explosive/landmine/IED"}


def test_a_thing_used_that_holds_no_explosive_leaves_the_attack(language, knowledge):
    text = "Gunmen used a stolen lorry to attack the governor's convoy in Kosti on Monday."
    assert "Remote explosive/landmine/IED" not in subs(run(language, knowledge, text))


# ---------------------------------------------------------------- an abduction with harm
@pytest.mark.parametrize(
    "text",
    [
        "In Kosti on Monday a rebel unit seized the village chief and shot him in the square.",
        "Gunmen abducted and killed two lorry drivers near Kosti on Monday.",
        "Militiamen kidnapped a nurse in Kosti on Monday and stabbed her.",
    ],
)
def test_a_taking_with_killing_or_wounding_is_an_attack(language, knowledge, text):
    """ACLED: deaths or serious injuries during an abduction make it an Attack."""
    found = subs(run(language, knowledge, text))
    assert "Attack" in found
    assert "Abduction/forced disappearance" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen kidnapped two lorry drivers near Kosti on Monday and demanded a ransom.",
        # harm told as later is violence in captivity, an act of its own
        "Two guards were abducted and subsequently murdered by rebels near Kosti on Monday.",
        # two clauses with their own subjects tell two acts
        "In Kosti on Monday an officer and a sergeant were killed and two soldiers were "
        "captured by the rebels.",
        # the killing hit others than the one taken
        "Rebels kidnapped a judge in Kosti on Monday and killed two guards who resisted.",
    ],
)
def test_a_taking_with_no_harm_while_taken_stays_an_abduction(language, knowledge, text):
    assert "Abduction/forced disappearance" in subs(run(language, knowledge, text))


def test_papers_taken_away_are_looting_not_people(language, knowledge):
    text = "Rebels took away the villagers' identity cards in Kosti on Monday."
    found = subs(run(language, knowledge, text))
    assert "Looting/property destruction" in found
    assert "Abduction/forced disappearance" not in found


# ---------------------------------------------------------------- an attack done alike
def test_an_attack_done_like_the_bombing_before_is_a_bombing(language, knowledge):
    text = (
        "A bomb exploded at the party office in Kosti on Monday, wounding two guards. "
        "The home of the local judge in Rabak was similarly attacked."
    )
    places = every(text) + every(text, "Rabak")
    found = [e.sub_event_type for e in run(language, knowledge, text, places)]
    assert found == ["Remote explosive/landmine/IED", "Remote explosive/landmine/IED"]


def test_an_attack_told_plainly_after_a_bombing_keeps_its_kind(language, knowledge):
    text = (
        "A bomb exploded at the party office in Kosti on Monday, wounding two guards. "
        "The home of judge Omar Bashir in Rabak was attacked."
    )
    places = every(text) + every(text, "Rabak")
    assert "Attack" in subs(run(language, knowledge, text, places))


@pytest.mark.parametrize(
    "text",
    [
        "Rebels ambushed an army convoy near Kosti on Monday; after the clash the rebels seized "
        "six rifles and a machinegun.",
        "Two militiamen were killed in a clash with soldiers who seized their weapons near "
        "Kosti on Monday.",
        "Fighters overran a police post in Kosti on Monday and seized 20 rifles in the fighting.",
        # a weapon listed with nouns, whatever its tag, is a thing taken, no blast
        "Troops killed four rebels in a clash near Kosti on Monday, and rifles, dynamite, and "
        "radios were seized after the fighting.",
    ],
)
def test_arms_taken_in_a_fight_told_with_it_are_the_battles_spoils(language, knowledge, text):
    # ACLED codes the battle and notes what was taken in it: no disrupted weapons use
    found = run(language, knowledge, text)
    assert "Disrupted weapons use" not in subs(found)
    assert {e.event_type for e in found} == {"Battles"}


def test_arms_seized_in_the_fight_against_crime_stay_disrupted_weapons_use(language, knowledge):
    text = (
        "Police seized 30 rifles and 2,000 cartridges at a farm near Kosti on Monday, part of "
        "the fight against arms trafficking."
    )
    assert "Disrupted weapons use" in subs(run(language, knowledge, text))


@pytest.mark.parametrize(
    "text",
    [
        "A journalist was shot dead on Monday in Kosti, where there has been heavy fighting "
        "between the army and the rebels.",
        "A shell hit the hospital in Kosti on Monday, in an area where heavy fighting is under "
        "way.",
    ],
)
def test_a_fight_that_only_describes_a_place_is_no_battle(language, knowledge, text):
    # the fight tells where the act happened; it is no incident of its own
    assert "Battles" not in {e.event_type for e in run(language, knowledge, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Residents fled the district of Kosti, where fighting broke out on Monday between "
        "soldiers and rebels.",
        "Residents fled the town where rebels clashed with soldiers on Monday.",
    ],
)
def test_a_dated_fight_or_a_verb_of_fighting_in_a_place_clause_stays_a_battle(
    language, knowledge, text
):
    assert "Battles" in {e.event_type for e in run(language, knowledge, text)}


def test_things_named_with_the_participle_that_took_them_are_no_ground(language, knowledge):
    # "the documents seized from the rebels": the noun is what was taken, no territory
    text = "Police studied the documents seized from the rebels in Kosti on Monday."
    assert not {e.event_type for e in run(language, knowledge, text)} & {"Battles"}


# ---------------------------------------------------------------- fires fought, fights of talk
@pytest.mark.parametrize(
    "text",
    [
        "Crews fought fires still burning in the timber yards of Kosti on Monday.",
        "Firefighters battled for six hours in Kosti on Monday before the roof fell in.",
        "A bitter war of words between the two parties raged in Kosti on Monday.",
        "A clash of ideas divided the two parties in Kosti on Monday.",
    ],
)
def test_a_fire_fought_or_a_fight_of_words_is_no_battle(language, knowledge, text):
    # the words of fire fighting and of talk are data (taxonomy.toml [rules])
    assert "Battles" not in {e.event_type for e in run(language, knowledge, text)}


def test_blaming_is_one_of_the_verbs_that_name_a_doer(knowledge):
    # "blamed stored chemicals for the blast" may name a cause; "accused" names a doer only
    assert {"blamed", "blames"} <= knowledge.actors.blaming_verbs <= knowledge.actors.blame_verbs
    assert "accused" in knowledge.actors.blame_verbs - knowledge.actors.blaming_verbs


# ---------------------------------------------------------------- a prison break
@pytest.mark.parametrize(
    "text",
    [
        "More than 300 inmates broke out of the central prison in Kosti on Monday night after "
        "warders left their posts.",
        "Twelve prisoners escaped from the jail in Kosti on Monday through a tunnel; police said "
        "five were recaptured by dawn.",
    ],
)
def test_prisoners_breaking_out_of_a_jail_is_strategic_other(language, knowledge, text):
    found = run(language, knowledge, text)
    assert [(e.event_type, e.sub_event_type) for e in found] == [
        ("Strategic developments", "Other")
    ]


def test_a_prison_break_is_done_by_the_prisoners(language, knowledge):
    """ACLED codes the inmates who break out as "Prisoners (X)"; with no other doer named,
    the break is theirs, not left without an actor1."""
    text = "About 60 detainees escaped from the district jail in Kosti on Monday, officials said."
    (event,) = run(language, knowledge, text)
    assert event.actor1 == "Prisoners (Sudan)"


@pytest.mark.parametrize(
    "text",
    [
        # one man's escape told as his story; an aim of seizing power; a body as the subject
        # of a decree it made
        "Judges in Kosti asked on Monday for the extradition of the trader, who escaped from a "
        "jail in the north while serving a sentence.",
        "The colonel said on Monday in Kosti that the rebels had changed their aim from seizing "
        "power to holding the hills.",
        "Rationing that the electricity commission has imposed on the country left Kosti "
        "without power on Monday.",
    ],
)
def test_an_escape_an_aim_or_a_body_that_decrees_is_no_strategic_development(
    language, knowledge, text
):
    assert not {e.event_type for e in run(language, knowledge, text)} & {"Strategic developments"}


# ---------------------------------------------------------------- captives released
@pytest.mark.parametrize(
    "text",
    [
        # the holding told in a relative clause past a cue's four-word gap
        "The rebels released a Canadian aid worker they had kept hostage since May near Kosti "
        "on Monday.",
        "Bandits freed the wife of the district chief of Kosti on Monday after holding her for "
        "three weeks.",
    ],
)
def test_a_captive_freed_by_those_who_held_them_is_a_release(language, knowledge, text):
    assert "Other" in subs(run(language, knowledge, text))


def test_a_release_with_no_captive_held_is_no_event(language, knowledge):
    text = "The governor released a statement in Kosti on Monday after holding talks with rebels."
    assert not run(language, knowledge, text)


@pytest.mark.parametrize(
    "text",
    [
        "The firm released the cargo it had held at the depot in Kosti since May.",
        "The bank freed the funds in Kosti on Monday after holding them for a month.",
    ],
)
def test_goods_held_and_released_are_no_captives(language, knowledge, text):
    assert "Other" not in subs(run(language, knowledge, text))


# ---------------------------------------------------------------- a drone named as the means
@pytest.mark.parametrize(
    "text",
    [
        "Drones launched by the militia from across the river struck a fuel depot in Kosti on "
        "Monday, killing two guards.",
        "A bridge in Kosti was damaged on Monday; the strike was carried out by an army drone, "
        "the governor said.",
    ],
)
def test_a_strike_by_a_named_drone_is_an_air_strike(language, knowledge, text):
    assert "Air/drone strike" in subs(run(language, knowledge, text))


def test_a_toll_told_first_takes_the_weapon_told_after_it(language, knowledge):
    text = (
        "Three militia fighters were killed on Monday when their pickup was hit outside Kosti. "
        "The strike was carried out by an army drone, a local radio said."
    )
    events = run(language, knowledge, text)
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


# ---------------------------------------------------------------- captives made to walk
def test_captives_marched_into_the_bush_are_abducted(language, knowledge):
    text = (
        "Gunmen stopped a minibus on the road outside Kosti on Monday and marched its eleven "
        "passengers into the bush."
    )
    assert "Abduction/forced disappearance" in subs(run(language, knowledge, text))


# ---------------------------------------------------------------- a name given to a thing
def test_a_weapon_as_the_name_given_to_a_levy_is_no_event(language, knowledge):
    text = "A union chief in Kosti on Monday called the new levy 'a bomb planted under our homes'."
    assert not run(language, knowledge, text)


# ---------------------------------------------------------------- a match report's words
def test_a_cricket_spell_is_no_event(language, knowledge):
    text = (
        "The visitors' opening attack tore through the top order in Kosti on Monday, and the "
        "bowlers finished the job with a barrage of bouncers."
    )
    assert not run(language, knowledge, text)


def test_a_side_that_blasted_its_rival_in_a_match_report_is_no_event(language, knowledge):
    title = "Kosti blast holders in cup final"
    body = (
        "The openers blasted 80 runs in the powerplay as the hosts beat the champions by seven "
        "wickets in Kosti on Monday."
    )
    found, _ = run_titled(language, knowledge, body, every(body), title=title)
    assert not found


# ---------------------------------------------------------------- ground won back, in the perfect
def test_rebels_driven_out_by_the_army_is_ground_regained(language, knowledge):
    text = "Government troops said on Monday they had driven the rebels out of Kosti after a raid."
    assert "Government regains territory" in subs(run(language, knowledge, text))
