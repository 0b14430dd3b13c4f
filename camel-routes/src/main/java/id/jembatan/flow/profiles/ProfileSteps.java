package id.jembatan.flow.profiles;

import id.jembatan.hr.simpeg.AsnProfile;
import id.jembatan.hr.simpeg.AsnState;
import id.jembatan.hr.simpeg.Intern;
import id.jembatan.hr.simpeg.RejectedRow;
import id.jembatan.moodle.Cohort;
import id.jembatan.moodle.CohortMember;
import id.jembatan.moodle.CohortMembership;
import id.jembatan.moodle.CreatedUser;
import id.jembatan.moodle.ErrorKind;
import id.jembatan.moodle.MoodleClient;
import id.jembatan.moodle.MoodleException;
import id.jembatan.moodle.NewCohort;
import id.jembatan.moodle.NewUser;
import id.jembatan.moodle.User;
import id.jembatan.moodle.UserField;
import id.jembatan.moodle.UserUpdate;
import id.jembatan.moodle.Warning;
import id.jembatan.support.state.DeadLetterStore;
import id.jembatan.support.state.IdempotencyStore;
import id.jembatan.support.state.Rejected;
import id.jembatan.support.state.ReviewFlags;
import id.jembatan.support.state.WatermarkStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The steps of an {@code hr-profiles} page after it was read: plan (map the rows, drop those whose hash matches
 * what was last sent), apply (create or update the Moodle accounts in batches, then their cohort memberships),
 * and commit (the review flags of the credits of ASN who left SIMPEG's active list, dead letters, the sent hashes,
 * the watermark). Apply finds accounts by idnumber before creating
 * any, so a page applied again after a failure updates the accounts an earlier attempt created instead of
 * creating them twice; commit runs only after apply returned, so a failure leaves the watermark unmoved.
 */
public class ProfileSteps {

    /** The idempotency processor that keeps, per idnumber, what was last sent ({@link SentState}). */
    public static final String HASHES = "hr-profiles.hash";

    /** Moodle's warning when {@code core_user_update_users} is given an id it has no account for. */
    private static final String INVALID_USER_ID = "invaliduserid";

    private final MoodleClient moodle;
    private final ProfileMapper mapper;
    private final int batchSize;
    private final String auth;
    private final IdempotencyStore hashes;
    private final DeadLetterStore deadLetters;
    private final WatermarkStore watermarks;
    private final ReviewFlags reviewFlags;
    private final Clock clock;
    private final ZoneId zone;

    public ProfileSteps(MoodleClient moodle, ProfileSettings settings, Clock clock, IdempotencyStore hashes,
                        DeadLetterStore deadLetters, WatermarkStore watermarks) {
        this(moodle, settings, clock, hashes, deadLetters, watermarks, ReviewFlags.NONE);
    }

    /** @param reviewFlags flags the credits of an ASN who left SIMPEG's active list (decision 0017) */
    public ProfileSteps(MoodleClient moodle, ProfileSettings settings, Clock clock, IdempotencyStore hashes,
                        DeadLetterStore deadLetters, WatermarkStore watermarks, ReviewFlags reviewFlags) {
        this.reviewFlags = reviewFlags;
        this.clock = clock;
        this.zone = settings.zone();
        this.moodle = moodle;
        this.mapper = new ProfileMapper(settings, clock);
        this.batchSize = settings.batchSize();
        this.auth = settings.auth();
        this.hashes = hashes;
        this.deadLetters = deadLetters;
        this.watermarks = watermarks;
    }

