package cn.petition.support;

import cn.petition.intake.Channel;
import cn.petition.intake.PetitionerInput;
import cn.petition.intake.RegisterCaseRequest;
import cn.petition.intake.ResidentIdNumberValidator;
import cn.petition.org.PetitionUser;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Builders of test petitions and users. Each petitioner gets a fresh ID number unless one is given. */
public final class Petitions {

  private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 100_000_000L);

  private Petitions() {}

  public static PetitionUser petitionOfficeHandler() {
    return new PetitionUser("xfj-handler", List.of("dept-XFJ"), Set.of("XFJ"));
  }

  /**
   * A fresh valid ID number (GB 11643: region 330102, a birth date between 1950 and 2004, sequence and check
   * character), so repeat detection only links what a test links.
   */
  public static String newIdNumber() {
    long serial = SERIAL.incrementAndGet();
    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(serial / 1000 % 20_000);
    String first17 = "330102" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", serial % 1000);
    return first17 + ResidentIdNumberValidator.checkCharacter(first17);
  }

  public static RegisterCaseRequest urbanRenewal(OffsetDateTime receivedAt, String idNumber) {
    return request(receivedAt, "城市更新", 1, List.of(petitioner(idNumber, "330100-01", "330100-01")));
  }

  public static RegisterCaseRequest request(OffsetDateTime receivedAt, String category, int personCount,
      List<PetitionerInput> petitioners) {
    return new RegisterCaseRequest(Channel.VISIT, receivedAt, "XFJ", "小区加装电梯补贴未发放",
        "本人所在小区2025年完成加装电梯，承诺的补贴至今未发放。", category, "330100-01", personCount, petitioners,
        false, false);
  }

  /** The JSON body of POST /api/cases of a petition received at the given time (ISO-8601 with offset). */
  public static Map<String, Object> registrationBody(String receivedAt) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("channel", "VISIT");
    body.put("receivedAt", receivedAt);
    body.put("firstContactDept", "XFJ");
    body.put("title", "小区加装电梯补贴未发放");
    body.put("content", "补贴至今未发放。");
    body.put("category", "城市更新");
    body.put("occurrenceRegion", "330100-01");
    body.put("personCount", 1);
    body.put("petitioners", new ArrayList<>(List.of(petitionerBody(newIdNumber()))));
    body.put("skipLevel", false);
    body.put("extremeBehaviour", false);
    return body;
  }

  /** A petitioner of {@link #registrationBody}. */
  public static Map<String, Object> petitionerBody(String idNumber) {
    Map<String, Object> petitioner = new LinkedHashMap<>();
    petitioner.put("name", "张三");
    petitioner.put("idNumber", idNumber);
    petitioner.put("phone", "13800000000");
    petitioner.put("householdRegion", "330100-01");
    petitioner.put("residenceRegion", "330100-01");
    return petitioner;
  }

  /** The fields of the Tasklist start form 登记信访事项 of a petition received at the given local time. */
  public static Map<String, Object> startForm(String receivedAt) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("channel", "LETTER");
    form.put("receivedAt", receivedAt);
    form.put("firstContactDept", "XFJ");
    form.put("title", "孩子入学被拒");
    form.put("content", "学区内适龄儿童入学被拒。");
    form.put("category", "教育");
    form.put("occurrenceRegion", "330100-02");
    form.put("personCount", 1);
    form.put("petitionerName", "王五");
    form.put("petitionerIdNumber", newIdNumber());
    return form;
  }

  /** The same fields as Camunda REST variables ({@code {"variables": {name: {"value": …}}}}). */
  public static Map<String, Object> asVariables(Map<String, Object> form) {
    Map<String, Object> variables = new LinkedHashMap<>();
    form.forEach((name, value) -> variables.put(name, new LinkedHashMap<>(Map.of("value", value))));
    return Map.of("variables", variables);
  }

  public static PetitionerInput petitioner(String idNumber, String householdRegion, String residenceRegion) {
    return new PetitionerInput("张三", idNumber, "13800000000", householdRegion, residenceRegion);
  }
}
