package id.jembatan.moodle.log;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.stream.Collectors;

/**
 * The reader's statements, from {@code moodle/log/*.sql}. Only three things are put into their text: the
 * table name (validated by {@link MoodleLogReader}; table names cannot be bound), one {@code ?} per
 * event name, and one pair of {@code ?} per (context, related user) pair. Every value is bound.
 */
record LogSql(String page, String maxId, String lastIdBefore, String lastIdAtOrBefore, String countBetween,
              String latestBefore) {

    static LogSql forTable(String table, int eventNames) {
        String placeholders = String.join(", ", Collections.nCopies(eventNames, "?"));
        return new LogSql(
                load("page", table, placeholders),
                load("max-id", table, placeholders),
                load("last-id-before", table, placeholders),
                load("last-id-at-or-before", table, placeholders),
                load("count-between", table, placeholders),
                load("latest-before", table, placeholders));
    }

    /** {@link #latestBefore()} for {@code pairs} (context, related user) pairs. */
    String latestBefore(int pairs) {
        return latestBefore.replace("${pairs}",
                String.join(" OR ", Collections.nCopies(pairs, "(contextid = ? AND relateduserid = ?)")));
    }

    private static String load(String name, String table, String placeholders) {
        String resource = "/moodle/log/" + name + ".sql";
        try (InputStream in = LogSql.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines()
                    .filter(line -> !line.stripLeading().startsWith("--"))
                    .collect(Collectors.joining("\n"))
                    .strip()
                    .replace("${table}", table)
                    .replace("${eventNames}", placeholders);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
