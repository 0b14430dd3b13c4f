/** End-to-end tests that run the built jar or the whole application against real or replayed peers. */
package id.jembatan.e2e;
