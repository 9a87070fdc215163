package nl.noaber.notify;

import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import com.google.firebase.ErrorCode;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import com.google.firebase.IncomingHttpResponse;
import com.google.firebase.messaging.AndroidConfig;
import com.google.firebase.messaging.ApnsConfig;
import com.google.firebase.messaging.Aps;
import com.google.firebase.messaging.BatchResponse;
import com.google.firebase.messaging.FirebaseMessaging;
import com.google.firebase.messaging.FirebaseMessagingException;
import com.google.firebase.messaging.Message;
import com.google.firebase.messaging.MessagingErrorCode;
import com.google.firebase.messaging.SendResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sends pushes with the Firebase Admin SDK ({@code FirebaseMessaging.sendEach}) and maps FCM v1's
 * answers to {@link PushOutcome}s. The SDK itself retries a 503 a few times within one call; what
 * is still failing after that is retried by the dispatcher with its own backoff.
 */
final class FcmPushGateway implements PushGateway {

    private final FirebaseApp app;
    private final FirebaseMessaging messaging;

    FcmPushGateway(PushProperties properties) {
        GoogleCredentials credentials = read(Path.of(properties.credentials()));
        NetHttpTransport.Builder transport = new NetHttpTransport.Builder();
        if (properties.endpoint() != null && !properties.endpoint().isBlank()) {
            transport.setConnectionFactory(new FcmEndpoint(properties.endpoint()));
        }
        FirebaseOptions options = FirebaseOptions.builder()
                .setCredentials(credentials)
                .setHttpTransport(transport.build())
                .setConnectTimeout((int) properties.connectTimeout().toMillis())
                .setReadTimeout((int) properties.readTimeout().toMillis())
                .build();
        // A name of its own: several application contexts (tests) may live in one JVM.
        this.app = FirebaseApp.initializeApp(options, "noaber-" + UUID.randomUUID());
        this.messaging = FirebaseMessaging.getInstance(app);
    }

    String projectId() {
        return app.getOptions().getProjectId();
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public List<PushOutcome> send(List<PushMessage> messages) {
        List<Message> fcm = messages.stream().map(FcmPushGateway::toFcm).toList();
        List<PushOutcome> outcomes = new ArrayList<>();
        try {
            BatchResponse batch = messaging.sendEach(fcm);
            List<SendResponse> responses = batch.getResponses();
            for (int i = 0; i < responses.size(); i++) {
                SendResponse r = responses.get(i);
                long id = messages.get(i).outboxId();
                outcomes.add(r.isSuccessful() ? PushOutcome.sent(id, r.getMessageId()) : failed(id, r.getException()));
            }
        } catch (FirebaseMessagingException e) {
            // The whole call failed (e.g. no access token): every message is retried.
            messages.forEach(m -> outcomes.add(failed(m.outboxId(), e)));
        }
        return outcomes;
    }

    static Message toFcm(PushMessage m) {
        Message.Builder message = Message.builder().setToken(m.token()).putAllData(m.data());
        if (!m.silent()) {
            message.setNotification(com.google.firebase.messaging.Notification.builder()
                    .setTitle(m.title()).setBody(m.body()).build());
        }
        AndroidConfig.Builder android = AndroidConfig.builder()
                .setPriority(m.urgent() ? AndroidConfig.Priority.HIGH : AndroidConfig.Priority.NORMAL);
        ApnsConfig.Builder apns = ApnsConfig.builder()
                .putHeader("apns-priority", m.urgent() ? "10" : "5")
                .putHeader("apns-push-type", m.silent() ? "background" : "alert")
                .setAps(Aps.builder().setContentAvailable(m.silent()).build());
        if (m.collapseKey() != null) {
            android.setCollapseKey(m.collapseKey());
            apns.putHeader("apns-collapse-id", m.collapseKey());
        }
        if (m.ttl() != null && m.expiresAt() != null) {
            android.setTtl(m.ttl().toMillis());
            apns.putHeader("apns-expiration", Long.toString(m.expiresAt().getEpochSecond()));
        }
        return message.setAndroidConfig(android.build()).setApnsConfig(apns.build()).build();
    }

    static PushOutcome failed(long outboxId, FirebaseMessagingException e) {
        MessagingErrorCode fcm = e.getMessagingErrorCode();
        String error = (fcm != null ? fcm.name() : e.getErrorCode().name()) + ": " + e.getMessage();
        // INVALID_ARGUMENT means a bad token only when FCM says so; otherwise the message itself is
        // wrong, and deleting every recipient's device would hide the bug.
        boolean badToken = fcm == MessagingErrorCode.INVALID_ARGUMENT && String.valueOf(e.getMessage()).contains("registration token");
        if (fcm == MessagingErrorCode.UNREGISTERED || badToken) {
            return new PushOutcome(outboxId, PushOutcome.Kind.TOKEN_GONE, null, null, error);
        }
        if (fcm == MessagingErrorCode.SENDER_ID_MISMATCH || fcm == MessagingErrorCode.THIRD_PARTY_AUTH_ERROR
                || fcm == MessagingErrorCode.INVALID_ARGUMENT
                || e.getErrorCode() == ErrorCode.PERMISSION_DENIED || e.getErrorCode() == ErrorCode.UNAUTHENTICATED) {
            return new PushOutcome(outboxId, PushOutcome.Kind.FAILED, null, null, error);
        }
        // QUOTA_EXCEEDED, UNAVAILABLE, INTERNAL, timeouts and I/O errors pass.
        return new PushOutcome(outboxId, PushOutcome.Kind.RETRY, null, retryAfter(e.getHttpResponse()), error);
    }

    /** FCM's Retry-After, in seconds (the HTTP-date form is not used by FCM). */
    private static Duration retryAfter(IncomingHttpResponse response) {
        if (response == null) {
            return null;
        }
        for (Map.Entry<String, Object> header : response.getHeaders().entrySet()) {
            if (header.getKey().equalsIgnoreCase("retry-after")) {
                Object value = header.getValue() instanceof List<?> list && !list.isEmpty() ? list.get(0) : header.getValue();
                try {
                    return Duration.ofSeconds(Long.parseLong(String.valueOf(value).trim()));
                } catch (NumberFormatException ignored) {
                    return null;
                }
            }
        }
        return null;
    }

    private static GoogleCredentials read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return ServiceAccountCredentials.fromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Firebase service account " + file, e);
        }
    }

    @Override
    public void close() {
        app.delete();
    }
}
