package dev.linepay4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What README.md's "Try it" says about the demo stays true: the commands (online and offline), the outputs, the variables. */
class ReadmeDemoTest {

    static final String COMMAND = "mvn -B -q -DskipTests package -pl examples -am && java -jar examples/target/linepay4j-demo.jar";
    static final String OFFLINE_COMMAND = "java -jar examples/target/linepay4j-demo.jar offline";

    private static String tryIt;

    @BeforeAll
    static void read() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## Try it\n");
        assertThat(start).as("README.md has a Try it section").isPositive();
        int end = readme.indexOf("\n## ", start + 1);
        tryIt = readme.substring(start, end);
    }

    @Test
    void theCommandRunsTheJarTheBuildMakes() throws Exception {
        assertThat(tryIt).contains("```sh\n" + COMMAND + "\n```");
        assertThat(tryIt).contains("```sh\nmvn -B verify\n```");
        assertThat(COMMAND).endsWith("java -jar examples/target/" + DemoProcess.JAR_NAME);
        assertThat(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8))
                .contains("<outputFile>${project.build.directory}/" + DemoProcess.JAR_NAME + "</outputFile>");
    }

    @Test
    void theSampleOutputIsWhatTheDemoPrints() {
        Matcher block = Pattern.compile("```\n(linepay4j demo: .*?\ndone)\n```", Pattern.DOTALL).matcher(tryIt);
        assertThat(block.find()).as("a sample run in a plain code block").isTrue();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Demo.run(List.of(), Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        assertThat(shape(block.group(1))).isEqualTo(shape(out.toString(StandardCharsets.UTF_8).strip()));
    }

    @Test
    void theOfflineCommandAndItsSampleOutputAreWhatTheDemoDoes() {
        assertThat(tryIt).contains("```sh\n" + OFFLINE_COMMAND + "\n```");
        Matcher block = Pattern.compile("```\n(linepay4j demo \\(offline\\): .*?\ndone)\n```", Pattern.DOTALL).matcher(tryIt);
        assertThat(block.find()).as("a sample offline run in a plain code block").isTrue();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Demo.run(List.of("offline"), Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        assertThat(shape(block.group(1))).isEqualTo(shape(out.toString(StandardCharsets.UTF_8).strip()));
    }

    @Test
    void theOfflineApiSectionPointsAtTheDemo() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## Taking a payment at the till: the Offline API\n");
        assertThat(start).isPositive();
        assertThat(readme.substring(start, readme.indexOf("\n## ", start + 1))).contains("`" + OFFLINE_COMMAND + "`");
    }

    @Test
    void everyVariableTheDemoReadsIsDocumentedAndNoOther() {
        assertThat(variables(tryIt)).isEqualTo(variables(Demo.USAGE));
    }

    /** The output with what changes from run to run (ids, ports, order ids) made alike. */
    private static List<String> shape(String output) {
        return output.lines().map(l -> l.replaceAll("demo-[0-9a-f-]+", "demo-*").replaceAll("\\d+", "#")).toList();
    }

    private static Set<String> variables(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("\\bLINEPAY_[A-Z_]+").matcher(text);
        while (m.find()) {
            names.add(m.group());
        }
        return names;
    }
}
