package io.quizhall.load;

import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.websocket.server.WsSci;

/**
 * The load harness's reference ceiling: the smallest STOMP-over-WebSocket server that answers the harness's frames
 * (CONNECT, SUBSCRIBE, SEND) on the same embedded Tomcat as Quizhall, with no Spring, broker, Redis or JSON. A SEND
 * to {@code /app/echo/answer} is answered on the sender's {@code /user/queue/ack}; a SEND to
 * {@code /app/echo/broadcast/<name>} goes to every subscriber of {@code /topic/echo.<name>}.
 *
 * <pre>java -cp target/test-classes:... io.quizhall.load.EchoServer 8090</pre>
 */
public final class EchoServer {

    private static final Map<String, Set<Subscriber>> TOPICS = new ConcurrentHashMap<>();
    private static final AtomicLong IDS = new AtomicLong();

    record Subscriber(Session session, String subscription) {}

    public static void main(String[] args) throws Exception {
        var tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("echo-tomcat").toString());
        tomcat.setPort(Integer.parseInt(args[0]));
        tomcat.getConnector().setProperty("maxConnections", "25000");
        var context = tomcat.addContext("", null);
        // The WebSocket upgrade runs in a filter, and Tomcat runs filters only for paths mapped to a servlet.
        Tomcat.addServlet(context, "none", new jakarta.servlet.http.HttpServlet() {});
        context.addServletMappingDecoded("/", "none");
        context.addServletContainerInitializer(new WsSci(), null);
        context.addServletContainerInitializer(
                (classes, servletContext) -> {
                    try {
                        ((ServerContainer) servletContext.getAttribute(ServerContainer.class.getName()))
                                .addEndpoint(ServerEndpointConfig.Builder.create(StompEcho.class, "/ws")
                                        .build());
                    } catch (jakarta.websocket.DeploymentException e) {
                        throw new IllegalStateException(e);
                    }
                },
                null);
        tomcat.start();
        System.out.println("echo server on port " + args[0]);
        tomcat.getServer().await();
    }

    /** One connection: parses frames, keeps its subscriptions, answers. */
    public static final class StompEcho extends Endpoint {

        private final Map<String, String> subscriptions = new HashMap<>();

        @Override
        public void onOpen(Session session, EndpointConfig config) {
            session.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> handle(session, text));
        }

        @Override
        public void onClose(Session session, jakarta.websocket.CloseReason reason) {
            TOPICS.values().forEach(subscribers -> subscribers.removeIf(s -> s.session() == session));
        }

        private void handle(Session session, String text) {
            String frame = text.strip();
            if (frame.isEmpty()) {
                return; // heart-beat
            }
            int end = frame.indexOf("\n\n");
            String[] lines = (end < 0 ? frame : frame.substring(0, end)).split("\n");
            var headers = new HashMap<String, String>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.putIfAbsent(lines[i].substring(0, colon), lines[i].substring(colon + 1));
                }
            }
            String body = end < 0 ? "" : frame.substring(end + 2).replace("\0", "");
            String destination = headers.getOrDefault("destination", "");
            switch (lines[0]) {
                case "CONNECT", "STOMP" -> send(session, "CONNECTED\nversion:1.2\nheart-beat:0,0\n\n\0");
                case "SUBSCRIBE" -> {
                    subscriptions.put(destination, headers.get("id"));
                    if (destination.startsWith("/topic/")) {
                        TOPICS.computeIfAbsent(destination, key -> ConcurrentHashMap.newKeySet())
                                .add(new Subscriber(session, headers.get("id")));
                    }
                }
                case "SEND" -> {
                    if (destination.equals("/app/echo/answer")) {
                        String subscription = subscriptions.get("/user/queue/ack");
                        if (subscription != null) {
                            send(session, message("/user/queue/ack", subscription, body));
                        }
                    } else if (destination.startsWith("/app/echo/broadcast/")) {
                        String topic = "/topic/echo." + destination.substring("/app/echo/broadcast/".length());
                        for (var subscriber : TOPICS.getOrDefault(topic, Set.of())) {
                            send(subscriber.session(), message(topic, subscriber.subscription(), body));
                        }
                    }
                }
                default -> {}
            }
        }

        private static String message(String destination, String subscription, String body) {
            return "MESSAGE\ndestination:%s\nsubscription:%s\nmessage-id:%d\ncontent-type:application/json\ncontent-length:%d\n\n%s\0"
                    .formatted(
                            destination,
                            subscription,
                            IDS.incrementAndGet(),
                            body.getBytes(StandardCharsets.UTF_8).length,
                            body);
        }

        private static void send(Session session, String frame) {
            synchronized (session) {
                try {
                    if (session.isOpen()) {
                        session.getBasicRemote().sendText(frame);
                    }
                } catch (IOException | IllegalStateException gone) {
                    // the client went away; nothing to echo to
                }
            }
        }
    }

    private EchoServer() {}
}
