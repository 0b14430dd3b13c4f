/** Tests of the project's scripts that need no peer. */
package id.jembatan.scripts;
