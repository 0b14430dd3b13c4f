/** A small in-memory xAPI statements resource for end-to-end tests that need only a JDK, and a read-back of what a real LRS stored. */
package id.jembatan.support.lrs;
