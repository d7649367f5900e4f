"""Driven by shopsim-reward.test.ts: imports the integration and prints what both entry points return."""

import json
import sys

sys.path.insert(0, sys.argv[1])
import shopsim_reward  # noqa: E402

cases = json.loads(sys.stdin.read())
verl = [shopsim_reward.compute_score("opera", c["completion"], c["ground_truth"]) for c in cases]
trl = shopsim_reward.shopsim_reward(
    prompts=["p"] * len(cases),
    completions=[c["completion"] for c in cases],
    ground_truth=[c["ground_truth"] for c in cases],
)
print(json.dumps({"verl": verl, "trl": trl}))
