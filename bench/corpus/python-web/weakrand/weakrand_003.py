import random
from flask import Flask, request

app = Flask(__name__)


@app.route("/survey")
def survey():
    questions = request.args.getlist("q")
    # ok: CWE-330
    sampled = random.sample(questions, k=min(3, len(questions)))
    return {"questions": sampled}
