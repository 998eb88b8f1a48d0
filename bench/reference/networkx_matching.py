"""Reference timing for bench/matching.bench.ts: networkx's max_weight_matching on an edge list.

Usage: python3 networkx_matching.py EDGES_FILE
EDGES_FILE holds one edge per line: "u v weight". Prints one JSON object:
{"seconds": <time of max_weight_matching only>, "weight": <total>, "pairs": <matched pairs>,
 "networkx": <version>}.
"""

import json
import sys
import time

import networkx as nx


def read_graph(path):
    graph = nx.Graph()
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) == 3:
                graph.add_edge(int(parts[0]), int(parts[1]), weight=float(parts[2]))
    return graph


def main():
    graph = read_graph(sys.argv[1])
    started = time.perf_counter()
    matching = nx.max_weight_matching(graph, maxcardinality=False)
    seconds = time.perf_counter() - started
    weight = sum(graph[u][v]["weight"] for u, v in matching)
    print(json.dumps({
        "seconds": seconds,
        "weight": weight,
        "pairs": len(matching),
        "networkx": nx.__version__,
    }))


if __name__ == "__main__":
    main()
