package id.jembatan.hr.simpeg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

/** The repository's {@code config/simpeg/} folder, seen from the module folder that tests run in. */
final class ConfigFolder {

    private ConfigFolder() {
    }

    static Path simpeg() {
        Path folder = Path.of("..", "config", "simpeg").toAbsolutePath().normalize();
        assertThat(folder).as("config/simpeg beside the hr-adapter module").isDirectory();
        return folder;
    }
}
