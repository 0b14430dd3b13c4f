/** The {@code lrs-credits} flow: completed and passed learning in the LRS becomes competency credits (JP) in SIMPEG. */
package id.jembatan.flow.credits;
