package nl.noaber.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.Map;

/** One notification of one account: the inbox row, and the source of its pushes. */
@MappedEntity("notification")
record Notification(@Id @GeneratedValue @Nullable Long id, String gemeente, long accountId, String type, String title,
                    String body, @TypeDef(type = DataType.JSON) Map<String, String> data, boolean urgent, boolean silent,
                    Push push, @Nullable String dedupeKey, Instant createdAt, @Nullable Instant readAt) {

    /** What became of the push: queued for the devices, or why there is none. */
    enum Push { QUEUED, NO_DEVICE, INBOX_ONLY, DAILY_LIMIT }
}
