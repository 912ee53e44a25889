package uk.mhhs.isd.seed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import uk.mhhs.isd.IsdProperties;
import uk.mhhs.isd.imports.ImportingVersion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Loads the seed data set ({@code classpath:isd/seed/*.csv} plus generated bank holidays and line loss factors)
 * as version 1 when the database has no version, through the ordinary import and its checks.
 */
@Component
class SeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final ImportingVersion importing;
    private final IsdProperties properties;

    SeedLoader(ImportingVersion importing, IsdProperties properties) {
        this.importing = importing;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        IsdProperties.Seed seed = properties.seed();
        if (!seed.enabled()) {
            return;
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:isd/seed/*.csv")) {
            files.put(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
        }
        files.put("bank-holiday.csv", SeedDataSet.bankHolidays(seed.firstYear(), seed.lastYear()));
        files.put("line-loss-factor.csv", SeedDataSet.lineLossFactors(seed));
        ImportingVersion.Outcome outcome = importing.importFirstVersion(
                "Seed data set (reconstructed, for local runs and tests)", seed.effectiveFrom(), files);
        if (outcome.accepted()) {
            log.info("Seed data set loaded as ISD version {}", outcome.version().id());
        } else if (!outcome.problems().isEmpty()) {
            throw new IllegalStateException("the seed data set is invalid: " + outcome.problems());
        }
    }
}
