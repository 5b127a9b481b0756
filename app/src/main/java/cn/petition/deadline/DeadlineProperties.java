package cn.petition.deadline;

import jakarta.validation.constraints.NotEmpty;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code petition.deadlines}: the configured time limits ({@code limits}), keyed by limit code and then by
 * procedure ({@code GENERAL}, {@code SIMPLE}). A limit that does not depend on the procedure is
 * given once under {@link #ANY}. Keys are matched without regard to case.
 *
 * @param limits limit code → procedure (or ANY) → limit
 */
public record DeadlineProperties(@NotEmpty Map<String, Map<String, TimeLimit>> limits) {

  /** Key of a limit that applies whatever the procedure. */
  public static final String ANY = "ANY";
  /** Limit code of the handling extension, whose amount caps the total extension of any deadline. */
  public static final String EXTENSION = "EXTENSION";

  public DeadlineProperties {
    Map<String, Map<String, TimeLimit>> normalised = new TreeMap<>();
    if (limits != null) {
      limits.forEach((code, byProcedure) -> {
        Map<String, TimeLimit> inner = new TreeMap<>();
        byProcedure.forEach((procedure, limit) -> inner.put(key(procedure), limit));
        normalised.put(key(code), Map.copyOf(inner));
      });
    }
    limits = Map.copyOf(normalised);
  }

  /**
   * The limit for a code under a procedure; falls back to the {@link #ANY} entry.
   *
   * @param procedure GENERAL, SIMPLE, or null for a procedure-independent limit
   * @throws IllegalStateException if nothing is configured
   */
  public TimeLimit limit(String limitCode, String procedure) {
    Map<String, TimeLimit> byProcedure = limits.getOrDefault(key(limitCode), Map.of());
    TimeLimit limit = procedure == null ? null : byProcedure.get(key(procedure));
    if (limit == null) {
      limit = byProcedure.get(ANY);
    }
    if (limit == null) {
      throw new IllegalStateException("未配置时限 petition.deadlines.limits." + limitCode + "."
          + (procedure == null ? ANY : procedure));
    }
    return limit;
  }

  /** The most a deadline may be extended in total (the EXTENSION limit's amount). */
  public TimeLimit extension() {
    return limit(EXTENSION, null);
  }

  private static String key(String name) {
    return name.toUpperCase(Locale.ROOT);
  }
}
