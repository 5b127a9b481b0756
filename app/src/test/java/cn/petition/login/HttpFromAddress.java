package cn.petition.login;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.0 request to the test server from a chosen loopback address (127.0.0.2, 127.0.0.3, …), so a
 * test can be an attacker and the real user on different client addresses of the same machine.
 */
final class HttpFromAddress {

  record Response(int status, Map<String, List<String>> headers, String body) {
    String header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream().findFirst().orElse(null);
    }

    /** name=value of a cookie the response sets. */
    String cookie(String name) {
      return headers.getOrDefault("set-cookie", List.of()).stream().map(c -> c.split(";")[0])
          .filter(c -> c.startsWith(name + "=")).findFirst().orElseThrow();
    }
  }

  private final String from;
  private final int port;

  HttpFromAddress(String from, int port) {
    this.from = from;
    this.port = port;
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  Response get(String path, String authorization) throws IOException {
    return send("GET", path, Map.of("Authorization", authorization), null, null);
  }

  Response postJson(String path, String authorization, String json) throws IOException {
    return send("POST", path, Map.of("Authorization", authorization), "application/json", json);
  }

  /** The webapps' login form (Tasklist, Cockpit, Admin), with the session and CSRF token a browser would have. */
  Response webappLogin(String user, String password) throws IOException {
    Response page = send("GET", "/camunda/app/tasklist/", Map.of(), null, null);
    String token = page.header("X-XSRF-TOKEN");
    return send("POST", "/camunda/api/admin/auth/user/default/login/tasklist",
        Map.of("Cookie", page.cookie("JSESSIONID") + "; XSRF-TOKEN=" + token, "X-XSRF-TOKEN", token),
        "application/x-www-form-urlencoded; charset=UTF-8", "username=" + user + "&password=" + password);
  }

  private Response send(String method, String path, Map<String, String> extraHeaders, String contentType,
      String body) throws IOException {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: 127.0.0.1:" + port + "\r\n"
        + "Accept: application/json, application/problem+json\r\n");
    extraHeaders.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    if (contentType != null) {
      head.append("Content-Type: ").append(contentType).append("\r\n");
    }
    head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      return parse(socket.getInputStream());
    }
  }

  private static Response parse(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    String text = all.toString(StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String[] lines = text.substring(0, end).split("\r\n");
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).trim());
    }
    return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
  }
}
