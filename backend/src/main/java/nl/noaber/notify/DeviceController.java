package nl.noaber.notify;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import nl.noaber.identity.Caller;

import java.util.List;

/** The caller's phones and browsers that receive pushes. */
@Controller("/me/devices")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class DeviceController {

    private final Devices devices;

    DeviceController(Devices devices) {
        this.devices = devices;
    }

    @Get
    List<DeviceView> list(Authentication auth) {
        return devices.of(Caller.of(auth));
    }

    @Put("/{installationId}")
    HttpResponse<DeviceView> register(String installationId, @Body @Valid DeviceForm body, Authentication auth) {
        Devices.Registered registered = devices.register(installationId, body, Caller.of(auth));
        return registered.created() ? HttpResponse.created(registered.device()) : HttpResponse.ok(registered.device());
    }

    @Delete("/{installationId}")
    @Status(HttpStatus.NO_CONTENT)
    void remove(String installationId, Authentication auth) {
        devices.remove(installationId, Caller.of(auth));
    }
}
