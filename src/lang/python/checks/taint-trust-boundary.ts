/**
 * ## What it does
 * Untrusted input stored in the server-side session: Flask's
 * `session[key] = value`, `session.update(...)` and `session.setdefault(key,
 * value)`; Django's and Starlette's (FastAPI `SessionMiddleware`)
 * `request.session[key] = value` and the same methods.
 *
 * ## Why is this bad?
 * Code that later reads the session treats its content as data the
 * application itself vetted (who is logged in, their role, a confirmed
 * address). Putting request data there unchecked moves it across that trust
 * boundary: a later request trusts what an earlier one merely claimed.
 *
 * ## Precision
 * A dataflow check (sink class `trust-boundary`) with an assignment sink:
 * the spec's `stores` section makes an index assignment into `flask.session`
 * or a Django/Starlette request's `session` a sink for the stored value (the key is not
 * a sink). Allow-list checks (`if role in ROLES`), numeric conversions and
 * constants are not reported. Whether the value was validated by other code
 * (a form library, a database lookup by that value) is not seen, hence medium
 * confidence. Sessions reached in other ways (`self.request.session` in a
 * class-based view, a session passed into a helper object) are not
 * recognised, and an unknown object's `append` (`cart = session.get(...);
 * cart.append(item)`) does not carry taint into it.
 */
import { defineTaintCheck, describeSource } from '../../../dataflow/taint-check.js';

export default defineTaintCheck(
  {
    id: 'taint-trust-boundary',
    title: 'Untrusted input stored in the session',
    cwe: 501,
    severity: 'medium',
    confidence: 'medium',
    languages: ['python'],
    description:
      'Request data stored unvalidated in the server-side session: Flask `session[...] = value`, ' +
      '`session.update(...)`, Django and Starlette `request.session[...] = value`.',
    why:
      'The rest of the application trusts the session as its own record (identity, role, verified state). Storing ' +
      'what the client sent there lets a later request rely on an unverified claim, e.g. a role or a user id.',
    fix:
      'Store only values the server established: validate the input against an allow-list or look the object up ' +
      'and store its id after an authorization check; keep raw request data out of the session.',
    example: {
      bad: 'session["role"] = request.form["role"]',
      good: 'role = request.form["role"]\nif role not in ALLOWED_ROLES:\n    abort(400)\nsession["role"] = role',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/501.html',
      'https://flask.palletsprojects.com/en/stable/api/#sessions',
      'https://docs.djangoproject.com/en/stable/topics/http/sessions/',
    ],
    evidence: { subject: 'session store', clean: 'none stores untrusted input' },
  },
  {
    classes: ['trust-boundary'],
    message: (flow) => `Untrusted input from ${describeSource(flow)} is stored in the session (${flow.sink.api}) without validation.`,
  },
);
