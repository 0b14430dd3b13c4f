package id.jembatan.bridge.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The push source of {@code moodle-learning}: events the Moodle plugin {@code local_jembatan} sends to
 * {@code POST /moodle/push} (docs/flows/moodle-learning.md). No site = every push is refused.
 *
 * @param sites     the Moodle sites allowed to push, each with its own key: {@code jembatan.moodle.push.sites[0].name=lms}
 * @param maxEvents most events in one request; more is answered 413 (the plugin then sends half as many)
 * @param maxBody   largest request body; larger is answered 413 before it is read
 */
@ConfigurationProperties("jembatan.moodle.push")
public record MoodlePushProperties(@DefaultValue List<Site> sites, @DefaultValue("500") int maxEvents,
        @DefaultValue("4MB") DataSize maxBody) {

    public MoodlePushProperties {
        sites = sites == null ? List.of() : List.copyOf(sites);
    }

    /**
     * One Moodle site allowed to push; its events become statements of {@code jembatan.moodle.url}, so its
     * {@code wwwroot} must be that URL.
     *
     * @param name    what it is called in logs and dead letters
     * @param key     the key itself, at least 24 characters (secret: set it through the environment, e.g.
     *                {@code JEMBATAN_MOODLE_PUSH_SITES_0_KEY}); give either this or {@code key-hash}
     * @param keyHash the SHA-256 of the key as 64 hex digits ({@code printf %s "$KEY" | sha256sum}), optionally
     *                prefixed {@code sha256:}
     */
    public record Site(String name, String key, String keyHash) {

        @Override
        public String toString() {
            return "Site[name=" + name + ", key=" + (key == null || key.isEmpty() ? "(none)" : "(set)") + ", keyHash="
                    + (keyHash == null || keyHash.isEmpty() ? "(none)" : "(set)") + "]";
        }
    }
}
