"""Tests of the generator's morphology and CAMEO reading (python3 -m unittest tools/lexicon/test_generate.py).
The sample dictionary below is invented in CAMEO's layout; it is not an excerpt of CAMEO.2.0.txt."""

import importlib.util
import sys
import tempfile
import unittest
from pathlib import Path

spec = importlib.util.spec_from_file_location('gen', Path(__file__).with_name('generate-stance-predicates.py'))
gen = importlib.util.module_from_spec(spec)
sys.modules['gen'] = gen  # dataclasses look their module up there
spec.loader.exec_module(gen)

NO_EXC = gen.WordNet({}, {}, {}, set())
EXC = gen.WordNet({'withdraw': ['withdrew', 'withdrawn'], 'commit': ['committed', 'committing'], 'cancel': ['cancelled', 'cancelling']},
                  {'crisis': ['crises']}, {}, set())

SAMPLE = """&PACT
+PACT
+ACCORD

---  ENDORSE_X   [051]  ---
ACCLAIM
BACK_UP {BACKS_UP BACKED_UP}
- * PLAN                                              [051]         # ACCLAIM
---  LEAVE_X   [---]  ---
+STEP_AWAY
- * (FROM &PACT)                                      [0874]        # STEP_AWAY
- * CRITICS                                           [111]         # STEP_AWAY
"""


class Morphology(unittest.TestCase):
    def test_regular_verbs(self):
        self.assertEqual(gen.verb_forms('back', [], NO_EXC), ['back', 'backs', 'backed', 'backing'])
        self.assertEqual(gen.verb_forms('ratify', [], NO_EXC), ['ratify', 'ratifies', 'ratified', 'ratifying'])
        self.assertEqual(gen.verb_forms('pledge', [], NO_EXC), ['pledge', 'pledges', 'pledged', 'pledging'])
        self.assertEqual(gen.verb_forms('snub', [], NO_EXC), ['snub', 'snubs', 'snubbed', 'snubbing'])
        self.assertEqual(gen.verb_forms('push', [], NO_EXC), ['push', 'pushes', 'pushed', 'pushing'])
        self.assertEqual(gen.verb_forms('veto', [], NO_EXC), ['veto', 'vetoes', 'vetoed', 'vetoing'])
        self.assertEqual(gen.verb_forms('sign', [], NO_EXC), ['sign', 'signs', 'signed', 'signing'])

    def test_irregular_and_spelling_variants(self):
        self.assertEqual(gen.verb_forms('withdraw', [], EXC), ['withdraw', 'withdraws', 'withdrew', 'withdrawn', 'withdrawing'])
        self.assertEqual(gen.verb_forms('commit', [], EXC), ['commit', 'commits', 'committed', 'committing'])
        self.assertEqual(gen.verb_forms('cancel', [], EXC), ['cancel', 'cancels', 'cancelled', 'canceled', 'cancelling', 'canceling'])
        self.assertEqual(gen.verb_forms('lend', ['lends', 'lending', 'lent'], NO_EXC), ['lend', 'lends', 'lent', 'lending'])

    def test_nouns(self):
        self.assertEqual(gen.noun_forms('commitment', EXC), ['commitment', 'commitments'])
        self.assertEqual(gen.noun_forms('crisis', EXC), ['crisis', 'crises'])
        self.assertEqual(gen.noun_forms('readiness', EXC), ['readiness'])


class Cameo(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.NamedTemporaryFile('w', suffix='.txt', delete=False)
        self.tmp.write(SAMPLE)
        self.tmp.close()
        self.index = gen.read_cameo(Path(self.tmp.name))
        self.synsets = gen.read_synsets(Path(self.tmp.name))

    def test_block_code_and_braces(self):
        codes, verb = gen.cameo_codes(self.index, self.synsets, 'BACK_UP', [], 'SUPPORTS')
        self.assertEqual(codes, ['051'])
        self.assertEqual(verb.words, ['back', 'up'])
        self.assertEqual(verb.forms, ['backs', 'backed'])

    def test_frame_through_synonym_set_and_class_filter(self):
        codes, _ = gen.cameo_codes(self.index, self.synsets, 'STEP_AWAY', ['from', 'accord'], 'NEGATES')
        self.assertEqual(codes, ['0874'])
        # An uncoded block is coded by its patterns, kept only within the relation's classes.
        codes, _ = gen.cameo_codes(self.index, self.synsets, 'STEP_AWAY', [], 'SUPPORTS')
        self.assertEqual(codes, [])
        codes, _ = gen.cameo_codes(self.index, self.synsets, 'STEP_AWAY', [], 'OPPOSES')
        self.assertEqual(codes, ['111'])


if __name__ == '__main__':
    unittest.main()
