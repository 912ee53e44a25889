package uk.mhhs.common.validation;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A report's content schema: the {@code properties.CustomBlock.properties.schema} node of the catalogue's schema
 * of the report (read from the classpath, {@code mhhs/catalogue/schemas/}), checked with networknt's validator
 * directly — {@link MessageValidator} validates the message, whose CustomBlock carries only the compressed bytes, so a
 * report's content is checked here (the services' tests check every report they build).
 */
public final class ReportContentSchemas {

    public static final String REP_003 = "REP-003-BMUnitAllocatedDemandVolumesToMarketParticipants.json";
    public static final String REP_003A = "REP-003A-AggregatedBMUnitAllocatedDemandVolumes.json";
    public static final String REP_004 = "REP-004-SupplierDeemedTakeReport.json";
    public static final String REP_006 = "REP-006-UncorrectedConsumptionAndLossesByCCCID.json";
    public static final String REP_007 = "REP-007-BMUnitDefaultsToSuppliers.json";
    public static final String REP_008 = "REP-008-LDSOLLFDefaultData.json";
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private ReportContentSchemas() {
    }

    /** @return what does not match; empty when {@code content} is valid against the report's content schema */
    public static List<String> violations(String schemaFile, JsonNode content) {
        return SCHEMAS.computeIfAbsent(schemaFile, ReportContentSchemas::load).validate(content).stream()
                .map(Error::toString).toList();
    }

    private static Schema load(String schemaFile) {
        String resource = "mhhs/catalogue/schemas/" + schemaFile;
        try (InputStream in = ReportContentSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + resource);
            }
            JsonNode node = JsonMapper.shared().readTree(in).path("properties").path("CustomBlock")
                    .path("properties").path("schema");
            if (!node.isObject()) {
                throw new IllegalStateException("no CustomBlock schema in " + resource);
            }
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(
                    SchemaLocation.of("classpath:" + resource + "#/properties/CustomBlock/properties/schema"), node);
            schema.initializeValidators();
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
