/**
 * The {@code demo} profile: the whole bridge on embedded defaults and sample data (a sandbox Moodle, a SIMPEG on H2,
 * an e-Kinerja stand-in, the embedded statement store), every flow run once, everything labelled SANDBOX/DEMO.
 */
package id.jembatan.bridge.demo;
