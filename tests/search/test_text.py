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