    /** Maps the page's rows to accounts and keeps those that differ from what was last sent. */
    public ProfilePass plan(ProfilePass pass) {
        Map<String, MoodleProfile> profiles = new LinkedHashMap<>();
        for (Object row : pass.rows) {
            if (row instanceof RejectedRow rejected) {
                pass.rejected.add(new Rejected(recordKey(rejected), ProfileMapper.json(rejected.values()),
                        rejected.reason(), "hr-profiles.invalid-row"));
                continue;
            }
            ProfileMapper.Mapped mapped = row instanceof AsnProfile asn ? mapper.asn(asn) : mapper.intern((Intern) row);
            if (mapped instanceof ProfileMapper.Refused refused) {
                pass.rejected.add(new Rejected(refused.recordKey(), refused.payload(), refused.reason(),
                        "hr-profiles.invalid-row"));
            } else if (mapped instanceof ProfileMapper.Ok ok) {
                profiles.put(ok.profile().idNumber(), ok.profile());
            }
        }
        Map<String, String> stored = profiles.isEmpty() ? Map.of() : hashes.lookupAll(HASHES, profiles.keySet());
        for (MoodleProfile profile : profiles.values()) {
            String value = stored.get(profile.idNumber());
            SentState previous = value == null ? null : SentState.parse(value);
            if (previous != null && previous.hash().equals(profile.hash())) {
                pass.unchangedNow++;
                if (pass.isReconcile() && profile.asnState() == AsnState.ACTIVE) {
                    pass.unchangedActive.add(profile);
                }
            } else {
                pass.changed.add(profile);
                if (previous != null) {
                    pass.previous.put(profile.idNumber(), previous);
                }
            }
        }
        return pass;
    }

