/**
 * Realistic Dutch municipal articles in any number, the same for the same seed: the corpus the
 * import and search benchmarks run on. Each article is computed from the seed and its number
 * alone, so writing a million of them needs no more memory than writing one.
 */
package nl.gemeente.kms.exchange.corpus;
