/** e-Kinerja → LRS ({@code kinerja-performance}) and e-Kinerja → Moodle enrolments ({@code kinerja-recommendations}). */
package id.jembatan.flow.kinerja;
