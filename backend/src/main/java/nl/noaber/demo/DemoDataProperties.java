package nl.noaber.demo;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * @param enabled  load the demo population on start ({@code NOABER_DEMO_DATA})
 * @param password the password of every demo account (printed in the README; demo only)
 * @param history  also a year of activity in every wijk, so the dashboard has something to show
 */
@ConfigurationProperties("noaber.demo-data")
record DemoDataProperties(boolean enabled, @NotBlank @Size(min = 8) String password, @Bindable(defaultValue = "true") boolean history) {
}
