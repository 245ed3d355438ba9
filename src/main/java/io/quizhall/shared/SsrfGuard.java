package io.quizhall.shared;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses addresses the server must never call on a user's behalf (server-side request forgery): loopback, private,
 * unique-local, link-local (with the cloud metadata address 169.254.169.254), multicast, unspecified, carrier-grade
 * NAT and other reserved ranges, also when written as IPv4-mapped, IPv4-compatible, NAT64 or 6to4 IPv6 addresses. A
 * URL passes only if every address its host resolves to passes: a name with one bad address among good ones could be
 * answered with the bad one at connection time.
 *
 * <p>Checking a URL once is not enough (DNS rebinding: the name may resolve elsewhere a moment later), so callers
 * resolve through {@link #resolve} when they connect and connect to exactly the addresses it returned.
 */
public final class SsrfGuard {

    private final boolean allowHttp;
    private final Set<InetAddress> exempt;

    /**
     * @param allowHttp whether {@code http:} URLs pass as well as {@code https:}
     * @param exemptAddresses literal IP addresses that pass the range check though they lie in a refused range; a
     *     testing aid only (a webhook test server on a loopback address), empty in production
     */
    public SsrfGuard(boolean allowHttp, Collection<String> exemptAddresses) {
        this.allowHttp = allowHttp;
        this.exempt = exemptAddresses.stream().map(SsrfGuard::literal).collect(Collectors.toUnmodifiableSet());
    }

    /** Why a URL or an address was refused; {@link #reason()} is a stable code for logs and field errors. */
    public static final class Refused extends UnknownHostException {

        private final String reason;

        Refused(String reason, String message) {
            super(message);
            this.reason = reason;
        }

        /** {@code malformed}, {@code scheme}, {@code unresolvable} or {@code forbidden-address}. */
        public String reason() {
            return reason;
        }
    }

    /** Checks a URL's form and resolves its host, refusing it unless every address passes. */
    public URI check(String url) throws Refused {
        URI uri = parse(url);
        resolve(uri.getHost());
        return uri;
    }

    /** Checks a URL's form only (scheme, host, no user info, no fragment), without resolving it. */
    public URI parse(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new Refused("malformed", "is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw new Refused("scheme", allowHttp ? "must start with https:// or http://" : "must start with https://");
        }
        if (uri.getHost() == null || uri.getHost().isBlank() || uri.getRawUserInfo() != null) {
            throw new Refused("malformed", "must name a host, without a user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw new Refused("malformed", "must not have a fragment (#...)");
        }
        return uri;
    }

    /** Resolves a host name and returns its addresses, all of which passed; refuses if any did not. */
    public List<InetAddress> resolve(String host) throws Refused {
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(name);
        } catch (UnknownHostException e) {
            throw new Refused("unresolvable", "names a host that could not be resolved");
        }
        if (addresses.length == 0) {
            throw new Refused("unresolvable", "names a host that could not be resolved");
        }
        for (InetAddress address : addresses) {
            if (!exempt.contains(address) && isForbidden(address)) {
                throw new Refused(
                        "forbidden-address", "points at an address that is not allowed (a local or private network)");
            }
        }
        return List.of(addresses);
    }

    /** Whether an address lies in a range the server must not call. */
    public static boolean isForbidden(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isForbiddenV4(bytes);
        }
        if (address instanceof Inet6Address) {
            return isForbiddenV6(bytes);
        }
        return true;
    }

    private static boolean isForbiddenV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 // "this network", 0.0.0.0/8
                || first == 10
                || first == 127
                || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT, 100.64.0.0/10
                || (first == 169 && second == 254) // link-local and cloud metadata
                || (first == 172 && second >= 16 && second <= 31)
                || (first == 192 && second == 168)
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments, 192.0.0.0/24
                || (first == 198 && (second == 18 || second == 19)) // benchmarking, 198.18.0.0/15
                || first >= 224; // multicast, reserved and broadcast
    }

    private static boolean isForbiddenV6(byte[] b) {
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc) { // unique local, fc00::/7
            return true;
        }
        if (first == 0xff || (first == 0xfe && (b[1] & 0xc0) == 0x80) || (first == 0xfe && (b[1] & 0xc0) == 0xc0)) {
            return true; // multicast, link-local fe80::/10, deprecated site-local fec0::/10
        }
        boolean firstTenZero = allZero(b, 0, 10);
        if (firstTenZero && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return isForbiddenV4(Arrays.copyOfRange(b, 12, 16)); // IPv4-mapped ::ffff:a.b.c.d
        }
        if (allZero(b, 0, 12)) {
            return true; // ::, ::1 and the deprecated IPv4-compatible ::a.b.c.d
        }
        if (first == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            return isForbiddenV4(Arrays.copyOfRange(b, 12, 16)); // NAT64 64:ff9b::/96
        }
        if (first == 0x20 && (b[1] & 0xff) == 0x02) {
            return isForbiddenV4(Arrays.copyOfRange(b, 2, 6)); // 6to4 2002::/16
        }
        return false;
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress literal(String address) {
        String text = address.strip();
        // Literals only, so that building the guard never performs a DNS lookup.
        if (!text.matches("\\d{1,3}(\\.\\d{1,3}){3}|\\[?[0-9a-fA-F:.]*:[0-9a-fA-F:.]*]?")) {
            throw new IllegalArgumentException("An exempt address must be an IP address literal: " + address);
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("An exempt address must be an IP address literal: " + address, e);
        }
    }
}
