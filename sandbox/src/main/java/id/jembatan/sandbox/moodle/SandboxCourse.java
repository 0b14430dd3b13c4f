package id.jembatan.sandbox.moodle;

/**
 * A Moodle course as the sandbox serves it: to add courses ({@link SandboxData#withCourses}) and to see which
 * are served ({@link SandboxData#courses()}). An added course is rendered in the JSON shapes of the recorded
 * course WASBANG-2025, with a Page and a Quiz laid out as the synthetic log rows expect (see
 * {@link SandboxData#withCourses}).
 *
 * @param id the Moodle course id (1 is the site course)
 * @param shortname the short name, e.g. {@code SKP-2025}
 * @param fullname the full name
 * @param idnumber the course ID number, e.g. {@code KM-SKP-2025}
 * @param categoryId the course category: 2 Kompetensi Teknis ({@code KT}), 3 Manajerial ({@code KM}),
 *     4 Sosial Kultural ({@code KSK})
 * @param jp the {@code jp} custom field (Jam Pelajaran); null when not set
 */
public record SandboxCourse(long id, String shortname, String fullname, String idnumber, long categoryId, Integer jp) {

    /** Checks that the fields Moodle requires are there. */
    public SandboxCourse {
        if (id < 1) {
            throw new IllegalArgumentException("course id must be positive, was " + id);
        }
        if (shortname == null || shortname.isBlank() || fullname == null || fullname.isBlank()) {
            throw new IllegalArgumentException("a Moodle course needs a shortname and a fullname");
        }
        idnumber = idnumber == null ? "" : idnumber;
    }
}
