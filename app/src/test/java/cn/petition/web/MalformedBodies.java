package cn.petition.web;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Generates request bodies that are certainly wrong, from a valid template and what is certainly wrong for each of
 * its fields: wrong types, nulls and blanks where a value is required, out-of-range and fractional numbers, unknown
 * codes and enum names, impossible dates and ID numbers, huge strings, deep nesting, invalid JSON text (truncated,
 * trailing or leading junk, single quotes, comments, raw control characters, invalid UTF-8), and top-level values
 * of the wrong shape. A fixed seed gives the same bodies on every run.
 */
final class MalformedBodies {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Characters that break naive handling: CJK, emoji (surrogate pairs), joiners, bidi overrides, BOM, NUL. */
  private static final String DEEP = "@@deep@@";
  private static final String NASTY = "aZ9_-.·中文預警🙂👨‍👩‍👧\u200d\u202e\ufeff\u0000\u0007\t\n\\\"'<>&%{}[]";

  /**
   * What is certainly wrong for one field, at a JSON pointer into the template.
   *
   * @param nestable whether deeply nested arrays or objects in its place are wrong too (not so for a whole Camunda
   *     variable, which Camunda reads from any object, ignoring what it does not know, as a null value)
   */
  record Field(String pointer, Function<Random, JsonNode> wrong, boolean nestable) {

    Field(String pointer, Function<Random, JsonNode> wrong) {
      this(pointer, wrong, true);
    }
  }

  /** Top-level bodies a particular endpoint accepts, so they are not generated for it. */
  enum Accepted { NULL, EMPTY_OBJECT, EMPTY_ARRAY, EMPTY_BODY }

  private final JsonNode template;
  private final List<Field> fields;
  private final Set<Accepted> accepted;
  private final boolean strictParser;

  /**
   * @param strictParser whether the endpoint refuses duplicate keys and trailing content (our /api does; the
   *     engine REST API takes the last duplicate and ignores what follows, so those are not generated for it)
   */
  MalformedBodies(JsonNode template, List<Field> fields, Set<Accepted> accepted, boolean strictParser) {
    this.template = template;
    this.fields = fields;
    this.accepted = accepted;
    this.strictParser = strictParser;
  }

