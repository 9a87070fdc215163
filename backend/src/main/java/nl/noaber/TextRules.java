package nl.noaber;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;

/**
 * Which characters text from the API may hold (docs/adr/021-input-hardening.md). Names are one
 * line of visible text; free text may also break lines. Neither holds C0 or C1 controls, DEL, or
 * (names) the bidi overrides and isolates that make text display in another order than it is
 * stored ("Trojan Source", CVE-2021-42574).
 */
public final class TextRules {

    private TextRules() {
    }

    /** True if {@code text} is a valid name: no control character at all, no bidi override or isolate. */
    public static boolean isName(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c) || isBidiControl(c)) {
                return false;
            }
        }
        return true;
    }

    /** True if {@code text} is valid free text: no control character but tab, line feed and carriage return. */
    public static boolean isFreeText(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F). */
    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** LRE, RLE, PDF, LRO, RLO (U+202A–U+202E) and LRI, RLI, FSI, PDI (U+2066–U+2069). */
    private static boolean isBidiControl(char c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    @Introspected
    public static final class NameTextValidator implements ConstraintValidator<NameText, CharSequence> {
        @Override
        public boolean isValid(@Nullable CharSequence value, @NonNull AnnotationValue<NameText> annotation,
                               @NonNull ConstraintValidatorContext context) {
            return value == null || isName(value);
        }
    }

    @Introspected
    public static final class FreeTextValidator implements ConstraintValidator<FreeText, CharSequence> {
        @Override
        public boolean isValid(@Nullable CharSequence value, @NonNull AnnotationValue<FreeText> annotation,
                               @NonNull ConstraintValidatorContext context) {
            return value == null || isFreeText(value);
        }
    }
}
