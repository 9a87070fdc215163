package nl.noaber;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text people write (a description, a note, feedback): put in Unicode NFC on the way in; it
 * may span lines (tab, line feed and carriage return are allowed) but holds no other control
 * character (C0, DEL, C1), which no one types and which can break logs, exports and terminals
 * (docs/adr/021-input-hardening.md).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Constraint(validatedBy = TextRules.FreeTextValidator.class)
@Serdeable.Deserializable(using = NfcText.class)
public @interface FreeText {

    String message() default "must be text without control characters (only tab and line breaks are allowed)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
