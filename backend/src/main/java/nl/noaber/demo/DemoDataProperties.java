package nl.noaber.demo;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * @param enabled  load the demo population on start ({@code NOABER_DEMO_DATA})
 * @param password the password of every demo account (printed in the README; demo only)
 */
@ConfigurationProperties("noaber.demo-data")
record DemoDataProperties(boolean enabled, @NotBlank @Size(min = 8) String password) {
}
