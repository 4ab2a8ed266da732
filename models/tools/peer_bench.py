#!/usr/bin/python3
"""The benchmark's peer: the same Marian checkpoint run eagerly by Debian's python3-torch.

A generate-style loop as HuggingFace transformers runs it (no transformers here: Debian does not
package it): encoder once, decoder one token per row with a key/value cache, greedy argmax or beam
search over log-softmax scores with top-2k candidates and the cache reordered to the surviving beams.
End-of-sentence is blocked until the fixed output length (as min_length does), so every sentence
costs the same work in Rendition and here.

Input: a JSON file {"inputs": [[ids...], ...]} of already tokenized sentences in batch order.
Output: one JSON object per run on standard output. With --serve the checkpoint is loaded once and
each standard-input line is one request (see serve()), so the benchmark can interleave its rounds.

    /usr/bin/python3 models/tools/peer_bench.py --checkpoint DIR --inputs FILE \
        --beams 4 --batch 16 --tokens 16 --threads 2
"""
import argparse
import json
import math
import struct
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F


def read_safetensors(path):
    """A small safetensors reader (Debian has no python3-safetensors): header, then raw tensors."""
    with open(path, "rb") as f:
        (length,) = struct.unpack("<Q", f.read(8))
        header = json.loads(f.read(length))
    data = np.memmap(path, dtype=np.uint8, mode="r", offset=8 + length)
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        if info["dtype"] != "F32":
            raise SystemExit(f"peer reads F32 tensors only; {name} is {info['dtype']}")
        begin, end = info["data_offsets"]
        array = np.frombuffer(data[begin:end], dtype=np.float32).reshape(info["shape"])
        tensors[name] = torch.from_numpy(array.copy())
    return tensors


