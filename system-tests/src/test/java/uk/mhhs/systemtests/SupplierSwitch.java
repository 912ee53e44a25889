package uk.mhhs.systemtests;

import uk.mhhs.systemtests.Market.Site;
import uk.mhhs.systemtests.WebhookReceiver.Delivery;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A change of supplier in which the gaining supplier appoints a data service of its own, played as the market
 * plays it (registration README, "Change of supplier"): CSS secures the gaining supplier (operator stand-in), the
 * supplier proposes the data service with IF-031 {@code [DSApp]} scenario COS, the data service accepts with IF-034.
 * The switch itself is registration's step on the supply start date.
 */
record SupplierSwitch(Site site, String cssRegistrationId, SuiteParticipant gaining, SuiteParticipant losing,
                      SuiteParticipant newDataService, SuiteParticipant oldDataService) {

    /** CSS secures the gaining supplier from {@code supplyStart}; it gets IF-002 naming the incumbent DS. */
    void secure(Operator registration, Market market, LocalDate supplyStart) {
        String body = """
                {"registrationId":"%s","mpanCore":"%s","supplierDipId":"%s","supplierMpid":"%s","supplyStartDate":"%s"}"""
                .formatted(cssRegistrationId, site.mpan(), gaining.dipId(), gaining.mpid(), supplyStart);
        // Until registration has read ISD's participants, the supplier is unknown (422 REG1078).
        await("CSS registration " + cssRegistrationId).atMost(Market.ARRIVAL).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    Operator.Answer r = registration.postJson("/registration/v1/css/registrations", body);
                    assertThat(r.status()).as(r.body()).isIn(200, 201, 422);
                    return r.status() != 422;
                });
        Delivery gain = market.awaitDelivered(gaining.dipId(), "IF-002", "[GainMPANInfo]", site.mpan());
        assertThat(gain.field("B013", "CSSRegistrationID")).isEqualTo(cssRegistrationId);
        assertThat(gain.field("B005", "currentDataServiceDIPID")).isEqualTo(oldDataService.dipId());
    }

    /** The gaining supplier appoints its data service from {@code supplyStart}; both get IF-035 accepted. */
    void appointDataService(Market market, LocalDate supplyStart) throws Exception {
        String b071 = """
                {"proposedDataServiceDIPID":"%s","proposedDataServiceMPID":"%s",\
                "proposedDataServiceDIPEffectiveFromDate":"%s","contractReferenceDataService":"DS-%s",\
                "appointmentScenario":"COS","supplierNominatedMDRDIPID":null,"supplierNominatedMDRMPID":null,\
                "supplierNominatedMDREffectiveFromDate":null,"supplierProposedConsentGranularity":"H",\
                "supplierProposedDomesticIndicator":true,"traditionalFallBackReadFrequency":"M"}"""
                .formatted(newDataService.dipId(), newDataService.mpid(), ukMidnight(supplyStart), cssRegistrationId);
        market.post(gaining, "IF-031", "[DSApp]", site, """
                {"B013":{"CSSRegistrationID":"%s"},"B071":%s}""".formatted(cssRegistrationId, b071));
        Delivery initial = market.awaitDelivered(gaining.dipId(), "IF-032", "[DSAppInitialResp]", site.mpan());
        assertThat(initial.responseCode()).as("%s", initial.responseMessages()).isEqualTo("A");
        market.awaitDelivered(newDataService.dipId(), "IF-033", "[DSAppSPRequest]", site.mpan());

        market.post(newDataService, "IF-034", "[DSAppSPResponse]", site, """
                {"B007":{"responseCode":"A","proposedAppointmentResponseCode":null},\
                "B012":{"serviceProviderAppointmentRequestingSupplierDIPID":"%s",\
                "serviceProviderAppointmentRequestingSupplierMPID":"%s"},\
                "B013":{"CSSRegistrationID":"%s"},"B071":%s}"""
                .formatted(gaining.dipId(), gaining.mpid(), cssRegistrationId, b071));
        for (SuiteParticipant party : new SuiteParticipant[] {gaining, newDataService}) {
            Delivery accepted = market.awaitDelivered(party.dipId(), "IF-035", "[DSAppAccepted]", site.mpan());
            assertThat(accepted.field("B007", "responseCode")).isEqualTo("A");
        }
    }

    /**
     * A DIP date-time of UK midnight starting {@code day} (DT-003 as REGS sends it): {@code +00:00} in GMT,
     * {@code +01:00} in BST, from the JDK's Europe/London rules.
     */
    static String ukMidnight(LocalDate day) {
        int offsetHours = day.atStartOfDay(ZoneId.of("Europe/London")).getOffset().getTotalSeconds() / 3600;
        return day + "T00:00:00+0" + offsetHours + ":00";
    }
}
