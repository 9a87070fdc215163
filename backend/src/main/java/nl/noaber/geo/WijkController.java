package nl.noaber.geo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.noaber.identity.Caller;

import java.net.URI;

/** The wijken of the caller's gemeente, as GeoJSON, and the admin's import of new boundaries. */
@Controller("/wijken")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class WijkController {

    static final String GEO_JSON = "application/geo+json";

    private final WijkService wijken;
    private final WijkImports imports;

    WijkController(WijkService wijken, WijkImports imports) {
        this.wijken = wijken;
        this.imports = imports;
    }

    @Get
    @Produces(GEO_JSON)
    HttpResponse<WijkFeature.Collection> list(@Header(HttpHeaders.IF_NONE_MATCH) @Nullable String ifNoneMatch,
                                              Authentication auth) {
        WijkService.Current current = wijken.currentOf(Caller.of(auth).gemeente());
        String etag = "\"" + current.version() + "\"";
        if (etag.equals(ifNoneMatch)) {
            return HttpResponse.<WijkFeature.Collection>status(HttpStatus.NOT_MODIFIED).header(HttpHeaders.ETAG, etag);
        }
        // Boundaries change once a year; clients revalidate cheaply with If-None-Match.
        return HttpResponse.ok(current.collection())
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache");
    }

    @Get("/{code}")
    @Produces(GEO_JSON)
    WijkFeature get(@Pattern(regexp = "WK\\d{6}", message = "must be a CBS wijk code like WK015006") String code,
                    Authentication auth) {
        return wijken.find(Caller.of(auth).gemeente(), code);
    }

    @Post("/imports")
    @Consumes({GEO_JSON, "application/json"})
    @Secured("ADMIN")
    HttpResponse<WijkImportView> importFile(@QueryValue @Min(2000) @Max(2100) int year,
                                            @QueryValue(defaultValue = "admin upload") @NotBlank @Size(max = 200) String source,
                                            @Body byte[] file, Authentication auth) {
        Caller admin = Caller.of(auth);
        WijkImportView result = imports.importFile(file, admin.gemeente(), year, source, admin.accountId());
        return HttpResponse.created(result, URI.create("/wijken"));
    }
}
