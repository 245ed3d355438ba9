package io.quizhall.scale;

import io.quizhall.support.StompClient;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** What the multi-node tests share: how nodes reach each other, their arguments, and the game's destinations. */
final class Nodes {

    static final String BROKER_HOST = "127.0.0.1";
    static final int BROKER_PORT = 61613;

    /** How broadcasts cross nodes. Every node of a run gets the same arguments. */
    enum Fanout {
        /** Each node's in-process broker, fed through one Redis pub/sub channel. */
        REDIS(false, "--quizhall.game.redis-fanout=true"),
        /** Spring's STOMP broker relay to RabbitMQ's STOMP plugin. */
        RELAY(
                true,
                "--quizhall.game.relay.enabled=true",
                "--quizhall.game.relay.host=" + BROKER_HOST,
                "--quizhall.game.relay.port=" + BROKER_PORT);

        final boolean needsBroker;
        final List<String> args;

        Fanout(boolean needsBroker, String... args) {
            this.needsBroker = needsBroker;
            this.args = List.of(args);
        }

        /** Skips the calling test, visibly, when this fan-out needs a STOMP broker and none is reachable. */
        void assumeAvailable(String test) {
            if (!needsBroker) {
                return;
            }
            boolean broker = reachable(BROKER_HOST, BROKER_PORT);
            if (!broker) {
                System.out.println(test + " SKIPPED: no STOMP broker on " + BROKER_HOST + ":" + BROKER_PORT
                        + " (enable RabbitMQ's rabbitmq_stomp plugin, as .ci/run does)");
            }
            Assumptions.assumeTrue(
                    broker, "no STOMP broker on " + BROKER_HOST + ":" + BROKER_PORT + "; " + test + " skipped");
        }

        /** A node's arguments: quiet logs, this fan-out, then {@code extra}. */
        List<String> nodeArgs(String... extra) {
            var all = new ArrayList<>(List.of("--logging.level.root=warn"));
            all.addAll(args);
            all.addAll(List.of(extra));
            return all;
        }
    }

    /** A second node's connection to the first node's embedded PostgreSQL and Redis. */
    static List<String> sharedServers(int postgresPort, int redisPort) {
        return List.of(
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + postgresPort + "/quizhall",
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--spring.data.redis.url=redis://127.0.0.1:" + redisPort);
    }

    static String url(ConfigurableApplicationContext node) {
        return "http://localhost:"
                + ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    /** Subscribes like the web client: the game's topics and the personal queues. */
    static void subscribe(StompClient stomp, UUID game) {
        for (String topic : List.of("question", "results", "leaderboard", "ended")) {
            stomp.subscribe(topic(game, topic));
        }
        for (String queue : List.of("ack", "result", "final", "errors", "host")) {
            stomp.subscribe("/user/queue/" + queue);
        }
    }

    static String topic(UUID game, String name) {
        return "/topic/games." + game + "." + name;
    }

    static String answer(UUID game) {
        return "/app/games/" + game + "/answer";
    }

    static String host(UUID game, String action) {
        return "/app/games/" + game + "/host/" + action;
    }

    private static boolean reachable(String host, int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Nodes() {}
}
