/** The {@code lrs-credits} benchmark: a million statements from a fast LRS stand-in into credits and SIMPEG. */
package id.jembatan.benchmark.credits;
