"""Factuality and certainty of candidate events, on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token

from sitrep.model import Certainty, Factuality, OffsetMap, Passage, PassageKind
from sitrep.time import (
    Anchor,
    classify_certainty,
    classify_factuality,
    find_times,
    load_cues,
    load_time_words,
)

F = Factuality
ANCHOR = Anchor("2016-12-13", "test")


@pytest.fixture(scope="module")
def cues():
    return load_cues()


@pytest.fixture(scope="module")
def words():
    return load_time_words()


def token(doc: Doc, word: str) -> Token:
    hits = [t for t in doc if t.text == word]
    assert hits, f"{word!r} not in {doc.text!r}"
    return hits[0]


# (sentence, trigger word, expected factuality)
FACTUALITY = [
    # happened
    ("Gunmen attacked a police station in the north of the city.", "attacked", F.HAPPENED),
    ("Some 2000 protesters marched on the ministry.", "protesters", F.HAPPENED),
    ("The United Nations condemned the attack on the market.", "attack", F.HAPPENED),
    ("Rebels vowed to avenge the bombing of the mosque.", "bombing", F.HAPPENED),
    (
        "Rebels denied responsibility for the bombing, which killed four people.",
        "bombing",
        F.HAPPENED,
    ),
    ("The army did not shrink from targeting hospitals in the north.", "targeting", F.HAPPENED),
    ("Troops failed to prevent the attack on the convoy.", "attack", F.HAPPENED),
    (
        "The fall of the city would not have happened without foreign air support.",
        "happened",
        F.HAPPENED,
    ),
    ("The attack could not be independently verified.", "attack", F.HAPPENED),
    ("The militia, which will hold elections next year, seized the port.", "seized", F.HAPPENED),
    ("Police said the bomb exploded near a bus stop.", "exploded", F.HAPPENED),
    ("Rebels attacked the town after troops had withdrawn.", "attacked", F.HAPPENED),
    ("There was no delay in launching the assault, which began at dawn.", "assault", F.HAPPENED),
    (
        "If confirmed, the attack would be the deadliest in the region this year.",
        "attack",
        F.HAPPENED,
    ),
    ("The attack will lead to reprisals, analysts said.", "attack", F.HAPPENED),
    ("The attack was carried out by a splinter group.", "attack", F.HAPPENED),
    ("Gunmen killed two officers to avenge the death of their leader.", "killed", F.HAPPENED),
    ("Rebels stormed the base on 20 December 2016.", "stormed", F.HAPPENED),
    (
        "The neighbouring state is not responsible for the massacres in the city.",
        "massacres",
        F.HAPPENED,
    ),
    ("At least 20 people may have been killed in the raid.", "killed", F.HAPPENED),
    # ongoing
    ("Militia forces are executing civilians in the streets.", "executing", F.ONGOING),
    ("Clashes continue in the southern districts.", "Clashes", F.ONGOING),
    ("The ongoing fighting has displaced thousands.", "fighting", F.ONGOING),
    ("Government troops have been shelling the suburbs for weeks.", "shelling", F.ONGOING),
    ("The army is still besieging the old town.", "besieging", F.ONGOING),
    # future
    ("Rebels plan to attack the town on Tuesday.", "attack", F.FUTURE),
    ("The militants threatened to attack the capital.", "attack", F.FUTURE),
    ("The army will launch an offensive on the rebel stronghold.", "offensive", F.FUTURE),
    ("Troops are preparing for an offensive on the city next month.", "offensive", F.FUTURE),
    ("The alliance may now turn towards the coastal province.", "turn", F.FUTURE),
    ("Government forces are expected to storm the district.", "storm", F.FUTURE),
    ("The port could be the next target of the coalition.", "target", F.FUTURE),
    ("The group has warned of a new assault on the capital.", "assault", F.FUTURE),
    ("It is likely that such raids will only increase in the coming weeks.", "raids", F.FUTURE),
    ("Commanders are set to begin an assault on the airport.", "assault", F.FUTURE),
    ("The planned offensive on the valley worries aid groups.", "offensive", F.FUTURE),
    ("Aid agencies fear that fighting will erupt in the camps.", "fighting", F.FUTURE),
    ("There will be more clashes in the coming days.", "clashes", F.FUTURE),
    ("Fresh clashes in the coming days are likely.", "clashes", F.FUTURE),
    ("Rebels to attack city", "attack", F.FUTURE),
    ("Activists called for a protest on Friday.", "protest", F.FUTURE),
    ("Clashes are likely to intensify.", "Clashes", F.FUTURE),
    ("A truce is due to take effect at midnight.", "truce", F.FUTURE),
    ("Rebels vow to attack city", "attack", F.FUTURE),
    ("An attack will be carried out soon, the group warned.", "attack", F.FUTURE),
    # hypothetical
    ("If the rebels attacked the convoy, the army would respond.", "attacked", F.HYPOTHETICAL),
    ("The army would respond with force.", "respond", F.HYPOTHETICAL),
    ("Unchecked, the militias could massacre hundreds of villagers.", "massacre", F.HYPOTHETICAL),
    ("Officials warned that gunmen might strike again.", "strike", F.HYPOTHETICAL),
    ("Diplomats raised the possibility of air strikes on the border.", "strikes", F.HYPOTHETICAL),
    ("Villagers live with the risk of renewed shelling.", "shelling", F.HYPOTHETICAL),
    ("The new rules should stop the looting of shops.", "stop", F.HYPOTHETICAL),
    ("Many more could have been killed if the bomb had gone off inside.", "killed", F.HYPOTHETICAL),
    ("A possible attack on the dam worries engineers.", "attack", F.HYPOTHETICAL),
    # negated
    (
        "At the same time the air force has avoided getting into battles with its neighbour.",
        "battles",
        F.NEGATED,
    ),
    ("Officials said no one was killed in the blast.", "killed", F.NEGATED),
    ("Security forces foiled an attack on the parliament building.", "attack", F.NEGATED),
    ("There has been a delay in launching a campaign against the town.", "campaign", F.NEGATED),
    ("The rebels did not attack the convoy.", "attack", F.NEGATED),
    ("Israel made efforts to prevent the smuggling of weapons.", "smuggling", F.NEGATED),
    ("No clashes were reported in the capital.", "clashes", F.NEGATED),
    ("Troops entered the town without a fight.", "fight", F.NEGATED),
    ("The militia never attacked the refugee camp.", "attacked", F.NEGATED),
    ("The commander refused to bomb the village.", "bomb", F.NEGATED),
    # historical
    (
        "In 1994, during the war, the country saw even more people murdered.",
        "murdered",
        F.HISTORICAL,
    ),
    ("The killings were reminiscent of the massacre of 1995.", "massacre", F.HISTORICAL),
    ("The vigil marked the anniversary of the genocide.", "genocide", F.HISTORICAL),
    ("Crowds recalled the bombing of the old bridge.", "bombing", F.HISTORICAL),
    ("Rebels first captured the town in 2003.", "captured", F.HISTORICAL),
    ("Survivors demanded justice for the 1992 killings.", "killings", F.HISTORICAL),
    # disputed
    (
        "The ministry denied that its jets had carried out the strike on the hospital.",
        "strike",
        F.DISPUTED,
    ),
    ("Officials dismissed rumours of a massacre in the village.", "massacre", F.DISPUTED),
    ("The army rejected claims that soldiers had looted the market.", "looted", F.DISPUTED),
    # a "that" clause on a denied noun, and the weapon a denied verb fired
    (
        "The navy denied Eritrean claims that its gunboats had fired rockets at the fishing port.",
        "rockets",
        F.DISPUTED,
    ),
    (
        "Kinshasa rejected Rwandan reports that its jets had dropped bombs on Gisenyi.",
        "bombs",
        F.DISPUTED,
    ),
    # "about" as a preposition tells what news is on, not a coming event ("about to")
    (
        "The bishops voiced their grief over the news about the murder of two nurses.",
        "murder",
        F.HAPPENED,
    ),
    ("The militia is about to attack the town.", "attack", F.FUTURE),
]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), FACTUALITY)
def test_factuality(language, cues, words, sentence, trigger, expected):
    passage = Passage(PassageKind.BODY, sentence, OffsetMap.identity(len(sentence)))
    doc = language.parse([sentence])[0]
    times = find_times(passage, doc, ANCHOR, words=words)
    tok = token(doc, trigger)
    judged = classify_factuality(
        tok.sent, tok, cues=cues, anchor=ANCHOR, times=times, passage=passage
    )
    assert judged.label == expected, judged.reason


def test_cue_offsets_point_at_the_cue(language, cues):
    doc = language.parse(["Rebels plan to attack the town."])[0]
    judged = classify_factuality(doc[:], token(doc, "attack"), cues=cues)
    assert doc.text[judged.cue_start : judged.cue_end] == "plan"


def test_cue_outside_the_trigger_scope_does_not_count(language, cues):
    doc = language.parse(["Gunmen who will face trial attacked the court."])[0]
    judged = classify_factuality(doc[:], token(doc, "attacked"), cues=cues)
    assert judged.label == F.HAPPENED


def test_historical_without_times_uses_the_year_in_the_clause(language, cues):
    doc = language.parse(["Rebels first captured the town in 2003."])[0]
    judged = classify_factuality(doc[:], token(doc, "captured"), cues=cues, anchor=ANCHOR)
    assert judged.label == F.HISTORICAL


def test_span_trigger(language, cues):
    doc = language.parse(["The rebels did not carry out the attack."])[0]
    judged = classify_factuality(doc[:], doc[4:6], cues=cues)
    assert judged.label == F.NEGATED


# (sentence, trigger word, expected certainty)
CERTAINTY = [
    ("Gunmen attacked a police station in the north of the city.", "attacked", Certainty.ASSERTED),
    (
        "Government forces shelled the village, according to local activists.",
        "shelled",
        Certainty.ATTRIBUTED,
    ),
    ("Government forces reportedly shelled the village.", "shelled", Certainty.ATTRIBUTED),
    ("Officials said the bomb exploded near a bus stop.", "exploded", Certainty.ATTRIBUTED),
    ("The raid killed two fighters, a spokesman said.", "killed", Certainty.ATTRIBUTED),
    (
        "Reports have been streaming in of executions in the square.",
        "executions",
        Certainty.ATTRIBUTED,
    ),
    ("The group claimed that its fighters downed a helicopter.", "downed", Certainty.ATTRIBUTED),
    ("Militants allegedly kidnapped three aid workers.", "kidnapped", Certainty.ATTRIBUTED),
    ("Sources said the convoy was ambushed at dawn.", "ambushed", Certainty.ATTRIBUTED),
    ("The attack could not be independently verified.", "attack", Certainty.DISPUTED),
    ("The ministry denied that its jets had struck the hospital.", "struck", Certainty.DISPUTED),
    ("The army disputed that any civilians were killed.", "killed", Certainty.DISPUTED),
    (
        "The account of the massacre was contradicted by satellite images.",
        "massacre",
        Certainty.DISPUTED,
    ),
    ("Troops retook the hill after a night of fighting.", "retook", Certainty.ASSERTED),
    ("No group has claimed responsibility for the attack.", "attack", Certainty.ASSERTED),
]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), CERTAINTY)
def test_certainty(language, cues, sentence, trigger, expected):
    doc = language.parse([sentence])[0]
    tok = token(doc, trigger)
    assert classify_certainty(tok.sent, tok, cues=cues).label == expected
