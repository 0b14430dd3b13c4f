/** The embedded statement store over HTTP: {@code /xapi/statements} and {@code /xapi/about}, with Basic auth. */
package id.jembatan.bridge.xapi;
