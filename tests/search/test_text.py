from search.text import highlight, parse_query, stems


def test_query_parsing_separates_phrases_and_terms():
    parsed = parse_query('autisme "skæve boliger" Børn')
    assert parsed.phrases == ["skæve boliger"]
    assert parsed.terms == ["autisme", "børn"]
    assert parse_query('  "" ').is_empty


def test_danish_stems_keep_æøå():
    assert stems("Børnene") == stems("børn")
    assert stems("hjemløshed") != stems("hjemlos")


def test_highlight_escapes_html_and_marks_matching_words():
    html = highlight("Borgere <b>med</b> autisme og autistiske træk", ["autisme"])
    assert "&lt;b&gt;" in html
    assert "<mark>autisme</mark>" in html
    assert "<b>" not in html


def test_highlight_marks_the_words_the_search_matched_and_no_others():
    """Inflections share the stem and are marked; a longer word that only
    starts with it is not what either backend matched."""
    html = highlight(
        "Børnene og børn i hjemløshed, ikke børnehaver eller hjemløsheds-strategien",
        ["børn", "hjemløshed"],
    )
    assert "<mark>Børnene</mark>" in html
    assert "<mark>børn</mark>" in html
    assert "<mark>hjemløshed</mark>" in html
    assert "<mark>børnehaver</mark>" not in html
    assert "børnehaver" in html
