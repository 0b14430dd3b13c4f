package id.jembatan.flow.learning;

/**
 * A course module (activity).
 *
 * @param cmid     course module id
 * @param modName  module type, e.g. {@code quiz}
 * @param name     activity name
 * @param instance id of the activity instance (e.g. the quiz id)
 */
record ModuleInfo(long cmid, String modName, String name, long instance) {
}