class Marian:
    def __init__(self, folder):
        with open(f"{folder}/config.json") as f:
            self.config = json.load(f)
        c = self.config
        self.w = read_safetensors(f"{folder}/model.safetensors")
        self.d = c["d_model"]
        self.heads = c["decoder_attention_heads"]
        self.layers = c["decoder_layers"]
        self.pad = c["pad_token_id"]
        self.eos = c["eos_token_id"]
        self.start = c["decoder_start_token_id"]
        self.scale = math.sqrt(self.d) if c.get("scale_embedding") else 1.0
        self.embed = self.w["model.shared.weight"]
        self.bias = self.w["final_logits_bias"]
        self.positions = self.sinusoids(c.get("max_position_embeddings", 512), self.d)

    @staticmethod
    def sinusoids(n, dim):
        position = np.arange(n)[:, None] / np.power(10000, 2 * (np.arange(dim)[None, :] // 2) / dim)
        table = np.zeros((n, dim), dtype=np.float32)
        half = dim // 2 if dim % 2 == 0 else dim // 2 + 1
        table[:, :half] = np.sin(position[:, 0::2])
        table[:, half:] = np.cos(position[:, 1::2])
        return torch.from_numpy(table)

    def lin(self, x, name):
        return F.linear(x, self.w[name + ".weight"], self.w[name + ".bias"])

    def norm(self, x, name):
        return F.layer_norm(x, (self.d,), self.w[name + ".weight"], self.w[name + ".bias"], 1e-5)

    def split(self, x):
        b, t, _ = x.shape
        return x.view(b, t, self.heads, self.d // self.heads).transpose(1, 2)

    def attend(self, q, k, v, mask, name):
        b, _, t, _ = q.shape
        scores = torch.matmul(q * (self.d // self.heads) ** -0.5, k.transpose(-1, -2))
        if mask is not None:
            scores = scores + mask
        context = torch.matmul(scores.softmax(-1), v).transpose(1, 2).reshape(b, t, self.d)
        return self.lin(context, name + ".out_proj")

    def encode(self, ids, mask):
        x = F.embedding(ids, self.embed) * self.scale + self.positions[: ids.shape[1]]
        for i in range(self.layers):
            p = f"model.encoder.layers.{i}"
            q = self.split(self.lin(x, p + ".self_attn.q_proj"))
            k = self.split(self.lin(x, p + ".self_attn.k_proj"))
            v = self.split(self.lin(x, p + ".self_attn.v_proj"))
            x = self.norm(x + self.attend(q, k, v, mask, p + ".self_attn"), p + ".self_attn_layer_norm")
            h = self.lin(F.silu(self.lin(x, p + ".fc1")), p + ".fc2")
            x = self.norm(x + h, p + ".final_layer_norm")
        return x

    def cross_cache(self, encoded):
        return [(self.split(self.lin(encoded, f"model.decoder.layers.{i}.encoder_attn.k_proj")),
                 self.split(self.lin(encoded, f"model.decoder.layers.{i}.encoder_attn.v_proj")))
                for i in range(self.layers)]

    def step(self, tokens, position, cache, cross, mask):
        x = F.embedding(tokens[:, None], self.embed) * self.scale + self.positions[position]
        for i in range(self.layers):
            p = f"model.decoder.layers.{i}"
            q = self.split(self.lin(x, p + ".self_attn.q_proj"))
            k = self.split(self.lin(x, p + ".self_attn.k_proj"))
            v = self.split(self.lin(x, p + ".self_attn.v_proj"))
            if cache[i] is not None:
                k = torch.cat([cache[i][0], k], 2)
                v = torch.cat([cache[i][1], v], 2)
            cache[i] = (k, v)
            x = self.norm(x + self.attend(q, k, v, None, p + ".self_attn"), p + ".self_attn_layer_norm")
            q = self.split(self.lin(x, p + ".encoder_attn.q_proj"))
            x = self.norm(x + self.attend(q, cross[i][0], cross[i][1], mask, p + ".encoder_attn"),
                          p + ".encoder_attn_layer_norm")
            h = self.lin(F.silu(self.lin(x, p + ".fc1")), p + ".fc2")
            x = self.norm(x + h, p + ".final_layer_norm")
        return F.linear(x[:, 0], self.embed) + self.bias


def generate(model, sentences, beams, tokens):
    """Greedy (beams 1) or beam search with exactly `tokens` generated tokens per sentence."""
    batch = len(sentences)
    width = max(len(s) for s in sentences)
    ids = torch.full((batch, width), model.pad, dtype=torch.long)
    for b, s in enumerate(sentences):
        ids[b, : len(s)] = torch.tensor(s)
    mask = torch.zeros(batch, 1, 1, width)
    mask[ids.eq(model.pad)[:, None, None, :]] = torch.finfo(torch.float32).min
    cross = model.cross_cache(model.encode(ids, mask))
    if beams > 1:
        cross = [(k.repeat_interleave(beams, 0), v.repeat_interleave(beams, 0)) for k, v in cross]
        mask = mask.repeat_interleave(beams, 0)
    rows = batch * beams
    cache = [None] * model.layers
    current = torch.full((rows,), model.start, dtype=torch.long)
    output = current[:, None]
    scores = torch.zeros(batch, beams)
    scores[:, 1:] = -1e9
    scores = scores.view(-1)
    for step in range(tokens):
        logits = model.step(current, step, cache, cross, mask)
        logprobs = F.log_softmax(logits, -1)
        logprobs[:, model.pad] = -math.inf  # bad_words_ids
        if step < tokens - 1:
            logprobs[:, model.eos] = -math.inf  # min_length
        elif model.config.get("forced_eos_token_id") is not None:
            forced = torch.full_like(logprobs, -math.inf)  # forced_eos_token_id at the last step
            forced[:, model.config["forced_eos_token_id"]] = 0
            logprobs = forced
        if beams == 1:
            current = logprobs.argmax(-1)
            output = torch.cat([output, current[:, None]], 1)
            continue
        vocab = logprobs.shape[-1]
        totals = (logprobs + scores[:, None]).view(batch, beams * vocab)
        top_scores, top_ids = totals.topk(2 * beams, 1)
        # The best `beams` candidates that do not end the sentence go on (none end before the fixed
        # length); at the last step every candidate ends, and the best of them are the finished beams.
        ends = (top_ids % vocab).eq(model.eos) if step < tokens - 1 else torch.zeros_like(top_ids, dtype=torch.bool)
        running = top_scores.masked_fill(ends, -1e9)
        keep_scores, keep = running.topk(beams, 1)
        chosen = top_ids.gather(1, keep)
        origin = (chosen // vocab + torch.arange(batch)[:, None] * beams).view(-1)
        current = (chosen % vocab).view(-1)
        scores = keep_scores.view(-1)
        cache = [(k.index_select(0, origin), v.index_select(0, origin)) for k, v in cache]
        output = torch.cat([output.index_select(0, origin), current[:, None]], 1)
    return output


def blas():
    """Which BLAS library torch is calling (Debian's alternatives decide)."""
    with open("/proc/self/maps") as f:
        maps = f.read()
    for name in ("openblas", "blis", "mkl", "atlas"):
        if name in maps:
            return name
    return "reference BLAS" if "libblas" in maps else "unknown"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checkpoint", required=True)
    parser.add_argument("--inputs", help="JSON file of token ids (not with --serve)")
    parser.add_argument("--beams", type=int, default=1)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--tokens", type=int, default=16)
    parser.add_argument("--threads", type=int, default=0)
    parser.add_argument("--serve", action="store_true",
                        help="load once, then answer one JSON request per standard-input line")
    args = parser.parse_args()
    if args.threads > 0:
        torch.set_num_threads(args.threads)
    torch.set_grad_enabled(False)
    start = time.perf_counter()
    model = Marian(args.checkpoint)
    load = time.perf_counter() - start
    if args.serve:
        serve(model, load)
        return
    with open(args.inputs) as f:
        inputs = json.load(f)["inputs"]
    # Warm-up on one batch, as the Java side warms up before timing.
    generate(model, inputs[: args.batch], args.beams, 2)
    print(json.dumps(timed(model, inputs, args.beams, args.batch, args.tokens, load)))
    sys.stdout.flush()


def timed(model, inputs, beams, batch_size, tokens, load):
    """Decodes `inputs` in batches of `batch_size`; wall-clock and CPU time of the decoding alone."""
    start = time.perf_counter()
    cpu_start = time.process_time()
    generated = 0
    for at in range(0, len(inputs), batch_size):
        batch = inputs[at: at + batch_size]
        out = generate(model, batch, beams, tokens)
        generated += len(batch) * (out.shape[1] - 1)
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    return {"peer": f"python3-torch {torch.__version__} eager", "threads": torch.get_num_threads(), "blas": blas(),
            "load_s": load, "sentences": len(inputs), "tokens": generated, "seconds": seconds,
            "sentences_per_s": len(inputs) / seconds, "tokens_per_s": generated / seconds,
            "cpu_seconds": cpu_seconds, "sentences_per_cpu_s": len(inputs) / cpu_seconds}


def serve(model, load):
    """The benchmark's interleaved rounds: the model stays loaded between them.

    Each line in is {"inputs": [[ids...], ...], "beams": k, "batch": n, "tokens": t}; each line out is
    the JSON of one timed run. An empty line or end of input ends it."""
    print(json.dumps({"ready": True, "load_s": load}))
    sys.stdout.flush()
    for line in sys.stdin:
        if not line.strip():
            break
        request = json.loads(line)
        print(json.dumps(timed(model, request["inputs"], request["beams"], request["batch"], request["tokens"],
                               load)))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
