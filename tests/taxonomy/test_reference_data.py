from kb.taxonomy.models import Municipality, Region


def test_all_five_regions_and_98_municipalities_exist(db):
    counts = {r.name: r.municipalities.count() for r in Region.objects.all()}
    assert counts == {
        "Region Hovedstaden": 29,
        "Region Sjælland": 17,
        "Region Syddanmark": 22,
        "Region Midtjylland": 19,
        "Region Nordjylland": 11,
    }
    assert Municipality.objects.count() == 98


def test_municipality_slugs_keep_danish_letters_readable(db):
    assert Municipality.objects.get(code="492").slug == "aeroe"
    assert Municipality.objects.get(code="185").slug == "taarnby"
    assert Municipality.objects.get(code="851").region.name == "Region Nordjylland"
