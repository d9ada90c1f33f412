/**
 * The search benchmark: a program run on demand against a running KMS and its Elasticsearch node.
 * It measures relevance on the Rijksoverheid VACs next to a plain BM25 baseline, query latency
 * through the API next to the very same request sent straight to Elasticsearch, and reindex
 * throughput of a generated corpus. Results are printed as Markdown for bench/RESULTS.md.
 */
package nl.gemeente.kms.bench.search;
