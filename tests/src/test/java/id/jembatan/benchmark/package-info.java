/** Runnable benchmarks of the flows: mains run through {@code -Pbenchmark}, never unit tests (docs/benchmarks.md). */
package id.jembatan.benchmark;
