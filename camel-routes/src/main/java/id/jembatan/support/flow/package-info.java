/** What every flow's routes share: the poll and pass route skeleton, the pass counts, and what a pass reports. */
package id.jembatan.support.flow;
