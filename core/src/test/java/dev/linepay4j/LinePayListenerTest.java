package dev.linepay4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinePayListenerTest {

    @Test
    void theNoOpListenerIsOneInstanceSoTheClientCanSkipBuildingEvents() {
        assertThat(LinePayListener.noOp()).isSameAs(LinePayListener.noOp()).hasToString("LinePayListener.noOp()");
    }
}
