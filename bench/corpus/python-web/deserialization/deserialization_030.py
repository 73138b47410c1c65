import pickle
from flask import Flask, request

app = Flask(__name__)


class Store:
    def __init__(self):
        self.items = {}

    def put(self, key, raw):
        # ok: CWE-502
        self.items[key] = pickle.loads(pickle.dumps(len(raw)))


STORE = Store()


@app.route("/store/<key>", methods=["PUT"])
def put(key):
    STORE.put(key, request.get_data())
    return "", 204
