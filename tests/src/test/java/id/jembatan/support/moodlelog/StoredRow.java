package id.jembatan.support.moodlelog;

import java.util.List;

/** One row of {@code logstore_standard_log} with all 21 columns, as written to the database. */
record StoredRow(long id, String eventName, String component, String action, String target, String objectTable,
        Long objectId, String crud, int eduLevel, long contextId, long contextLevel, long contextInstanceId,
        long userId, Long courseId, Long relatedUserId, int anonymous, String other, long timeCreated,
        String origin, String ip, Long realUserId) {

    /** The columns in the order of {@link #values()}. */
    static final List<String> COLUMNS = List.of("id", "eventname", "component", "action", "target", "objecttable",
            "objectid", "crud", "edulevel", "contextid", "contextlevel", "contextinstanceid", "userid", "courseid",
            "relateduserid", "anonymous", "other", "timecreated", "origin", "ip", "realuserid");

    /** The column values in {@link #COLUMNS} order; null for SQL NULL. */
    Object[] values() {
        return new Object[] {id, eventName, component, action, target, objectTable, objectId, crud, eduLevel,
            contextId, contextLevel, contextInstanceId, userId, courseId, relatedUserId, anonymous, other,
            timeCreated, origin, ip, realUserId};
    }

    /** Appends this row as one line of PostgreSQL's COPY text format. */
    void appendCopyLine(StringBuilder out) {
        Object[] values = values();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                out.append("\\N");
            } else if (value instanceof String text) {
                escapeCopyText(text, out);
            } else {
                out.append(value);
            }
        }
        out.append('\n');
    }

    private static void escapeCopyText(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
