package id.jembatan.moodle;

/** Which contexts {@code core_cohort_search_cohorts} looks in, relative to the given one. */
public enum CohortIncludes {
    /** Only the given context. */
    SELF,
    /** The given context and its parents. */
    PARENTS,
    /** The given context, its parents and its children. */
    ALL
}
