from methods.rating import (
    AXIS_CRITERIA,
    CostLevel,
    DanishRelevance,
    EvidenceLevel,
    ImplementationReadiness,
    evidence_scale,
)


def test_scale_runs_from_0_to_5_with_criteria_for_every_level():
    steps = evidence_scale()
    assert [step.value for step in steps] == [0, 1, 2, 3, 4, 5]
    assert all(len(str(step.criteria)) > 80 for step in steps)
    assert str(steps[1].label) == "1 – Godt beskrevet"


def test_every_axis_value_has_criteria():
    for axis, choices in (
        ("cost", CostLevel),
        ("readiness", ImplementationReadiness),
        ("relevance", DanishRelevance),
    ):
        assert set(AXIS_CRITERIA[axis]) == set(choices)


def test_well_described_practice_ranks_above_shown_ineffective():
    assert EvidenceLevel.WELL_DESCRIBED > EvidenceLevel.SHOWN_INEFFECTIVE
