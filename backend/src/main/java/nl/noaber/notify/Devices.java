package nl.noaber.notify;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.InvalidInput;
import nl.noaber.identity.Caller;
import nl.noaber.identity.SignedOut;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The caller's devices: register (or refresh the token), list, remove; logout removes one. */
@Singleton
class Devices {

    private static final Pattern INSTALLATION_ID = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    private final NotifyRepositories.DeviceRepository devices;
    private final Clock clock;

    Devices(NotifyRepositories.DeviceRepository devices, Clock clock) {
        this.devices = devices;
        this.clock = clock;
    }

    /**
     * Creates or replaces the device. A token lives on one installation only: when it shows up
     * on another (a reinstall, a phone handed on), the old row goes, so no push reaches the
     * previous owner. An installation of another account is taken over by the caller.
     *
     * @return the device, and whether it is new
     */
    @Transactional
    Registered register(String installationId, DeviceForm form, Caller caller) {
        if (!INSTALLATION_ID.matcher(installationId).matches()) {
            throw new InvalidInput("installationId", "must be 8 to 128 letters, digits or . _ : -");
        }
        Instant now = clock.instant();
        devices.findByFcmToken(form.fcmToken()).filter(d -> !d.installationId().equals(installationId)).ifPresent(devices::delete);
        var existing = devices.findById(installationId);
        if (existing.isPresent() && existing.get().accountId() != caller.accountId()) {
            // A phone that changed hands: the previous account's queued pushes must not reach it
            // (their outbox rows lose the device and are dropped).
            devices.delete(existing.get());
            existing = Optional.empty();
        }
        Device device = new Device(installationId, caller.gemeente(), caller.accountId(), form.fcmToken(), form.platform(),
                form.appVersion(), form.locale(), existing.map(Device::registeredAt).orElse(now), now);
        if (existing.isPresent()) {
            devices.update(device);
        } else {
            devices.save(device);
        }
        return new Registered(view(device), existing.isEmpty());
    }

    record Registered(DeviceView device, boolean created) {
    }

    @ReadOnly
    List<DeviceView> of(Caller caller) {
        return devices.findByAccountIdOrderByUpdatedAtDesc(caller.accountId()).stream().map(this::view).toList();
    }

    /** @throws DeviceNotFound if the caller has no such device */
    @Transactional
    void remove(String installationId, Caller caller) {
        if (devices.deleteOwn(installationId, caller.accountId()) == 0) {
            throw new DeviceNotFound(installationId);
        }
    }

    /** Logging out on a phone stops its pushes. */
    @EventListener
    @Transactional
    void onSignedOut(SignedOut event) {
        if (event.installationId() != null) {
            devices.deleteOwn(event.installationId(), event.accountId());
        }
    }

    DeviceView view(Device d) {
        return new DeviceView(d.installationId(), d.platform(), d.appVersion(), d.locale(),
                d.registeredAt().atZone(clock.getZone()).toOffsetDateTime(), d.updatedAt().atZone(clock.getZone()).toOffsetDateTime());
    }
}
