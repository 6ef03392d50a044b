"""`yrd-meetings validate`."""

from __future__ import annotations

import json

import pytest
from cli_helpers import run


def test_validate(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "validate")
    assert (code, err) == (0, "")
    assert out.startswith("ok:")
    code, out, _ = run(capsys, "validate", "--json")
    assert code == 0 and json.loads(out) == []
