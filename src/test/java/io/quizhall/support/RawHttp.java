package io.quizhall.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests no HTTP client would send as written: malformed URLs, raw bytes in
 * headers, a forged {@code Host}. Headers given replace the defaults ({@code Host}, {@code Connection: close}).
 */
public final class RawHttp {

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    public record Response(String statusLine, Map<String, String> headers, String body) {

        /** A header by its lower-case name, or an empty string. */
        public String header(String name) {
            return headers.getOrDefault(name, "");
        }
    }

    public Response get(String target, Map<String, String> headers) throws IOException {
        return send("GET", target, headers, "");
    }

    public Response send(String method, String target, Map<String, String> headers, String body) throws IOException {
        var all = new LinkedHashMap<String, String>();
        all.put("Host", "localhost:" + port);
        all.put("Connection", "close");
        if (!body.isEmpty()) {
            all.put("Content-Length", Integer.toString(body.getBytes(StandardCharsets.ISO_8859_1).length));
        }
        all.putAll(headers);
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            var request = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
            all.forEach((name, value) ->
                    request.append(name).append(": ").append(value).append("\r\n"));
            request.append("\r\n").append(body);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            return read(socket.getInputStream());
        }
    }

    /** The status line, the headers, and a body of Content-Length bytes, chunks, or up to the end. */
    private static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        var headers = new HashMap<String, String>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(
                    line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).trim());
        }
        if (statusLine.startsWith("HTTP/1.1 101")) {
            return new Response(statusLine, headers, "");
        }
        var body = new ByteArrayOutputStream();
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line(in), 16); size > 0; size = Integer.parseInt(line(in), 16)) {
                body.writeBytes(in.readNBytes(size));
                line(in);
            }
        } else {
            String length = headers.get("content-length");
            body.writeBytes(length != null ? in.readNBytes(Integer.parseInt(length)) : in.readAllBytes());
        }
        return new Response(statusLine, headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        var bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }
}
