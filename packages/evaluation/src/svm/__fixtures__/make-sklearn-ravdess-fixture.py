#!/usr/bin/python3
"""Reference for svm-ravdess.test.ts: scikit-learn's SVC on RAVDESS 4-class IS10 features.

Run from this folder:  /usr/bin/python3 make-sklearn-ravdess-fixture.py > sklearn-ravdess.json
Reads ../shared/reference/opensmile-is10/ravdess-speech-16k.is10.csv beside the checkout, the
openSMILE IS10 reference. Same split as src/__fixtures__/ravdess-is10.ts: neutral/happy/sad/angry
(emotion codes 01/03/04/05), actors 1-20 train, 21-24 test, z-scored (population sd) with
training statistics, cast to float32, then the first `dims` columns.
"""
import json
import os
import sys

import numpy as np
import sklearn
from sklearn.svm import SVC

HERE = os.path.dirname(os.path.abspath(__file__))
CSV = os.path.join(HERE, *[".."] * 5, "..", "shared", "reference", "opensmile-is10", "ravdess-speech-16k.is10.csv")
EMOTIONS = ["01", "03", "04", "05"]

rows, labels, actors = [], [], []
with open(os.path.normpath(CSV)) as f:
    next(f)
    for line in f:
        cells = line.rstrip("\n").split(";")
        name = cells[0].replace("'", "")
        code = os.path.basename(name).split("-")[2]
        if code not in EMOTIONS:
            continue
        rows.append(np.array(cells[2:], dtype=np.float32))
        labels.append(EMOTIONS.index(code))
        actors.append(int(name.split("/")[0][6:]))
x = np.stack(rows).astype(np.float64)
y = np.array(labels)
train = np.array(actors) <= 20
mean, sd = x[train].mean(0), x[train].std(0)
z = ((x - mean) / np.where(sd > 0, sd, 1)).astype(np.float32).astype(np.float64)

cases = []
for dims, C in [(1582, 10.0), (2, 10.0)]:
    clf = SVC(kernel="rbf", C=C, gamma="scale", tol=1e-3).fit(z[train, :dims], y[train])
    pred = clf.predict(z[~train, :dims])
    cases.append({"dims": dims, "C": C, "predictions": pred.tolist(), "svCount": int(clf.support_.size),
                  "accuracy": float((pred == y[~train]).mean())})
json.dump({"source": f"scikit-learn {sklearn.__version__} SVC, make-sklearn-ravdess-fixture.py", "cases": cases}, sys.stdout)
