package nl.noaber.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Encoder;
import io.micronaut.serde.Serializer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A published number: a value, {@code "<5"} when it counts (or is derived from) fewer than five
 * people — CBS practice, so no resident can be recognised in a wijk — or nothing when there is no
 * such number for the period (a median of nothing, coverage of a single day).
 */
record Figure(@Nullable BigDecimal value, boolean suppressed) {

    static final int THRESHOLD = 5;
    static final String SUPPRESSED = "<5";
    static final Figure NONE = new Figure(null, false);
    static final Figure HIDDEN = new Figure(null, true);
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    /** A count of people (or of requests, each standing for a resident): 0–4 is shown as "<5". */
    static Figure count(BigDecimal n) {
        return small(n) ? HIDDEN : new Figure(n, false);
    }

    /** A count that says nothing about people (initiatives). */
    static Figure plain(BigDecimal n) {
        return new Figure(n, false);
    }

    /**
     * numerator ÷ denominator (three decimals), hidden when either count is small — or the rest
     * (denominator − numerator) is, which the share and a shown numerator would give away.
     */
    static Figure share(BigDecimal numerator, BigDecimal denominator) {
        if (small(numerator) || small(denominator) || small(denominator.subtract(numerator))) {
            return HIDDEN;
        }
        return new Figure(numerator.divide(denominator, 3, RoundingMode.HALF_UP), false);
    }

    /** A value derived from {@code people} persons (hours, km, a median): hidden when they are few. */
    static Figure guarded(@Nullable BigDecimal value, BigDecimal people) {
        if (small(people)) {
            return HIDDEN;
        }
        return value == null ? NONE : new Figure(value, false);
    }

    /** For publication: amounts to the nearest multiple of 5 (CBS practice), so totals and parts cannot be subtracted exactly. */
    Figure roundedToFive() {
        if (value == null) {
            return this;
        }
        return new Figure(value.divide(FIVE, 0, RoundingMode.HALF_UP).multiply(FIVE), false);
    }

    boolean hasValue() {
        return value != null;
    }

    private static boolean small(BigDecimal n) {
        return n.compareTo(BigDecimal.valueOf(THRESHOLD)) < 0;
    }

    /** JSON: the number, the string "<5", or null. */
    @Singleton
    static final class Json implements Serializer<Figure> {
        @Override
        public void serialize(Encoder encoder, EncoderContext context, Argument<? extends Figure> type, Figure figure)
                throws IOException {
            if (figure.suppressed()) {
                encoder.encodeString(SUPPRESSED);
            } else if (figure.value() == null) {
                encoder.encodeNull();
            } else {
                encoder.encodeBigDecimal(figure.value().stripTrailingZeros().scale() < 0
                        ? figure.value().setScale(0) : figure.value().stripTrailingZeros());
            }
        }

        @Override
        public boolean isEmpty(EncoderContext context, Figure value) {
            return false;
        }
    }
}
