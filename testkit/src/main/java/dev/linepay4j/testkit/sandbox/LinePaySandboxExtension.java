package dev.linepay4j.testkit.sandbox;

import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that gives each test class a running {@link LinePaySandbox}: started before the
 * class's first test, closed after its last, with every fault cleared before each test (the books are
 * kept, so tests of one class share payments and their ids never repeat). A test, constructor or
 * lifecycle method receives it by declaring a {@code LinePaySandbox} parameter. A {@code @Nested} class
 * gets a sandbox of its own.
 *
 * <pre>{@code
 * @ExtendWith(LinePaySandboxExtension.class)
 * class CheckoutTest {
 *     @Test
 *     void customerPays(LinePaySandbox sandbox) {
 *         // point the LINE Pay client under test at sandbox.baseUri(), with
 *         // LinePaySandbox.DEFAULT_CHANNEL_ID and DEFAULT_CHANNEL_SECRET
 *     }
 * }
 *
 * class TwoShopsTest {
 *     @RegisterExtension
 *     static final LinePaySandboxExtension SANDBOX = LinePaySandboxExtension.withOptions(SandboxOptions.builder()
 *             .channel("1111111111", "shop-one").channel("2222222222", "shop-two").build());
 *
 *     @Test
 *     void shopsHaveSeparateBooks() {
 *         URI base = SANDBOX.sandbox().baseUri();
 *     }
 * }
 * }</pre>
 *
 * <p>junit-jupiter-api is an optional dependency of the testkit: add JUnit 5 to your tests to use this.
 */
public final class LinePaySandboxExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LinePaySandboxExtension.class);
    private static final String KEY = "sandbox";

    private final SandboxOptions options;
    private volatile LinePaySandbox latest;

    /** An extension with {@link SandboxOptions#defaults()}; the constructor {@code @ExtendWith} uses. */
    public LinePaySandboxExtension() {
        this(SandboxOptions.defaults());
    }

    private LinePaySandboxExtension(SandboxOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * An extension whose sandboxes run with the given options, for {@code @RegisterExtension}.
     *
     * @param options the options; a fixed port would clash between test classes running in parallel,
     *                so keep port 0
     * @return the extension
     */
    public static LinePaySandboxExtension withOptions(SandboxOptions options) {
        return new LinePaySandboxExtension(options);
    }

    /**
     * The sandbox this extension started last, for a {@code static} {@code @RegisterExtension} field.
     *
     * @return the running sandbox
     * @throws IllegalStateException before the test class has started
     */
    public LinePaySandbox sandbox() {
        LinePaySandbox s = latest;
        if (s == null) {
            throw new IllegalStateException("the sandbox starts before the test class's first test");
        }
        return s;
    }

    /**
     * Starts the class's sandbox.
     *
     * @param context the test class's context
     */
    @Override
    public void beforeAll(ExtensionContext context) {
        LinePaySandbox s = LinePaySandbox.start(options);
        latest = s;
        context.getStore(NAMESPACE).put(KEY, s);
    }

    /**
     * Closes the class's sandbox.
     *
     * @param context the test class's context
     */
    @Override
    public void afterAll(ExtensionContext context) {
        LinePaySandbox s = context.getStore(NAMESPACE).remove(KEY, LinePaySandbox.class);
        if (s != null) {
            s.close();
        }
    }

    /**
     * Clears the faults a previous test left.
     *
     * @param context the test's context
     */
    @Override
    public void beforeEach(ExtensionContext context) {
        find(context).ifPresent(LinePaySandbox::clearFaults);
    }

    /**
     * Whether the parameter asks for the sandbox.
     *
     * @param parameterContext the parameter
     * @param extensionContext the context
     * @return true for a parameter of type {@link LinePaySandbox}
     */
    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == LinePaySandbox.class;
    }

    /**
     * The class's sandbox.
     *
     * @param parameterContext the parameter
     * @param extensionContext the context
     * @return the running sandbox
     * @throws ParameterResolutionException if no sandbox runs for this class (the extension was not
     *                                      registered on it)
     */
    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return find(extensionContext).orElseThrow(() -> new ParameterResolutionException(
                "no LinePaySandbox runs for this test class; register LinePaySandboxExtension on the class"));
    }

    private static Optional<LinePaySandbox> find(ExtensionContext context) {
        // Stores look in their parents' stores too, so a method's context finds its class's sandbox.
        return Optional.ofNullable(context.getStore(NAMESPACE).get(KEY, LinePaySandbox.class));
    }
}
