package cn.petition.engineapi;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.UriUtils;

/**
 * The path of an engine API request below the engine, as segments: {@code /engine-rest/process-definition/key/x/start},
 * {@code /engine-rest/engine/default/process-definition/...} and the webapps' {@code /camunda/api/engine/engine/default/...}
 * all give {@code [process-definition, key, x, start]}. Normalized the way the REST layer reads it: percent-decoded,
 * matrix parameters ({@code ;x=y}) and empty segments dropped, dot segments resolved, so no spelling of a path
 * slips past a check that the engine would still serve.
 */
public final class EngineApiPath {

  private EngineApiPath() {}

  /**
   * @param restRoot the engine REST API's path, e.g. /engine-rest
   * @param webappRoot the webapps' path, e.g. /camunda
   * @return the segments below the engine, or null if the request is not for an engine API
   */
  public static List<String> of(HttpServletRequest request, String restRoot, String webappRoot) {
    String uri = request.getRequestURI();
    String context = request.getContextPath();
    if (context != null && !context.isEmpty() && uri.startsWith(context)) {
      uri = uri.substring(context.length());
    }
    List<String> segments = segments(uri);
    List<String> rest = segments(restRoot);
    if (startsWith(segments, rest)) {
      List<String> below = segments.subList(rest.size(), segments.size());
      return below.size() >= 2 && below.get(0).equalsIgnoreCase("engine") ? below.subList(2, below.size()) : below;
    }
    List<String> webappEngine = new ArrayList<>(segments(webappRoot));
    webappEngine.addAll(List.of("api", "engine", "engine"));
    if (startsWith(segments, webappEngine) && segments.size() > webappEngine.size()) {
      return segments.subList(webappEngine.size() + 1, segments.size());
    }
    return null;
  }

  static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    for (String raw : path.split("/")) {
      int matrix = raw.indexOf(';');
      String segment = UriUtils.decode(matrix < 0 ? raw : raw.substring(0, matrix), StandardCharsets.UTF_8);
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (!segments.isEmpty()) {
          segments.remove(segments.size() - 1);
        }
        continue;
      }
      segments.add(segment);
    }
    return segments;
  }

  private static boolean startsWith(List<String> segments, List<String> prefix) {
    if (segments.size() < prefix.size()) {
      return false;
    }
    for (int i = 0; i < prefix.size(); i++) {
      if (!segments.get(i).equalsIgnoreCase(prefix.get(i))) {
        return false;
      }
    }
    return true;
  }
}
