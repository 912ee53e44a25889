package uk.mhhs.localsuite.demo;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.mhhs.localsuite.DemoDay;
import uk.mhhs.localsuite.RunningSuite;

/**
 * The local suite's main job once it is up: a synthetic market day ({@link MarketDay}) with the options
 * {@code --local-suite.demo.mpans}, {@code --local-suite.demo.date}, {@code --local-suite.demo.seed}. Fails (so
 * {@code --exit-when-done} exits non-zero) when the day did not complete or a check did not hold.
 */
@Component
@Order(0)
@EnableConfigurationProperties(DemoSettings.class)
class DemoMarketDay implements DemoDay {

    private final DemoSettings settings;

    DemoMarketDay(DemoSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "synthetic market day " + settings.settlementDate() + ", " + settings.mpans() + " MPANs";
    }

    @Override
    public void play(RunningSuite suite) {
        DayResult result = new MarketDay(settings, System.out).play(suite);
        if (!result.completed()) {
            throw new DemoFailure("the day's checks did not hold: " + result.checks());
        }
    }
}
