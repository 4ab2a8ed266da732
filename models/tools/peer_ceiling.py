#!/usr/bin/python3
"""The matmul ceiling through the peer's stack (Debian's python3-torch and its BLAS): the same
projections of one decoder step that engine/MatmulCeiling.java times, fastest of 20 repetitions.

    OPENBLAS_NUM_THREADS=2 OMP_NUM_THREADS=1 /usr/bin/python3 models/tools/peer_ceiling.py
"""
import time, torch, torch.nn.functional as F, sys
torch.set_num_threads(1); torch.set_grad_enabled(False)
d, f, L, V = 512, 2048, 6, 65001
W = [[torch.randn(d, d) * .02 for _ in range(6)] + [torch.randn(f, d) * .02, torch.randn(d, f) * .02] for _ in range(L)]
bd, bf = torch.zeros(d), torch.zeros(f); E = torch.randn(V, d) * .02
for rows in (1, 4, 16, 64):
    x0 = torch.randn(rows, 1, d); best = 1e9
    for r in range(22):
        t = time.perf_counter(); x = x0
        for w in W:
            for p in range(6): x = F.linear(x, w[p], bd)
            x = F.linear(F.linear(x, w[6], bf), w[7], bd)
        F.linear(x.reshape(rows, d), E); dt = time.perf_counter() - t
        if r >= 2: best = min(best, dt)
    flops = 2 * rows * (L * (6 * d * d + 2 * d * f) + d * V)
    print(f"peer ceiling rows {rows}: {best*1e3:.1f} ms/step, {flops/best/1e9:.1f} GFLOP/s")
