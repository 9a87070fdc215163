package nl.noaber.geo;

import io.micronaut.http.HttpStatus;
import nl.noaber.NoaberProblem;

import java.util.List;

final class AddressNotFound extends NoaberProblem {

    AddressNotFound(DutchAddress address) {
        super("address-not-found", HttpStatus.NOT_FOUND, "Address not found",
                "No address " + address.postcode() + " " + address.huisnummer() + address.toevoeging()
                        + " is known; check the postcode and house number",
                List.of(new FieldError("huisnummer", "not found at this postcode")));
    }
}
