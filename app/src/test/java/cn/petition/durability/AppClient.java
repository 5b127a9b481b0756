package cn.petition.durability;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** JSON over HTTP to an {@link AppProcess}, as a demo user (password "demo"). */
final class AppClient {

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;

  AppClient(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /** An answer: its status and its JSON body (empty when there is none). */
  record Answer(int status, Map<String, Object> body, String text) {}

  Answer get(String user, String path) throws IOException, InterruptedException {
    return send(request(user, path).GET().build());
  }

  Answer post(String user, String path, Object body) throws IOException, InterruptedException {
    return send(request(user, path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
  }

  /** Whether a GET answers 200 yet; false while the server is not up. */
  boolean answers(String user, String path) {
    try {
      return get(user, path).status() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private HttpRequest.Builder request(String user, String path) {
    String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + credentials).header("Accept", "application/json");
  }

  private Answer send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    String text = response.body();
    Map<String, Object> body = text == null || !text.startsWith("{") ? Map.of()
        : JSON.readValue(text, new TypeReference<Map<String, Object>>() {});
    return new Answer(response.statusCode(), body, text);
  }
}
