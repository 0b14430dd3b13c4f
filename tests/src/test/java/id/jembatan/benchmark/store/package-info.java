/** Benchmark of the embedded statement store beside the real LRS. */
package id.jembatan.benchmark.store;
