/** HR records and access to the regional HR systems (SIMPEG, e-Kinerja); plain Java, no Spring or Camel. */
package id.jembatan.hr;
