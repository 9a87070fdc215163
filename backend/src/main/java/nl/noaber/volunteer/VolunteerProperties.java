package nl.noaber.volunteer;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotNull;

import java.time.Period;

/**
 * @param vogRenewalPeriod how long a VOG counts after its issue date, unless an initiative says
 *                         otherwise; on the day it runs out, verified capacities become inactive
 */
@ConfigurationProperties("noaber.volunteer")
record VolunteerProperties(@NotNull Period vogRenewalPeriod) {
}
