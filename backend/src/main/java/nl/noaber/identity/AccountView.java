package nl.noaber.identity;

import io.micronaut.serde.annotation.Serdeable;

import java.time.OffsetDateTime;
import java.util.List;

/** An account as the API shows it: never the password hash. */
@Serdeable
public record AccountView(long id, String gemeente, String email, String displayName,
                          List<Role> roles, OffsetDateTime createdAt) {

    static AccountView of(Account account, java.time.ZoneId zone) {
        return new AccountView(account.id(), account.gemeente(), account.email(), account.displayName(),
                account.roleSet().stream().sorted().toList(), account.createdAt().atZone(zone).toOffsetDateTime());
    }
}
