package id.jembatan.lrs.xapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the recorded LRS responses under {@code src/test/resources/lrs/}. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String lrs(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/lrs/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture lrs/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
