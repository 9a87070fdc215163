package nl.noaber.notify;

import com.google.api.client.http.javanet.ConnectionFactory;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;

/**
 * Sends the Firebase Admin SDK's FCM calls to another base URL ({@code FCM_ENDPOINT}): a fake FCM
 * server in tests and staging, or a proxy. The SDK has no public setting for its FCM host, but
 * it takes an HTTP transport, and this is that transport's connection factory. Other URLs
 * (none today) pass unchanged.
 */
final class FcmEndpoint implements ConnectionFactory {

    static final String FCM_HOST = "https://fcm.googleapis.com";

    private final String base;

    FcmEndpoint(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @Override
    public HttpURLConnection openConnection(URL url) throws IOException {
        String target = url.toString();
        if (target.startsWith(FCM_HOST)) {
            target = base + target.substring(FCM_HOST.length());
        }
        return (HttpURLConnection) URI.create(target).toURL().openConnection();
    }
}
