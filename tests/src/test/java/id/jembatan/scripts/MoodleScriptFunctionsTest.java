package id.jembatan.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The external service that {@code scripts/moodle.sh} gives the test Moodle holds exactly the web service functions
 * the bridge's flows declare ({@code new MoodleFunctionNeed(...)} in the bridge's sources): a flow that starts calling
 * a new function fails here, under {@code ./mvnw verify}, before the {@code -Pmoodle} tier fails on it.
 */
class MoodleScriptFunctionsTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern FUNCTION = Pattern.compile("\"([a-z]+_[a-z_]+)\"");

    @Test
    void theScriptsServiceHasExactlyTheFunctionsTheFlowsNeed() throws IOException {
        assertThat(scriptFunctions()).isNotEmpty().isEqualTo(declaredNeeds());
    }

    private static Set<String> scriptFunctions() throws IOException {
        String script = Files.readString(ROOT.resolve("scripts/moodle.sh"));
        Matcher block = Pattern.compile("(?s)\\nFUNCTIONS=\\((.*?)\\)").matcher(script);
        assertThat(block.find()).as("FUNCTIONS=( ... ) in scripts/moodle.sh").isTrue();
        Set<String> names = new TreeSet<>();
        for (String word : block.group(1).trim().split("\\s+")) {
            names.add(word);
        }
        return names;
    }

    private static Set<String> declaredNeeds() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(ROOT.resolve("bridge/src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                int at = text.indexOf("new MoodleFunctionNeed(");
                while (at >= 0) {
                    String call = text.substring(at, text.indexOf(");", at));
                    Matcher function = FUNCTION.matcher(call);
                    while (function.find()) {
                        names.add(function.group(1));
                    }
                    at = text.indexOf("new MoodleFunctionNeed(", at + 1);
                }
            }
        }
        return names;
    }
}
