package org.nianbao.portal;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.nianbao.TestClock;

/**
 * Today is 2026年3月1日 in China for the test class that extends with this ({@code @ExtendWith(FixedClock.class)}):
 * reports up to 2025 are all due. The tests' clock goes back to the system's time after the class.
 */
public class FixedClock implements BeforeAllCallback, AfterAllCallback {

    public static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-01T10:00:00+08:00");

    @Override
    public void beforeAll(ExtensionContext context) {
        TestClock.fix(NOW);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TestClock.reset();
    }
}
