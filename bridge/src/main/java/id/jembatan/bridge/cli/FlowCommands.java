package id.jembatan.bridge.cli;

import id.jembatan.flow.learning.LearningPass;
import id.jembatan.flow.learning.LogTail;
import id.jembatan.flow.learning.MoodleLearningRoutes;
import id.jembatan.flow.learning.SnapshotPass;
import id.jembatan.flow.learning.SnapshotRoutes;
import id.jembatan.flow.learning.SnapshotSource;
import id.jembatan.flow.profiles.HrProfilesRoutes;
import id.jembatan.flow.profiles.ProfilePass;
import id.jembatan.flow.profiles.ProfileSource;
import id.jembatan.support.error.Failures;
import java.io.PrintStream;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Runs passes of {@code moodle-learning} and {@code hr-profiles} for the {@code run} and {@code backfill} commands. */
@Component
class FlowCommands {

    static final String MOODLE_LEARNING = "moodle-learning";
    static final String NOT_CONFIGURED = "moodle-learning belum dikonfigurasi / is not configured: it needs"
            + " jembatan.moodle.url and jembatan.moodle.token (statements go to jembatan.lrs.endpoint, or to the embedded"
            + " statement store when it is empty)";
    static final String HR_PROFILES = "hr-profiles";
    static final String HR_PROFILES_NOT_CONFIGURED = "hr-profiles belum dikonfigurasi / is not configured: it needs"
            + " jembatan.moodle.url, jembatan.moodle.token and jembatan.simpeg.jdbc-url";

    private final ObjectProvider<LogTail> logTail;
    private final ObjectProvider<SnapshotSource> snapshot;
    private final ObjectProvider<ProfileSource> profiles;
    private final ProducerTemplate camel;

    FlowCommands(ObjectProvider<LogTail> logTail, ObjectProvider<SnapshotSource> snapshot,
                 ObjectProvider<ProfileSource> profiles, ProducerTemplate camel) {
        this.logTail = logTail;
        this.snapshot = snapshot;
        this.profiles = profiles;
        this.camel = camel;
    }

    /**
     * One pass of {@code hr-profiles}: the changes since the last one, or with {@code reconcile} every profile;
     * prints the outcome; returns the exit status.
     */
    int runProfiles(boolean reconcile, PrintStream out) {
        ProfileSource source = profiles.getIfAvailable();
        if (source == null) {
            out.println(HR_PROFILES_NOT_CONFIGURED);
            return ExitCodes.USAGE;
        }
        return pass(reconcile ? "run hr-profiles --reconcile" : "run hr-profiles",
                reconcile ? source::startReconcile : source::startChanges, HrProfilesRoutes.PASS, ProfilePass.class,
                ProfilePass::summary, out);
    }

    /** The log tail, when {@code jembatan.moodle.log-jdbc-url} is set; else null. */
    LogTail logTail() {
        return logTail.getIfAvailable();
    }

    /** One pass of whichever source {@code moodle-learning} has; prints the outcome; returns the exit status. */
    int runOnce(PrintStream out) {
        LogTail tail = logTail.getIfAvailable();
        if (tail != null) {
            return logPass("run moodle-learning", tail::startLive, out);
        }
        SnapshotSource source = snapshot.getIfAvailable();
        if (source != null) {
            return pass("run moodle-learning (web services)", source::start, SnapshotRoutes.PASS, SnapshotPass.class,
                    SnapshotPass::summary, out);
        }
        out.println(NOT_CONFIGURED);
        return ExitCodes.USAGE;
    }

    /** Sends a log pass through the flow's route. */
    int logPass(String what, Supplier<LearningPass> start, PrintStream out) {
        return pass(what, start, MoodleLearningRoutes.PASS, LearningPass.class,
                pass -> pass.summary() + "; posisi log / log position " + pass.position(), out);
    }

    /**
     * Sends one pass object through a flow's pass route and prints its summary, or the failure with whether the
     * watermark moved; any flow's {@link FlowRun} may use it.
     */
    <P> int pass(String what, Supplier<P> start, String route, Class<P> type, Function<P, String> summary,
                         PrintStream out) {
        P pass;
        try {
            pass = camel.requestBody(route, start.get(), type);
        } catch (RuntimeException e) {
            Throwable cause = e instanceof CamelExecutionException && e.getCause() != null ? e.getCause() : e;
            String kind = Failures.classify(cause) == Failures.Kind.TRANSIENT
                    ? "gagal sementara, watermark tidak bergerak / failed for now, watermark unmoved"
                    : "gagal / failed";
            out.println(what + " " + kind + ": " + Failures.message(cause));
            return ExitCodes.FAILED;
        }
        out.println(what + ": " + summary.apply(pass));
        return ExitCodes.OK;
    }
}
