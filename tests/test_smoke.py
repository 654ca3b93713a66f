import bote


def test_evaluates_a_binding():
    report = bote.evaluate("x = 150 TB / 100 GB\n", "x.bote")
    assert report.values["x"].quantity.magnitude == 1500
