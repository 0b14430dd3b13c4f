package id.jembatan.bridge.cli;

import id.jembatan.flow.learning.LearningPass;
import id.jembatan.flow.learning.LogTail;
import id.jembatan.flow.learning.MoodleLearningRoutes;
import id.jembatan.support.error.Failures;
import java.io.PrintStream;
import java.util.function.Supplier;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Runs passes of {@code moodle-learning} for the {@code run} and {@code backfill} commands. */
@Component
class FlowCommands {

    static final String MOODLE_LEARNING = "moodle-learning";

    private final ObjectProvider<LogTail> logTail;
    private final ProducerTemplate camel;

    FlowCommands(ObjectProvider<LogTail> logTail, ProducerTemplate camel) {
        this.logTail = logTail;
        this.camel = camel;
    }

    /** The log tail, or null after telling the admin which settings the flow lacks. */
    LogTail moodleLearning(PrintStream out) {
        LogTail tail = logTail.getIfAvailable();
        if (tail == null) {
            out.println("moodle-learning belum dikonfigurasi / is not configured: it needs jembatan.moodle.url,"
                    + " jembatan.moodle.token, jembatan.moodle.log-jdbc-url and jembatan.lrs.endpoint");
        }
        return tail;
    }

    /** Sends a pass through the flow's route; prints the outcome; returns the exit status. */
    int runPass(String what, Supplier<LearningPass> start, PrintStream out) {
        LearningPass pass;
        try {
            pass = start.get();
            pass = camel.requestBody(MoodleLearningRoutes.PASS, pass, LearningPass.class);
        } catch (RuntimeException e) {
            Throwable cause = e instanceof CamelExecutionException && e.getCause() != null ? e.getCause() : e;
            String kind = Failures.classify(cause) == Failures.Kind.TRANSIENT
                    ? "gagal sementara, watermark tidak bergerak / failed for now, watermark unmoved"
                    : "gagal / failed";
            out.println(what + " " + kind + ": " + Failures.message(cause));
            return ExitCodes.FAILED;
        }
        out.println(what + ": " + pass.summary() + "; posisi log / log position " + pass.position());
        return ExitCodes.OK;
    }
}
