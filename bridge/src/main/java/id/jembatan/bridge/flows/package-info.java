/** Wiring of each flow: its adapters, steps and routes, created when the systems it joins are configured. */
package id.jembatan.bridge.flows;
