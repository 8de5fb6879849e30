"""Measured accuracy: a validation sample of a run's cities coded by people, scored against the
instrument, and the survey's shares corrected for the measured error (`scrapy validate`).

- `draw.py`: the stratified random sample and its seed;
- `kit.py`: the coding kit (sheet in csv and xlsx, coding page in HTML), blind to the instrument;
- `sheets.py`: reading filled sheets back, every problem named by its line;
- `score.py`: agreement tables, disagreements and corrected shares, as the survey publishes them;
- `stats.py`: the statistics (kappa, Rogan–Gladen, the bootstrap).
"""
