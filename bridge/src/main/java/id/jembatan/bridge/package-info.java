/** The Spring Boot application that wires the adapters and the flows: entry point and command dispatch. */
package id.jembatan.bridge;
