package nl.noaber.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.List;

/**
 * Gives a problem+json body to an error that a framework filter answered without one: Micronaut's
 * CORS filter refuses a request from a foreign origin to a service on localhost (its guard against
 * drive-by attacks on local servers) with a bare 403, which never passes the error processor.
 * Every 4xx and 5xx of the API is a problem (DESIGN §4), so this one is too.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class BareErrorProblemFilter implements Ordered {

    /** Before the request-id and security-headers filters, so their headers are added to the result. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 2;
    }

    @ResponseFilter
    void problemForBareError(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() < 400 || response.getBody().isPresent() || request.getMethod() == HttpMethod.HEAD) {
            return;
        }
        HttpStatus status = response.getStatus();
        String type = status == HttpStatus.FORBIDDEN ? "forbidden" : status.getCode() >= 500 ? "internal-error" : "client-error";
        response.contentType(ProblemResponseProcessor.PROBLEM_JSON)
                .body(new Problem(Problem.TYPE_PREFIX + type, status.getReason(), status.getCode(), status.getReason(),
                        request.getPath(), List.of()));
    }
}
