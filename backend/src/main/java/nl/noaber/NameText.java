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
 * A name people read: of a person, an initiative, a circle, a street. On the way in it is put in
 * Unicode NFC, so "José" typed on a phone and pasted from a PDF is one name; it must then be one
 * line of visible text: no control character (C0, DEL, C1) and no bidi override or isolate
 * (U+202A–U+202E, U+2066–U+2069), which could make a name display as something else
 * (docs/adr/021-input-hardening.md).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Constraint(validatedBy = TextRules.NameTextValidator.class)
@Serdeable.Deserializable(using = NfcText.class)
public @interface NameText {

    String message() default "must be one line of text without control or bidi-override characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
