package nl.noaber.web;

import com.fasterxml.jackson.core.StreamReadConstraints;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;

/**
 * Limits of the JSON parser, below Jackson's defaults (issue #9): no request of this API nests
 * deeper than a handful of levels, has a number longer than a {@code long} or a coordinate, or a property
 * name longer than a few words, so a body that does is refused before any of it is bound.
 *
 * <p>micronaut-serde-jackson builds its {@code JsonFactory} itself and offers no setting for
 * {@link StreamReadConstraints}; Jackson's documented hook for applications is to override the
 * defaults once, before any factory is built. A context configurer runs before the context (and
 * so the JSON mapper) is built, in the service and in every test context alike. The limits then
 * hold for every JSON this JVM reads — requests, PDOK and FCM answers, JSON columns — all far
 * below them. The request body itself stays capped at 64 KiB ({@code micronaut.server.max-request-size}).
 */
@ContextConfigurer
public final class JsonReadLimits implements ApplicationContextConfigurer {

    /** GeoJSON of a wijk file nests 8 deep (collection, features, feature, geometry, 4 levels of rings). */
    public static final int MAX_NESTING_DEPTH = 32;
    /** 64 KiB: no string can be longer than the body it arrives in. */
    public static final int MAX_STRING_LENGTH = 64 * 1024;
    /** A long has 19 digits, a double in full ~25 characters. */
    public static final int MAX_NUMBER_LENGTH = 100;
    public static final int MAX_NAME_LENGTH = 200;

    @Override
    public void configure(ApplicationContextBuilder builder) {
        StreamReadConstraints.overrideDefaultStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .build());
    }
}
