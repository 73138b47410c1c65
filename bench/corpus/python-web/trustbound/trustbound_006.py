from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "change-me"


@app.route("/cart/add", methods=["POST"])
def add_to_cart():
    item_id = int(request.form["item"])
    cart = session.get("cart", [])
    cart.append(item_id)
    # ok: CWE-501
    session["cart"] = cart
    return {"size": len(cart)}
