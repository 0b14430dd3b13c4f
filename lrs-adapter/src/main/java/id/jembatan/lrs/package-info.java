/** The xAPI LRS client (statements resource over java.net.http) and at-least-once statement delivery on top of it. */
package id.jembatan.lrs;
