import random
from fastapi import FastAPI

app = FastAPI()


class Vault:
    def __init__(self):
        self.rng = random.SystemRandom()

    def new_secret(self):
        # ok: CWE-330
        return self.rng.getrandbits(256).to_bytes(32, "big").hex()


VAULT = Vault()


@app.post("/secrets")
def new_secret():
    return {"secret": VAULT.new_secret()}
