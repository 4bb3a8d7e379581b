#!/usr/bin/python3
"""Reference for svm-sklearn.test.ts: scikit-learn's SVC (bundled libsvm) on a small seeded set.

Run from this folder:  /usr/bin/python3 make-sklearn-fixture.py > sklearn-svc.json
Needs Debian's python3-sklearn (apt-get install -y python3-sklearn); never a project dependency.
Data are cast to float32 first, so our Float32Array input is bit-identical to what sklearn sees.
"""
import base64
import json
import sys

import numpy as np
import sklearn
from sklearn.datasets import make_classification
from sklearn.svm import SVC

X, y = make_classification(
    n_samples=300, n_features=20, n_informative=6, n_redundant=4, n_classes=4,
    n_clusters_per_class=1, weights=[0.4, 0.3, 0.2, 0.1], class_sep=1.0, flip_y=0.05, random_state=7,
)
X = ((X - X[:200].mean(0)) / X[:200].std(0)).astype(np.float32)
x_train, y_train, x_test = X[:200], y[:200].astype(np.int32), X[200:]

SETTINGS = [
    {"kernel": "rbf", "C": 1.0, "gamma": "scale"},
    {"kernel": "rbf", "C": 10.0, "gamma": 0.02},
    {"kernel": "rbf", "C": 3.0, "gamma": "scale", "classWeight": "balanced"},
    {"kernel": "linear", "C": 0.1},
]

cases = []
for s in SETTINGS:
    clf = SVC(kernel=s["kernel"], C=s["C"], gamma=s.get("gamma", "scale"), class_weight=s.get("classWeight"),
              tol=1e-3, shrinking=True, decision_function_shape="ovo")
    clf.fit(x_train.astype(np.float64), y_train)
    cases.append({
        "options": s,
        "predictions": clf.predict(x_test.astype(np.float64)).tolist(),
        # libsvm order (0,1), (0,2), ..., (2,3); positive favours the first class.
        "decision": np.round(clf.decision_function(x_test.astype(np.float64)), 8).ravel().tolist(),
        "svCount": int(clf.support_.size),
    })

json.dump({
    "source": f"scikit-learn {sklearn.__version__} SVC, make-sklearn-fixture.py",
    "dims": 20,
    # Little-endian float32 bytes, base64: exact and a fifth of the size of decimal text.
    "xTrainF32": base64.b64encode(x_train.astype("<f4").tobytes()).decode(),
    "yTrain": y_train.tolist(),
    "xTestF32": base64.b64encode(x_test.astype("<f4").tobytes()).decode(),
    "cases": cases,
}, sys.stdout)
