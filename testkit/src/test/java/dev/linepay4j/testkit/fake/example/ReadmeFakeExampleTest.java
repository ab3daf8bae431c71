package dev.linepay4j.testkit.fake.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's "Testing your code without LINE Pay" shows {@link CheckoutService} and
 * {@link CheckoutServiceTest} as they are here, where they compile and pass: each file, after its package
 * and imports, is in the README word for word.
 */
class ReadmeFakeExampleTest {

    private static final Path HERE = Path.of("src/test/java/dev/linepay4j/testkit/fake/example");

    @ParameterizedTest
    @ValueSource(strings = {"CheckoutService.java", "CheckoutServiceTest.java"})
    void theReadmeShowsTheExampleAsItIs(String file) throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        List<String> lines = Files.readAllLines(HERE.resolve(file));
        int start = 0;
        while (lines.get(start).startsWith("package ") || lines.get(start).startsWith("import ")
                || lines.get(start).isBlank()) {
            start++;
        }
        String body = String.join("\n", lines.subList(start, lines.size())).strip();

        assertThat(readme).as("README.md shows %s after its imports, as it is", file)
                .contains("```java\n" + body + "\n```");
    }
}
