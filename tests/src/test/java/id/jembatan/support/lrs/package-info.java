/** A small in-memory xAPI statements resource for end-to-end tests that need only a JDK. */
package id.jembatan.support.lrs;
