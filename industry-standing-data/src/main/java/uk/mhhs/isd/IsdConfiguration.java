package uk.mhhs.isd;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import uk.mhhs.isd.calendar.CalendarEntities;
import uk.mhhs.isd.catalogue.EntityDefinition;
import uk.mhhs.isd.catalogue.IsdCatalogue;
import uk.mhhs.isd.consumption.ConsumptionEntities;
import uk.mhhs.isd.losses.LossEntities;
import uk.mhhs.isd.participants.ParticipantEntities;

import java.util.ArrayList;
import java.util.List;

/** The service's clock is dip-client's ({@code Clock} bean, UTC). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IsdProperties.class)
@EnableScheduling
class IsdConfiguration {

    /** Every entity, in dependency order: an entity refers only to entities before it. */
    @Bean
    IsdCatalogue isdCatalogue() {
        List<EntityDefinition> all = new ArrayList<>(ParticipantEntities.all());
        all.addAll(ConsumptionEntities.all());
        all.addAll(LossEntities.all());
        all.addAll(CalendarEntities.all());
        return new IsdCatalogue(all);
    }
}