    /** Creates, updates, suspends and moves between cohorts the accounts of the changed profiles. */
    public ProfilePass apply(ProfilePass pass) {
        pass.resetApplied();
        suspendedInMoodle(pass);
        if (pass.changed.isEmpty()) {
            return pass;
        }
        Map<String, Account> existing = new HashMap<>();
        List<MoodleProfile> unknown = new ArrayList<>();
        for (MoodleProfile profile : pass.changed) {
            SentState previous = pass.previous.get(profile.idNumber());
            if (previous != null && previous.userId() != null) {
                existing.put(profile.idNumber(), new Account(previous.userId(), previous.suspended(), true));
            } else {
                unknown.add(profile);
            }
        }
        lookUp(unknown, existing);
        Map<String, Long> ids = new HashMap<>();
        Set<String> failed = new LinkedHashSet<>();
        List<MoodleProfile> toCreate = new ArrayList<>();
        List<MoodleProfile> toUpdate = new ArrayList<>();
        sort(pass, pass.changed, existing, ids, toCreate, toUpdate);
        List<MoodleProfile> gone = update(pass, toUpdate, existing, ids, failed);
        if (!gone.isEmpty()) {
            // Accounts whose remembered id Moodle no longer knows (deleted and perhaps re-created by hand):
            // find them by idnumber as if they were new to the bridge.
            gone.forEach(profile -> {
                existing.remove(profile.idNumber());
                ids.remove(profile.idNumber());
                pass.previous.remove(profile.idNumber());
            });
            lookUp(gone, existing);
            List<MoodleProfile> again = new ArrayList<>();
            sort(pass, gone, existing, ids, toCreate, again);
            update(pass, again, existing, ids, failed);
        }
        create(pass, toCreate, ids, failed);
        List<MoodleProfile> accounts = new ArrayList<>();
        for (MoodleProfile profile : pass.changed) {
            if (ids.containsKey(profile.idNumber()) && !failed.contains(profile.idNumber())) {
                accounts.add(profile);
            }
        }
        cohorts(pass, accounts, existing, ids, failed);
        for (MoodleProfile profile : accounts) {
            if (!failed.contains(profile.idNumber())) {
                pass.sent.add(profile);
                pass.accountIds.put(profile.idNumber(), ids.get(profile.idNumber()));
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        for (MoodleProfile profile : pass.sent) {
            SentState previous = pass.previous.get(profile.idNumber());
            if (profile.asnState() != null && profile.suspended() && (previous == null || !previous.suspended())) {
                pass.reviews.put(profile.idNumber(), leftActiveReason(profile.asnState(),
                        pass.accountIds.get(profile.idNumber()) != null, today));
            }
        }
        return pass;
    }

    /**
     * The reconcile's look at Moodle: an active ASN whose account is suspended there (by an admin; the flow itself
     * suspends only those SIMPEG no longer lists as active) gets their credits flagged. The account is left as it is.
     */
    private void suspendedInMoodle(ProfilePass pass) {
        for (List<MoodleProfile> chunk : chunks(pass.unchangedActive)) {
            for (User user : moodle.usersByField(UserField.IDNUMBER, chunk.stream().map(MoodleProfile::idNumber)
                    .toList())) {
                if (user.suspended()) {
                    pass.reviews.put(user.idNumber(), SUSPENDED_IN_MOODLE);
                }
            }
        }
    }

    /** The review reason of a credit whose ASN is active in SIMPEG but suspended in Moodle; no date, so it is kept once. */
    static final String SUSPENDED_IN_MOODLE = "akun Moodle ditangguhkan di Moodle padahal ASN aktif di SIMPEG "
            + "(terlihat saat rekonsiliasi) / Moodle account suspended in Moodle while the ASN is active in SIMPEG "
            + "(seen by the reconcile)";

    /** Why the credits of an ASN who left SIMPEG's active list need review, in both languages. */
    static String leftActiveReason(AsnState state, boolean suspendedInMoodle, LocalDate on) {
        String[] status = switch (state) {
            case RETIRED -> new String[] {"pensiun", "retired"};
            case TRANSFERRED_OUT -> new String[] {"mutasi keluar", "transferred out"};
            case DECEASED -> new String[] {"meninggal", "deceased"};
            case ACTIVE -> new String[] {"tidak aktif", "not active"};
        };
        return "ASN tidak lagi aktif di SIMPEG (" + status[0] + ")" + (suspendedInMoodle
                ? ", akun Moodle ditangguhkan" : "") + ", dicatat " + on + " / ASN no longer active in SIMPEG ("
                + status[1] + ")" + (suspendedInMoodle ? ", Moodle account suspended" : "") + ", recorded " + on;
    }

    /** An account known in Moodle: from a look-up by idnumber, or remembered from an earlier pass. */
    private record Account(long id, boolean suspended, boolean remembered) {
    }

    private void lookUp(List<MoodleProfile> profiles, Map<String, Account> existing) {
        for (List<MoodleProfile> chunk : chunks(profiles)) {
            for (User user : moodle.usersByField(UserField.IDNUMBER, chunk.stream().map(MoodleProfile::idNumber)
                    .toList())) {
                existing.put(user.idNumber(), new Account(user.id(), user.suspended(), false));
            }
        }
    }

    private static void sort(ProfilePass pass, List<MoodleProfile> profiles, Map<String, Account> existing,
                             Map<String, Long> ids, List<MoodleProfile> toCreate, List<MoodleProfile> toUpdate) {
        for (MoodleProfile profile : profiles) {
            Account account = existing.get(profile.idNumber());
            if (account != null) {
                ids.put(profile.idNumber(), account.id());
                toUpdate.add(profile);
            } else if (profile.suspended()) {
                pass.sent.add(profile);
                pass.noAccountNow++;
            } else {
                toCreate.add(profile);
            }
        }
    }

    private void create(ProfilePass pass, List<MoodleProfile> profiles, Map<String, Long> ids, Set<String> failed) {
        for (List<MoodleProfile> chunk : chunks(profiles)) {
            try {
                created(pass, chunk, moodle.createUsers(chunk.stream().map(this::newUser).toList()), ids);
            } catch (MoodleException refused) {
                if (refused.kind() != ErrorKind.PERMANENT) {
                    throw refused;
                }
                for (MoodleProfile profile : chunk) {
                    try {
                        created(pass, List.of(profile), moodle.createUsers(List.of(newUser(profile))), ids);
                    } catch (MoodleException one) {
                        if (one.kind() != ErrorKind.PERMANENT) {
                            throw one;
                        }
                        failed.add(profile.idNumber());
                        pass.refused.add(new Rejected(profile.idNumber(), profile.payload(),
                                "Moodle menolak akun baru / Moodle refused the new account: " + one.errorcode()
                                        + ": " + one.moodleMessage(), one.getClass().getName()));
                    }
                }
            }
        }
    }

    private static void created(ProfilePass pass, List<MoodleProfile> chunk, List<CreatedUser> created,
                                Map<String, Long> ids) {
        Map<String, Long> byUsername = new HashMap<>();
        created.forEach(user -> byUsername.put(user.username(), user.id()));
        for (MoodleProfile profile : chunk) {
            Long id = byUsername.get(profile.username());
            if (id != null) {
                ids.put(profile.idNumber(), id);
                pass.createdNow++;
            }
        }
    }

    /** Updates the accounts; returns those whose remembered Moodle id turned out not to exist any more. */
    private List<MoodleProfile> update(ProfilePass pass, List<MoodleProfile> profiles, Map<String, Account> existing,
                                       Map<String, Long> ids, Set<String> failed) {
        List<MoodleProfile> gone = new ArrayList<>();
        for (List<MoodleProfile> chunk : chunks(profiles)) {
            List<Warning> warnings = moodle.updateUsers(chunk.stream()
                    .map(p -> update(p, ids.get(p.idNumber()))).toList());
            Map<Long, MoodleProfile> byId = new HashMap<>();
            chunk.forEach(p -> byId.put(ids.get(p.idNumber()), p));
            for (Warning warning : warnings) {
                MoodleProfile profile = warning.itemId() == null ? (chunk.size() == 1 ? chunk.get(0) : null)
                        : byId.get(warning.itemId());
                if (profile != null && INVALID_USER_ID.equals(warning.warningCode())
                        && existing.get(profile.idNumber()).remembered()) {
                    gone.add(profile);
                    continue;
                }
                if (profile != null && failed.add(profile.idNumber())) {
                    pass.refused.add(new Rejected(profile.idNumber(), profile.payload(),
                            "Moodle tidak memperbarui akun / Moodle did not update the account: "
                                    + warning.warningCode() + ": " + warning.message(), "hr-profiles.moodle-warning"));
                }
            }
            for (MoodleProfile profile : chunk) {
                if (failed.contains(profile.idNumber()) || gone.contains(profile)) {
                    continue;
                }
                if (profile.suspended() && !existing.get(profile.idNumber()).suspended()) {
                    pass.suspendedNow++;
                } else {
                    pass.updatedNow++;
                }
            }
        }
        return gone;
    }

    private void cohorts(ProfilePass pass, List<MoodleProfile> accounts, Map<String, Account> existing,
                         Map<String, Long> ids, Set<String> failed) {
        Map<String, CohortSpec> needed = new LinkedHashMap<>();
        Map<MoodleProfile, List<String>> adds = new LinkedHashMap<>();
        Map<MoodleProfile, List<String>> removals = new LinkedHashMap<>();
        for (MoodleProfile profile : accounts) {
            SentState previous = existing.containsKey(profile.idNumber()) ? pass.previous.get(profile.idNumber()) : null;
            List<String> before = previous == null ? List.of() : previous.cohorts();
            List<String> add = new ArrayList<>();
            for (CohortSpec cohort : profile.cohorts()) {
                if (!before.contains(cohort.idNumber())) {
                    add.add(cohort.idNumber());
                    needed.putIfAbsent(cohort.idNumber(), cohort);
                }
            }
            List<String> remove = before.stream().filter(c -> !profile.cohortIds().contains(c)).toList();
            if (!add.isEmpty()) {
                adds.put(profile, add);
            }
            if (!remove.isEmpty()) {
                removals.put(profile, remove);
            }
        }
        if (needed.isEmpty() && removals.isEmpty()) {
            return;
        }
        ensureCohorts(pass, needed);
        List<CohortMembership> leaving = new ArrayList<>();
        removals.forEach((profile, remove) -> remove.stream().map(pass.cohortIds::get).filter(id -> id != null)
                .forEach(cohortId -> leaving.add(new CohortMembership(cohortId, ids.get(profile.idNumber())))));
        for (List<CohortMembership> chunk : chunks(leaving)) {
            moodle.deleteCohortMembers(chunk);
        }
        Function<MoodleProfile, List<CohortMember>> members = profile -> adds.get(profile).stream()
                .map(c -> CohortMember.of(CohortMember.CohortRef.idNumber(c),
                        CohortMember.UserRef.id(ids.get(profile.idNumber()))))
                .toList();
        List<MoodleProfile> joining = new ArrayList<>(adds.keySet());
        for (List<MoodleProfile> chunk : chunks(joining)) {
            List<Warning> warnings = moodle.addCohortMembers(chunk.stream().flatMap(p -> members.apply(p).stream())
                    .toList());
            if (warnings.isEmpty()) {
                continue;
            }
            for (MoodleProfile profile : chunk) {
                List<Warning> own = chunk.size() == 1 ? warnings : moodle.addCohortMembers(members.apply(profile));
                if (!own.isEmpty() && failed.add(profile.idNumber())) {
                    Warning warning = own.get(0);
                    pass.refused.add(new Rejected(profile.idNumber(), profile.payload(),
                            "Moodle tidak menambahkan akun ke kohort / Moodle did not add the account to its cohorts "
                                    + adds.get(profile) + ": " + warning.warningCode() + ": " + warning.message(),
                            "hr-profiles.moodle-warning"));
                }
            }
        }
    }

    private void ensureCohorts(ProfilePass pass, Map<String, CohortSpec> needed) {
        if (!pass.cohortsLoaded) {
            loadCohorts(pass);
        }
        try {
            createMissing(pass, needed);
        } catch (MoodleException duplicate) {
            if (duplicate.kind() != ErrorKind.PERMANENT) {
                throw duplicate;
            }
            loadCohorts(pass);
            createMissing(pass, needed);
        }
    }

    private void createMissing(ProfilePass pass, Map<String, CohortSpec> needed) {
        List<NewCohort> missing = needed.values().stream().filter(c -> !pass.cohortIds.containsKey(c.idNumber()))
                .map(c -> NewCohort.system(c.name(), c.idNumber())).toList();
        for (List<NewCohort> chunk : chunks(missing)) {
            for (Cohort cohort : moodle.createCohorts(chunk)) {
                pass.cohortIds.put(cohort.idNumber(), cohort.id());
            }
        }
    }

    private void loadCohorts(ProfilePass pass) {
        pass.cohortIds.clear();
        for (Cohort cohort : moodle.cohorts()) {
            if (cohort.idNumber() != null && !cohort.idNumber().isEmpty()) {
                pass.cohortIds.put(cohort.idNumber(), cohort.id());
            }
        }
        pass.cohortsLoaded = true;
    }

    /** Records dead letters and the profiles sent, then moves the watermark past the page (after the last page of a reconcile, the time the next one is due). */
    public ProfilePass commit(ProfilePass pass) {
        pass.reviews.forEach((nip, reason) -> pass.flaggedNow += reviewFlags.flagAsn(nip, reason));
        List<Rejected> dead = new ArrayList<>(pass.rejected);
        dead.addAll(pass.refused);
        for (Rejected rejected : dead) {
            deadLetters.record(ProfileSource.FLOW, rejected.recordKey(), rejected.payload(), rejected.reason(),
                    rejected.errorClass());
        }
        Map<String, String> sent = new LinkedHashMap<>();
        for (MoodleProfile profile : pass.sent) {
            sent.put(profile.idNumber(), SentState.of(profile, pass.accountIds.get(profile.idNumber())).format());
        }
        if (!sent.isEmpty()) {
            hashes.putAll(HASHES, sent);
        }
        if (!pass.isReconcile() && !pass.next.equals(pass.cursor)) {
            watermarks.advance(ProfileSource.FLOW, pass.stage().table().key, ProfileSource.format(pass.next));
        }
        pass.committed(dead.size());
        if (pass.isReconcile() && !pass.isMore() && pass.nextReconcileDue() != null) {
            watermarks.advance(ProfileSource.FLOW, ProfileSource.RECONCILE_DUE, pass.nextReconcileDue().toString());
        }
        return pass;
    }

    private NewUser newUser(MoodleProfile profile) {
        NewUser.Builder user = NewUser.builder(profile.username(), profile.firstName(), profile.lastName(),
                profile.email()).auth(auth).idNumber(profile.idNumber()).institution(profile.institution());
        if (profile.department() != null) {
            user.department(profile.department());
        }
        if (auth.equals("manual")) {
            user.createPassword(true);
        }
        profile.fields().forEach(user::profileField);
        return user.build();
    }


    private static UserUpdate update(MoodleProfile profile, long id) {
        UserUpdate.Builder user = UserUpdate.builder(id).firstName(profile.firstName()).lastName(profile.lastName())
                .institution(profile.institution()).department(profile.department() == null ? "" : profile.department())
                .suspended(profile.suspended());
        if (profile.email() != null) {
            user.email(profile.email());
        }
        profile.fields().forEach(user::profileField);
        return user.build();
    }

    private <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += batchSize) {
            chunks.add(items.subList(i, Math.min(items.size(), i + batchSize)));
        }
        return chunks;
    }

    private static String recordKey(RejectedRow row) {
        if (row.rawKey() != null && !row.rawKey().isBlank()) {
            return row.rawKey().strip();
        }
        return row.query() + ":" + row.updatedAt();
    }
}
