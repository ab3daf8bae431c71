package dev.linepay4j.testkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linepay4j.domain.code.ReturnCode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** One sandbox per test class, handed to constructors and methods; faults cleared between tests. */
@ExtendWith(LinePaySandboxExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LinePaySandboxExtensionTest {

    private static LinePaySandbox seenByFirstTest;

    private final LinePaySandbox injected;

    LinePaySandboxExtensionTest(LinePaySandbox injected) {
        this.injected = injected;
    }

    @Test
    @Order(1)
    void aTestLeavesAFaultBehind(LinePaySandbox sandbox) {
        assertThat(sandbox).isSameAs(injected);
        seenByFirstTest = sandbox;
        sandbox.inject(Fault.returnCode(ReturnCode.of("9000")));
    }

    @Test
    @Order(2)
    void theNextTestGetsTheSameSandboxWithoutTheFault(LinePaySandbox sandbox) {
        assertThat(sandbox).isSameAs(seenByFirstTest);
        assertThat(sandbox.faults()).isEmpty();
        assertThat(new Shop(sandbox, "v3").request(Shop.body(Shop.orderId(), null)).returnCode()).isEqualTo("0000");
    }

    @Nested
    class ANestedClass {

        @Test
        void getsASandboxOfItsOwn(LinePaySandbox sandbox) {
            assertThat(sandbox).isNotSameAs(injected);
            assertThat(sandbox.books().payments()).isEmpty();
        }
    }
}
