package id.jembatan.flow.profiles;

import id.jembatan.hr.simpeg.Cursor;
import id.jembatan.hr.simpeg.Page;
import id.jembatan.hr.simpeg.SimpegSource;
import id.jembatan.hr.simpeg.SimpegTable;
import id.jembatan.support.state.WatermarkStore;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The source of {@code hr-profiles}: SIMPEG's ASN and interns, read with keyset paging on
 * {@code (updated_at, key)} from the watermark ({@code hr-profiles}/{@code asn} and {@code interns}, value
 * {@code <updated_at>|<key>}) up to the greatest {@code updated_at} present when the pass started; or in full
 * by key for the reconcile, which compares every profile with what was last sent and so also catches changes a
 * source did not stamp, and internships that ended.
 */
public class ProfileSource {

    static final String FLOW = "hr-profiles";

    private final SimpegSource simpeg;
    private final WatermarkStore watermarks;
    private final int pageSize;

    public ProfileSource(SimpegSource simpeg, WatermarkStore watermarks, int pageSize) {
        this.simpeg = simpeg;
        this.watermarks = watermarks;
        this.pageSize = pageSize;
    }

    /** A pass over what changed in SIMPEG since the last one, up to now. */
    public ProfilePass startChanges() {
        List<ProfilePass.Stage> stages = new ArrayList<>();
        for (ProfilePass.Table table : ProfilePass.Table.values()) {
            Optional<LocalDateTime> bound = table(table).captureUpperBound();
            bound.ifPresent(upper -> stages.add(new ProfilePass.Stage(table, upper)));
        }
        return new ProfilePass(false, stages);
    }

    /** A pass over every ASN and intern. */
    public ProfilePass startReconcile() {
        return new ProfilePass(true, List.of(new ProfilePass.Stage(ProfilePass.Table.ASN, null),
                new ProfilePass.Stage(ProfilePass.Table.INTERNS, null)));
    }

    /** Reads the next page of the current table into the pass. */
    public ProfilePass readPage(ProfilePass pass) {
        ProfilePass.Stage stage = pass.stage();
        if (pass.cursor == null) {
            pass.cursor = pass.isReconcile() ? Cursor.START
                    : watermarks.get(FLOW, stage.table().key).map(ProfileSource::parse).orElse(Cursor.START);
        }
        SimpegTable<?> table = table(stage.table());
        Page<?> page = pass.isReconcile() ? table.allAfter(pass.cursor, pageSize)
                : table.changedSince(pass.cursor, stage.upperBound(), pageSize);
        pass.pageRead(page.rows(), page.next(), page.hasMore());
        return pass;
    }

    private SimpegTable<?> table(ProfilePass.Table table) {
        return table == ProfilePass.Table.ASN ? simpeg.asn() : simpeg.interns();
    }

    static String format(Cursor cursor) {
        return cursor.updatedAt() + "|" + cursor.key();
    }

    static Cursor parse(String value) {
        int bar = value.indexOf('|');
        return new Cursor(LocalDateTime.parse(value.substring(0, bar)), value.substring(bar + 1));
    }
}
