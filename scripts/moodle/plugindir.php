<?php
// Prints the folder (relative to the Moodle code root) where the plugin whose version.php is given belongs,
// e.g. local/jembatan for $plugin->component = 'local_jembatan'.
//
// Usage: php plugindir.php CONFIG_PHP PLUGIN/version.php
define('CLI_SCRIPT', true);
define('ABORT_AFTER_CONFIG', true);
require($argv[1]);
$plugin = new stdClass();
require($argv[2]);
if (empty($plugin->component) || strpos($plugin->component, '_') === false) {
    fwrite(STDERR, "$argv[2] sets no \$plugin->component such as local_jembatan\n");
    exit(1);
}
[$type, $name] = explode('_', $plugin->component, 2);
$types = \core_component::get_plugin_types();
if (!isset($types[$type])) {
    fwrite(STDERR, "unknown plugin type $type in $argv[2]\n");
    exit(1);
}
echo substr($types[$type], strlen($CFG->dirroot) + 1) . "/$name\n";
