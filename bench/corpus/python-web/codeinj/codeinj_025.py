"""Scoring service."""
from fastapi import FastAPI

app = FastAPI()


class Scorer:
    def __init__(self, rule):
        self.rule = rule

    def score(self, points):
        # expect: CWE-95
        return eval(self.rule, {}, {"points": points})


@app.get("/score")
def score(rule: str, points: int = 0):
    return {"score": Scorer(rule).score(points)}