  byte[] next(Random random) {
    int strategy = random.nextInt(100);
    if (strategy < 55 && !fields.isEmpty()) {
      return bytes(withWrongFields(random, 1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0)).toString());
    }
    if (strategy < 75) {
      return invalidJson(random);
    }
    if (strategy < 85) {
      return wrongShape(random);
    }
    List<Field> nestable = fields.stream().filter(Field::nestable).toList();
    if (strategy < 93 && !nestable.isEmpty()) {
      JsonNode body = template.deepCopy();
      set(body, pick(random, nestable).pointer(), JSON.textNode(DEEP));
      return bytes(body.toString().replace("\"" + DEEP + "\"", deepNesting(random, 20 + random.nextInt(3000))));
    }
    return bytes(deepNesting(random, 1001 + random.nextInt(4000)));
  }

  private JsonNode withWrongFields(Random random, int count) {
    JsonNode body = template.deepCopy();
    for (int i = 0; i < count; i++) {
      Field field = pick(random, fields);
      set(body, field.pointer(), field.wrong().apply(random));
    }
    return body;
  }

  private byte[] invalidJson(Random random) {
    String text = template.toString();
    int at = 1 + random.nextInt(text.length() - 1);
    List<Supplier<byte[]>> ways = new ArrayList<>(List.of(
        () -> bytes(text.substring(0, at)),
        () -> bytes("x" + text),
        () -> bytes(")]}',\n" + text),
        () -> bytes(text.replace('"', '\'')),
        () -> bytes("/* 注释 */" + text),
        () -> bytes(text.replaceFirst("\"([A-Za-z]+)\":", "$1:")),
        () -> bytes(text.replaceFirst(",", "")),
        () -> bytes(text.replaceFirst(":(\\s*)\"", ":$1\"\u0001")),
        () -> bytes(text.replaceFirst(":\\s*[^,}\\]]+", ":NaN")),
        () -> withBytes(text, text.indexOf('"') + 1, new byte[] {(byte) 0xC3, (byte) 0x28}),
        () -> withBytes(text, text.indexOf('"') + 1, new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xFD})));
    if (strictParser) {
      ways.add(() -> bytes(text + pick(random, List.of("}", "]", ",", "x", "{}", " 1", "\"尾巴\""))));
      ways.add(() -> bytes(duplicateFirstKey(text)));
    }
    byte[] body = pick(random, ways).get();
    if (new String(body, StandardCharsets.UTF_8).equals(text)) {
      return bytes(text.substring(0, at));
    }
    return body;
  }

  private byte[] wrongShape(Random random) {
    List<String> shapes = new ArrayList<>(List.of("[" + template + "]", "\"" + junk(random) + "\"", "42", "-1.5e308",
        "true", "\"\""));
    if (!accepted.contains(Accepted.NULL)) {
      shapes.add("null");
    }
    if (!accepted.contains(Accepted.EMPTY_OBJECT) && !template.isArray()) {
      shapes.add("{}");
    }
    if (!accepted.contains(Accepted.EMPTY_ARRAY)) {
      shapes.add("[]");
    }
    if (!accepted.contains(Accepted.EMPTY_BODY)) {
      shapes.add("");
      shapes.add("   ");
    }
    if (template.isArray()) {
      shapes.add("{}");
      shapes.add(template.get(0).toString());
    }
    return bytes(pick(random, shapes));
  }

  private static String duplicateFirstKey(String text) {
    int colon = text.indexOf(':');
    int end = text.indexOf(',', colon);
    return end < 0 ? text + "x" : text.substring(0, end) + "," + text.substring(1, end) + text.substring(end);
  }

  /** Arrays or objects nested {@code depth} deep, as text (Jackson refuses to write more than 1000 levels). */
  private static String deepNesting(Random random, int depth) {
    boolean arrays = random.nextBoolean();
    return (arrays ? "[" : "{\"a\":").repeat(depth) + "1" + (arrays ? "]" : "}").repeat(depth);
  }

  // ---- what is wrong for a field of each kind ----

  /** Free text of at most {@code max} characters; over JSON also any other type (our /api reads text as text). */
  static Function<Random, JsonNode> text(int max, boolean required, boolean typed) {
    return random -> {
      List<Supplier<JsonNode>> wrong = new ArrayList<>(List.of(() -> JSON.textNode(huge(random, max))));
      if (required) {
        wrong.addAll(List.of(JSON::nullNode, () -> JSON.textNode(""), () -> JSON.textNode("  \t ")));
      }
      if (typed) {
        wrong.addAll(wrongTypes(random, "text"));
      }
      return pick(random, wrong).get();
    };
  }

  /** A code that must name a known region, category or department. */
  static Function<Random, JsonNode> code(boolean required, boolean typed) {
    return random -> {
      List<Supplier<JsonNode>> wrong = new ArrayList<>(List.of(() -> JSON.textNode("未知-" + junk(random)),
          () -> JSON.textNode(huge(random, 64))));
      if (required) {
        wrong.addAll(List.of(JSON::nullNode, () -> JSON.textNode("")));
      }
      if (typed) {
        wrong.addAll(wrongTypes(random, "text"));
      } else {
        wrong.add(() -> JSON.numberNode(random.nextInt(1_000_000)));
      }
      return pick(random, wrong).get();
    };
  }

  /** One of the named constants. */
  static Function<Random, JsonNode> choice(List<String> names, boolean required, boolean typed) {
    return random -> {
      List<Supplier<JsonNode>> wrong = new ArrayList<>(List.of(
          () -> JSON.textNode("未知" + junk(random)),
          () -> JSON.textNode(pick(random, names).toLowerCase() + "x"),
          () -> JSON.numberNode(random.nextInt(5)),
          () -> JSON.booleanNode(true)));
      if (required) {
        wrong.add(JSON::nullNode);
      }
      if (typed) {
        wrong.addAll(wrongTypes(random, "choice"));
      }
      return pick(random, wrong).get();
    };
  }

  /** A whole number in [min, max]. */
  static Function<Random, JsonNode> whole(int min, int max, boolean required) {
    return random -> {
      List<Supplier<JsonNode>> wrong = new ArrayList<>(List.of(
          () -> JSON.numberNode(min - 1 - random.nextInt(3)),
          () -> JSON.numberNode(max + 1 + random.nextInt(1000)),
          () -> JSON.numberNode(2_147_483_648L),
          () -> JSON.numberNode(Long.MIN_VALUE),
          () -> JSON.numberNode(min + 0.5),
          () -> JSON.numberNode(1e308),
          () -> JSON.textNode("五"),
          () -> JSON.textNode(junk(random)),
          () -> JSON.booleanNode(random.nextBoolean()),
          () -> JSON.objectNode().put("value", 1),
          () -> JSON.arrayNode().add(min)));
      if (required) {
        wrong.add(JSON::nullNode);
      }
      return pick(random, wrong).get();
    };
  }

  /** true or false; over JSON no number or text stands for one. */
  static Function<Random, JsonNode> flag() {
    return random -> pick(random, List.<Supplier<JsonNode>>of(
        () -> JSON.numberNode(random.nextInt(3)), () -> JSON.numberNode(-1), () -> JSON.numberNode(0.5),
        () -> JSON.textNode("true"), () -> JSON.textNode("是"), () -> JSON.textNode(junk(random)),
        () -> JSON.objectNode(), () -> JSON.arrayNode().add(true))).get();
  }

  /** An ISO-8601 date-time of receipt: not garbage, not before the allowed age, not in the future. */
  static Function<Random, JsonNode> receivedAt(boolean typed) {
    return random -> {
      List<Supplier<JsonNode>> wrong = new ArrayList<>(List.of(
          () -> JSON.textNode(junk(random)),
          () -> JSON.textNode("下周一上午"),
          () -> JSON.textNode("1900-01-01T00:00:00+08:00"),
          () -> JSON.textNode("0001-01-01T00:00:00Z"),
          () -> JSON.textNode("2099-12-31T23:59:59+08:00"),
          () -> JSON.textNode("2026-02-30T09:00:00+08:00"),
          () -> JSON.textNode("2026-13-01T09:00:00+08:00"),
          () -> JSON.textNode("+999999999-12-31T23:59:59+08:00"),
          () -> JSON.numberNode(random.nextInt())));
      if (typed) {
        wrong.addAll(List.of(() -> JSON.textNode("2026-10-15"), () -> JSON.booleanNode(true),
            () -> JSON.objectNode(), () -> JSON.arrayNode()));
      }
      return pick(random, wrong).get();
    };
  }

  /** A citizen ID number (GB 11643). */
  static Function<Random, JsonNode> idNumber() {
    return random -> pick(random, List.<Supplier<JsonNode>>of(
        () -> JSON.textNode("330102199001011235"),
        () -> JSON.textNode("330102199002301234"),
        () -> JSON.textNode("990102199001011238"),
        () -> JSON.textNode("000000199001011234"),
        () -> JSON.textNode("3301021990010112"),
        () -> JSON.textNode("33010219900101123Y"),
        () -> JSON.textNode(junk(random)),
        () -> JSON.textNode(huge(random, 18)),
        () -> JSON.numberNode(330102199001011234L))).get();
  }

  /** A phone number (digits, +, - and spaces, 5 to 20 characters). */
  static Function<Random, JsonNode> phone() {
    return random -> pick(random, List.<Supplier<JsonNode>>of(() -> JSON.textNode("电话" + junk(random)),
        () -> JSON.textNode("12"), () -> JSON.textNode("1".repeat(21 + random.nextInt(100))))).get();
  }

  /**
   * A list of objects, {@code element} being a valid one and {@code elementFields} what is wrong in it.
   *
   * @param emptyAllowed whether an empty list is valid
   */
  static Function<Random, JsonNode> list(Supplier<JsonNode> element, List<Field> elementFields, int max,
      boolean emptyAllowed) {
    return random -> {
      List<Supplier<JsonNode>> wrong = new ArrayList<>(List.of(
          () -> JSON.arrayNode().addNull(),
          () -> JSON.arrayNode().add(element.get()).addNull(),
          () -> JSON.textNode(junk(random)),
          () -> JSON.numberNode(1),
          () -> element.get(),
          () -> JSON.arrayNode().add(JSON.arrayNode()),
          () -> {
            ArrayNode many = JSON.arrayNode();
            for (int i = max + 1 + random.nextInt(300); i > 0; i--) {
              many.add(element.get());
            }
            return many;
          },
          () -> {
            JsonNode bad = element.get();
            Field field = pick(random, elementFields);
            set(bad, field.pointer(), field.wrong().apply(random));
            return JSON.arrayNode().add(bad);
          }));
      if (!emptyAllowed) {
        wrong.addAll(List.of(JSON::arrayNode, JSON::nullNode));
      }
      return pick(random, wrong).get();
    };
  }

  /** A Camunda REST variable whose declared type does not fit its value. */
  static Function<Random, JsonNode> camundaType() {
    return random -> pick(random, List.<Supplier<JsonNode>>of(
        () -> JSON.objectNode().put("value", junk(random)).put("type", "Integer"),
        () -> JSON.objectNode().put("value", "十二").put("type", "Long"),
        () -> JSON.objectNode().put("value", "abc").put("type", "Double"),
        () -> JSON.objectNode().put("value", junk(random)).put("type", "Date"),
        () -> JSON.objectNode().put("value", "x").put("type", "NoSuchType"),
        () -> JSON.objectNode().put("value", "x").put("type", ""),
        () -> JSON.objectNode().put("type", "Object").set("value", JSON.objectNode().put("a", 1)),
        () -> JSON.objectNode().set("value", JSON.objectNode().put("a", junk(random))),
        () -> JSON.objectNode().set("value", JSON.arrayNode().add(1).add(junk(random))),
        () -> JSON.textNode("不是变量"),
        () -> JSON.numberNode(7))).get();
  }

  private static List<Supplier<JsonNode>> wrongTypes(Random random, String kind) {
    return List.of(
        () -> JSON.numberNode(random.nextInt()),
        () -> JSON.numberNode(random.nextDouble()),
        () -> JSON.booleanNode(random.nextBoolean()),
        () -> JSON.objectNode().put(kind, junk(random)),
        () -> JSON.arrayNode().add(junk(random)));
  }

  // ---- helpers ----

  /** Up to 40 nasty characters, at least one of them not a digit (so it is no number or code by accident). */
  static String junk(Random random) {
    StringBuilder s = new StringBuilder("字");
    int[] points = NASTY.codePoints().toArray();
    for (int i = random.nextInt(40); i > 0; i--) {
      s.appendCodePoint(points[random.nextInt(points.length)]);
    }
    return s.toString();
  }

  /** Longer than {@code max} characters, usually a little, sometimes by hundreds of thousands. */
  private static String huge(Random random, int max) {
    int length = max + 1 + (random.nextInt(10) == 0 ? 100_000 + random.nextInt(400_000) : random.nextInt(2000));
    String unit = random.nextBoolean() ? "长" : "a";
    return unit.repeat(length);
  }

  /**
   * Sets the value at the pointer, creating missing objects on the way. Where an earlier change left something
   * else on the way (an element replaced by a list), the body is wrong already and stays as it is.
   */
  private static void set(JsonNode root, String pointer, JsonNode value) {
    JsonNode node = root;
    JsonPointer path = JsonPointer.compile(pointer);
    while (!path.tail().matches()) {
      if (node.isArray() ? path.getMatchingIndex() < 0 || path.getMatchingIndex() >= node.size() : !node.isObject()) {
        return;
      }
      JsonNode child = node.isArray() ? node.get(path.getMatchingIndex()) : node.get(path.getMatchingProperty());
      if (child == null || !child.isContainerNode()) {
        child = JSON.objectNode();
        if (node instanceof ArrayNode array) {
          array.set(path.getMatchingIndex(), child);
        } else {
          ((ObjectNode) node).set(path.getMatchingProperty(), child);
        }
      }
      node = child;
      path = path.tail();
    }
    if (node instanceof ArrayNode array && path.getMatchingIndex() >= 0 && path.getMatchingIndex() < array.size()) {
      array.set(path.getMatchingIndex(), value);
    } else if (node instanceof ObjectNode object) {
      object.set(path.getMatchingProperty(), value);
    }
  }

  private static byte[] withBytes(String text, int at, byte[] inserted) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
    out.writeBytes(inserted);
    out.writeBytes(text.substring(at).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static <T> T pick(Random random, List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  /** A body as shown in a failure message: at most 300 characters. */
  static String shown(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    return text.length() <= 300 ? text : text.substring(0, 300) + "…（" + text.length() + " 字符）";
  }

  static JsonNode json(Object value) {
    return MAPPER.valueToTree(value);
  }

  static String names(List<Field> fields) {
    return fields.stream().map(Field::pointer).collect(Collectors.joining(", "));
  }
}
