"""shopsim rewards for Python trainers, over the shopsim reward service (standard library only).

Start the service with `shopsim rewards serve`, then:

- verl: custom_reward_function.path=integrations/shopsim_reward.py custom_reward_function.name=compute_score
- TRL:  GRPOTrainer(..., reward_funcs=[shopsim_reward]) with a `ground_truth` column in the dataset

The service URL comes from SHOPSIM_REWARD_URL (default http://127.0.0.1:8787); the reward from
SHOPSIM_REWARD (default: the service's, shop-r1).
"""

import json
import os
import urllib.error
import urllib.request

DEFAULT_URL = "http://127.0.0.1:8787"
TIMEOUT_SECONDS = 120


def _service_url():
    return os.environ.get("SHOPSIM_REWARD_URL", DEFAULT_URL).rstrip("/")


def _completion_text(completion):
    """TRL passes a string, or for chat datasets a list of messages whose last one is the model's."""
    if isinstance(completion, str):
        return completion
    if isinstance(completion, list) and completion:
        last = completion[-1]
        if isinstance(last, dict):
            return str(last.get("content", ""))
    return str(completion)


def _score_batch(completions, ground_truths):
    reward = os.environ.get("SHOPSIM_REWARD")
    items = []
    for completion, gold in zip(completions, ground_truths):
        item = {"completion": _completion_text(completion), "ground_truth": gold}
        if reward:
            item["reward"] = reward
        items.append(item)
    request = urllib.request.Request(
        _service_url() + "/score",
        data=json.dumps({"items": items}).encode("utf-8"),
        headers={"content-type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            return json.loads(response.read().decode("utf-8"))["scores"]
    except urllib.error.HTTPError as error:
        detail = error.read().decode("utf-8", "replace")
        raise RuntimeError(f"shopsim reward service answered {error.code}: {detail}") from error
    except urllib.error.URLError as error:
        raise RuntimeError(
            f"shopsim reward service not reachable at {_service_url()} ({error.reason}); "
            "start it with `shopsim rewards serve` or set SHOPSIM_REWARD_URL"
        ) from error


def compute_score(data_source, solution_str, ground_truth, extra_info=None):
    """verl's custom reward: the total as `score`, each computed component alongside (verl logs them)."""
    score = _score_batch([solution_str], [ground_truth])[0]
    result = {"score": float(score["total"])}
    for name, value in score["components"].items():
        result[name] = float(value)
    if "exactMatch" in score:
        result["exact_match"] = 1.0 if score["exactMatch"] else 0.0
    return result


def shopsim_reward(prompts, completions, ground_truth, **kwargs):
    """TRL reward function: one request for the whole batch, one float per completion."""
    return [float(score["total"]) for score in _score_batch(completions, ground_truth)]
