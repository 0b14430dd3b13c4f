package id.jembatan.bridge.cli;

import java.io.PrintStream;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code run moodle-learning}: one pass of the log tail, or of the web-service snapshot when there is no log. */
@Component
class MoodleLearningRun implements FlowRun {

    private final FlowCommands flows;

    MoodleLearningRun(FlowCommands flows) {
        this.flows = flows;
    }

    @Override
    public String flowId() {
        return FlowCommands.MOODLE_LEARNING;
    }

    @Override
    public int runOnce(List<String> options, PrintStream out) {
        return flows.runOnce(out);
    }
}
