from agreements.models import AgreementFocusArea
from kb.taxonomy.content import classified_models, tagged_with
from methods.models import MethodPage
from tests import factories


def test_all_content_types_take_part_in_listings(db):
    names = [m.__name__ for m in classified_models()]
    assert names == [
        "MethodPage",
        "EvidencePage",
        "ThemeDayPage",
        "NetworkPage",
        "Offer",
        "SpecialistPage",
    ]


def test_tagged_with_leaves_out_unpublished_pages(db):
    tag = factories.target_group()
    method = factories.method_page(target_groups=[tag])
    published = factories.method_page(target_groups=[tag])
    method.unpublish()

    sections = {section.model: section.items for section in tagged_with(tag)}

    assert method not in sections.get(MethodPage, [])
    assert published in sections[MethodPage]


def test_themes_are_one_per_line():
    entry = AgreementFocusArea(themes="Tidlig indsats\n\n- Overgange\n• Data")
    assert entry.theme_list() == ["Tidlig indsats", "Overgange", "Data"]
