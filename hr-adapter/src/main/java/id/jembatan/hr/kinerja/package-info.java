/** e-Kinerja: SKP period results (ratings, predikat) read from its HTTP API or its database, checked against PermenPANRB 6/2022. */
package id.jembatan.hr.kinerja;
