package uk.mhhs.tools.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the market roles out of DES138's sender/receiver prose, e.g. {@code "Data Services - Smart Data
 * Service (SDS) / Advanced Data Service (ADS) / UMSDS"} gives SDS, ADS, UMSDS.
 *
 * <p>Readings that are not spelled out in the prose (documented in the generator's README):
 * a bare {@code MS}/{@code DS} means every metering/data service role; {@code "Elexon Central Services
 * (ECS)"} as the sender of IF-040 (annual consumption) is MDS; {@code "DIP"} (replay, IF-015/016) is the
 * pseudo-role {@code DIP}; {@code "Public (via separate file-sharing mechanism)"} is not a DIP recipient.
 */
final class RoleProse {

    /** The DIP role codes, in the order the catalogue lists them. */
    static final List<String> ROLES = List.of(
            "REGS", "SUP", "LDSO", "MSS", "MSA", "UMSO", "SDS", "ADS", "UMSDS",
            "MDS", "LSS", "VAS", "ISD", "EES", "MDR", "DCC");
    /** The DIP itself as counterparty (IF-015 request, IF-016 replay). */
    static final String DIP = "DIP";

    private record Rule(Pattern pattern, List<String> roles) {
        static Rule of(String regex, String... roles) {
            return new Rule(Pattern.compile(regex), List.of(roles));
        }
    }

    private static final List<Rule> RULES = List.of(
            Rule.of("Public \\(All Roles\\)", ROLES.toArray(String[]::new)),
            Rule.of("\\bREGS\\b|Registration Service", "REGS"),
            Rule.of("\\bSUP\\b|\\bSupplier\\b", "SUP"),
            Rule.of("\\bLDSO\\b|\\bDistributor\\b", "LDSO"),
            Rule.of("\\bMSS\\b|Smart Metering Service|Metering Service Smart", "MSS"),
            Rule.of("\\bMSA\\b|Advanced Metering Service|Metering Service Advanced", "MSA"),
            Rule.of("\\bUMSO\\b|Unmetered Supplies Operator", "UMSO"),
            Rule.of("\\bSDS\\b", "SDS"),
            Rule.of("\\bADS\\b", "ADS"),
            Rule.of("\\bUMSDS\\b", "UMSDS"),
            Rule.of("\\bMS\\b", "MSS", "MSA", "UMSO"),
            Rule.of("\\bDS\\b", "SDS", "ADS", "UMSDS"),
            Rule.of("\\bMDS\\b|Elexon Central Services", "MDS"),
            Rule.of("\\bLSS\\b", "LSS"),
            Rule.of("\\bVAS\\b", "VAS"),
            Rule.of("\\bISD\\b", "ISD"),
            Rule.of("\\bEES\\b", "EES"),
            Rule.of("\\bMDR\\b", "MDR"),
            Rule.of("\\bDCC\\b|Data Communications Company", "DCC"),
            Rule.of("\\bDIP\\b", DIP));

    private RoleProse() {
    }

    /** The role codes named in one sender or receiver text, in catalogue order; never empty. */
    static List<String> rolesIn(String prose) {
        Set<String> found = new LinkedHashSet<>();
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(prose).find()) {
                found.addAll(rule.roles());
            }
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("No DIP role found in DES138 text: " + prose);
        }
        return ordered(found);
    }

    private static List<String> ordered(Set<String> roles) {
        List<String> order = new ArrayList<>(ROLES);
        order.add(DIP);
        return order.stream().filter(roles::contains).toList();
    }
}
