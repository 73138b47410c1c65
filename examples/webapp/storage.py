"""Clean code: resources released, parameterised SQL, safe YAML."""
import sqlite3

import yaml


def load_settings(path):
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def find_user(db_path, name):
    conn = sqlite3.connect(db_path)
    try:
        cur = conn.execute("SELECT id, name FROM users WHERE name = ?", (name,))
        return cur.fetchone()
    finally:
        conn.close()
