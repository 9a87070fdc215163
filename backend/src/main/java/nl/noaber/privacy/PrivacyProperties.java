package nl.noaber.privacy;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * @param retentionMonths months after a request ended before its free text and exact places are
 *                        removed ({@code NOABER_RETENTION_MONTHS}, default 12)
 */
@ConfigurationProperties("noaber.privacy")
record PrivacyProperties(@Min(1) @Max(120) int retentionMonths) {
}
