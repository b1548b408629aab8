"""Word lists compiled by ``python -m detectors.data.build`` (see build.py for sources)."""
