/** The xAPI 1.0.3 statement model, its JSON form, validation, deterministic ids and the Jembatan xAPI profile. */
package id.jembatan.lrs.xapi;
