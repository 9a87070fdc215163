package nl.noaber;

import io.micronaut.aop.Around;
import io.micronaut.aop.InterceptorBinding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write a phone may retry: with an {@code Idempotency-Key} header, the first answer is stored
 * in the transaction of the write and a retry gets it again instead of a second write; the same
 * key with a different body is refused (422). Implemented in the {@code web} package
 * (docs/adr/020-idempotency-and-rate-limits.md).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Around
@InterceptorBinding
public @interface Idempotent {
}
