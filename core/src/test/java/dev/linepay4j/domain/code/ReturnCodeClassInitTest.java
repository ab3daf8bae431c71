package dev.linepay4j.domain.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ReturnCode's constants are filled from a holder class that itself builds ReturnCode instances; a
 * wrong order would leave a constant null or a second instance. In the test JVM the classes are
 * initialised once, in whatever order earlier tests chose, so each case here loads them afresh in an
 * isolated class loader and touches a different class first.
 */
class ReturnCodeClassInitTest {

    private static final String PKG = "dev.linepay4j.domain.code.";

    @ParameterizedTest
    @ValueSource(strings = {"ReturnCode", "RequestStatus", "RegKeyStatus", "CatalogueTable", "ReturnCodeCategory"})
    void constantsAreTheCataloguedInstancesWhicheverClassIsInitialisedFirst(String first) throws Exception {
        try (URLClassLoader loader = isolatedLoader()) {
            Class.forName(PKG + first, true, loader);
            Class<?> returnCode = Class.forName(PKG + "ReturnCode", true, loader);
            Method of = returnCode.getMethod("of", String.class);

            Object constant = returnCode.getField("ORDER_ID_EXISTS").get(null);
            Object success = returnCode.getField("SUCCESS").get(null);

            assertThat(constant).isNotNull().isSameAs(of.invoke(null, "1172"));
            assertThat(success).isNotNull().isSameAs(of.invoke(null, "0000"));
        }
    }

    @Test
    void requestStatusCodesAreCataloguedWhenRequestStatusLoadsFirst() throws Exception {
        try (URLClassLoader loader = isolatedLoader()) {
            Class<?> requestStatus = Class.forName(PKG + "RequestStatus", true, loader);
            Object notYet = requestStatus.getField("NOT_YET_AUTHENTICATED").get(null);
            Object code = requestStatus.getMethod("returnCode").invoke(notYet);
            Class<?> returnCode = Class.forName(PKG + "ReturnCode", true, loader);

            assertThat(code).isNotNull().isSameAs(returnCode.getField("SUCCESS").get(null));
        }
    }

    /** A loader that sees core's classes but not the already-initialised copies of the test's own loader. */
    private static URLClassLoader isolatedLoader() {
        URL classes = ReturnCode.class.getProtectionDomain().getCodeSource().getLocation();
        return new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader());
    }
}
