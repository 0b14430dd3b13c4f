package id.jembatan.bridge.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code moodle-learning} flow.
 *
 * @param enabled          whether the flow runs on its schedule (it also needs Moodle and an LRS configured)
 * @param pollInterval     time between two polls of Moodle's log; an event reaches the LRS within about this
 * @param batchSize        log rows read and translated per page
 * @param startFrom        where the log tail starts on its first run: {@code now} (history through
 *                         {@code backfill}) or {@code beginning} (the whole log)
 * @param snapshotInterval time between two web-service passes, when there is no {@code jembatan.moodle.log-jdbc-url}
 * @param snapshotPageSize enrolled users read per call in a web-service pass
 * @param learnerRoles     role short names whose holders are learners in a web-service pass
 * @param prefetch         whether the log tail reads, enriches and translates the next page while the page in hand
 *                         is delivered to the LRS (docs/decisions/0010-moodle-learning-page-prefetch.md); pages are
 *                         still delivered and committed one at a time, in log order
 * @param directoryTtl     how long what was looked up in Moodle about a learner, course, module or grade item is
 *                         reused before it is asked for again (a changed NIP or JP reaches new statements within this)
 */
@ConfigurationProperties("jembatan.flows.moodle-learning")
public record MoodleLearningProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("500") int batchSize,
        @DefaultValue("now") String startFrom,
        @DefaultValue("15m") Duration snapshotInterval,
        @DefaultValue("50") int snapshotPageSize,
        @DefaultValue("student") List<String> learnerRoles,
        @DefaultValue("true") boolean prefetch,
        @DefaultValue("10m") Duration directoryTtl) {
}
