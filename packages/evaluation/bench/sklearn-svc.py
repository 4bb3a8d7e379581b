"""scikit-learn's SVC on the split svm-speed.ts writes: python3 sklearn-svc.py <dir>.

Reads meta.json (dims, C, gamma), x-train.f32, y-train.i32, x-test.f32 (little-endian, row-major);
prints one JSON line: fit and predict seconds (wall and CPU), support vector count, predicted labels.
"""
import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.svm import SVC

folder = Path(sys.argv[1])
meta = json.loads((folder / "meta.json").read_text())
dims = meta["dims"]
x_train = np.fromfile(folder / "x-train.f32", dtype="<f4").reshape(-1, dims).astype(np.float64)
y_train = np.fromfile(folder / "y-train.i32", dtype="<i4")
x_test = np.fromfile(folder / "x-test.f32", dtype="<f4").reshape(-1, dims).astype(np.float64)

model = SVC(kernel="rbf", C=meta["C"], gamma=meta["gamma"], tol=1e-3, cache_size=200)
start, cpu = time.perf_counter(), time.process_time()
model.fit(x_train, y_train)
fit_seconds, fit_cpu = time.perf_counter() - start, time.process_time() - cpu
start, cpu = time.perf_counter(), time.process_time()
predicted = model.predict(x_test)
predict_seconds, predict_cpu = time.perf_counter() - start, time.process_time() - cpu
print(json.dumps({
    "version": __import__("sklearn").__version__,
    "fitSeconds": fit_seconds,
    "predictSeconds": predict_seconds,
    "fitCpuSeconds": fit_cpu,
    "predictCpuSeconds": predict_cpu,
    "svCount": int(model.n_support_.sum()),
    "predictions": predicted.tolist(),
}))
