/** What an operator sees of the bridge at work: flow and peer metrics, health per peer and per flow, who may see them. */
package id.jembatan.bridge.ops;
