/** The {@code hr-profiles} benchmark: 100,000 ASN against a fast Moodle stub in its own JVM (docs/benchmarks-hr-profiles.md). */
package id.jembatan.benchmark.profiles;
